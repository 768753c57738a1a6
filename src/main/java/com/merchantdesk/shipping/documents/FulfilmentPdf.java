package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.DocumentFonts;
import com.merchantdesk.orders.documents.PdfCanvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One PDF of fulfilment paper, built part by part: labels (each international parcel's customs declaration right
 * after its label), a pick list, a manifest, packing slips made by the orders feature. Remembers which pages are
 * which kind, so each kind can go to its own printer. Uses only the fonts inside the app; no network.
 */
public final class FulfilmentPdf implements AutoCloseable {

    /** Pages {@code [first, first + count)} of one kind. */
    public record Part(PrintedDocument kind, int first, int count) {}

    private final PDDocument pdf = new PDDocument();
    private final DocumentWords words;
    private final PdfCanvas canvas;
    private final List<Part> parts = new ArrayList<>();
    private final List<PDDocument> appended = new ArrayList<>();

    public FulfilmentPdf(Locale locale, ZoneId zone) {
        this.words = new DocumentWords(locale, zone);
        try {
            this.canvas = new PdfCanvas(pdf, DocumentFonts.embedIn(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the document fonts", e);
        }
        pdf.getDocumentCatalog().setLanguage(locale.toLanguageTag());
        pdf.getDocumentInformation().setCreator("Merchant Desk");
    }

    /** One label a page; a parcel going abroad gets its customs declaration on the next page. */
    public FulfilmentPdf labels(List<ShippingLabel> labels, LabelSize size) throws IOException {
        int first = pdf.getNumberOfPages();
        LabelPage labelPage = new LabelPage(canvas, words);
        CustomsPage customsPage = new CustomsPage(canvas, words);
        for (ShippingLabel label : labels) {
            labelPage.draw(label, size);
            if (label.customs() != null) {
                customsPage.draw(label, size);
            }
        }
        return part(PrintedDocument.LABEL, first);
    }

    public FulfilmentPdf pickList(PickList list) throws IOException {
        int first = pdf.getNumberOfPages();
        new PickListPages(pdf, canvas, words).draw(list);
        return part(PrintedDocument.PICK_LIST, first);
    }

    public FulfilmentPdf manifest(HandoverManifest manifest) throws IOException {
        int first = pdf.getNumberOfPages();
        new ManifestPages(pdf, canvas, words).draw(manifest);
        return part(PrintedDocument.MANIFEST, first);
    }

    /** Adds the pages of a finished PDF (a packing slip from the orders feature). */
    public FulfilmentPdf append(PrintedDocument kind, byte[] finished) throws IOException {
        canvas.close();
        int first = pdf.getNumberOfPages();
        PDDocument other = Loader.loadPDF(finished);
        appended.add(other);
        new PDFMergerUtility().appendDocument(pdf, other);
        return part(kind, first);
    }

    private FulfilmentPdf part(PrintedDocument kind, int first) throws IOException {
        canvas.close();
        int count = pdf.getNumberOfPages() - first;
        if (count > 0) {
            if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
                Part last = parts.remove(parts.size() - 1);
                parts.add(new Part(kind, last.first(), last.count() + count));
            } else {
                parts.add(new Part(kind, first, count));
            }
        }
        return this;
    }

    public List<Part> parts() { return List.copyOf(parts); }

    public int pageCount() { return pdf.getNumberOfPages(); }

    public void write(OutputStream out) throws IOException {
        canvas.close();
        pdf.save(out);
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    /** The finished PDF split by kind (pages of one kind in order), for printing each kind on its own printer. */
    public static Map<PrintedDocument, byte[]> split(byte[] finished, List<Part> parts) throws IOException {
        Map<PrintedDocument, byte[]> byKind = new EnumMap<>(PrintedDocument.class);
        try (PDDocument whole = Loader.loadPDF(finished)) {
            for (PrintedDocument kind : PrintedDocument.values()) {
                List<Part> own = parts.stream().filter(p -> p.kind() == kind).toList();
                if (own.isEmpty()) {
                    continue;
                }
                try (PDDocument one = new PDDocument()) {
                    for (Part part : own) {
                        for (int i = part.first(); i < part.first() + part.count(); i++) {
                            one.importPage(whole.getPage(i));
                        }
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    one.save(out);
                    byKind.put(kind, out.toByteArray());
                }
            }
        }
        return byKind;
    }

    @Override
    public void close() throws IOException {
        canvas.close();
        for (PDDocument other : appended) {
            other.close();
        }
        pdf.close();
    }
}
