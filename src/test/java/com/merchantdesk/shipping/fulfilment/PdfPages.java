package com.merchantdesk.shipping.fulfilment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a PDF back as a person or a scanner would: each page's text, and the barcodes on a rendered page. */
public final class PdfPages {

    /** A barcode found on a page: its format and content. */
    public record Found(BarcodeFormat format, String text) {}

    private PdfPages() {}

    public static List<String> texts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Every Code 128 and QR code ZXing finds on the page rendered at 300 dpi (as a label printer prints it). */
    public static List<Found> barcodes(byte[] pdf, int pageIndex) throws IOException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 300, ImageType.RGB);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        List<Found> found = new ArrayList<>();
        // One format at a time: a reader looking for several may stop at the first it finds.
        for (BarcodeFormat format : List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE)) {
            Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
            hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            try {
                Result r = new MultiFormatReader().decode(bitmap, hints);
                found.add(new Found(r.getBarcodeFormat(), r.getText()));
            } catch (NotFoundException e) {
                // not on this page
            }
        }
        return found;
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
