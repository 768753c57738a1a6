package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;
import com.merchantdesk.orders.documents.TextWrap;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One parcel's label on a 4 x 6 in or A6 page: carrier and service with the parcel count on top, sender, recipient
 * (the largest text), the tracking number as Code 128 with the number under it, and a QR code of it beside the
 * order number, weight and date at the bottom. Sizes scale with the page.
 */
final class LabelPage {

    private static final float MARGIN = 12;

    private final PdfCanvas canvas;
    private final DocumentWords words;

    LabelPage(PdfCanvas canvas, DocumentWords words) {
        this.canvas = canvas;
        this.words = words;
    }

    void draw(ShippingLabel label, LabelSize size) throws IOException {
        PDRectangle page = size.page();
        canvas.newPage(page);
        float left = MARGIN;
        float right = page.getWidth() - MARGIN;
        float width = right - left;
        float y = page.getHeight() - MARGIN;
        canvas.frame(MARGIN / 2, MARGIN / 2, page.getWidth() - MARGIN, page.getHeight() - MARGIN, PdfCanvas.INK, 1.2f);

        Style carrier = Style.bold(15);
        String count = words.label("shipping.documents.label.parcelCount", label.parcelIndex(), label.parcelCount());
        y -= carrier.ascent();
        canvas.text(fit(label.carrierName(), width - canvas.width(count, carrier) - 8, carrier), left, y, carrier);
        canvas.textRight(count, right, y, carrier);
        Style service = Style.regular(9);
        y -= service.leading() + 2;
        canvas.text(fit(label.serviceName(), width, service), left, y, service);
        y -= 7;
        canvas.hline(left, right, y, PdfCanvas.INK, 1);

        Style caption = Style.muted(7);
        Style from = Style.regular(8);
        y -= caption.leading() + 2;
        canvas.text(words.label("shipping.documents.label.from"), left, y, caption);
        y -= from.leading();
        if (label.shopName().isBlank() && label.shopAddress().isEmpty()) {
            canvas.text(fit(words.label("shipping.documents.label.noSender"), width, Style.muted(8)), left, y, Style.muted(8));
        }
        canvas.text(fit(label.shopName(), width, Style.bold(8)), left, y, Style.bold(8));
        for (String line : wrapped(String.join(", ", label.shopAddress()), width, from, 2)) {
            y -= from.leading();
            canvas.text(line, left, y, from);
        }
        y -= 6;
        canvas.hline(left, right, y, PdfCanvas.INK, 1);

        float qrSize = Math.min(width * 0.3f, 90);
        float bottom = MARGIN + qrSize + 4;
        float barcodeHeight = page.getHeight() * 0.13f;
        Style trackingText = Style.bold(12);
        float barcodeTop = bottom + 6 + trackingText.leading() + barcodeHeight + 8;

        y -= caption.leading() + 2;
        canvas.text(words.label("shipping.documents.label.to"), left, y, caption);
        Style name = Style.bold(14);
        Style address = Style.regular(11);
        List<String> recipient = label.recipientLines();
        for (int i = 0; i < recipient.size(); i++) {
            Style style = i == 0 ? name : address;
            for (String line : wrapped(recipient.get(i), width, style, 2)) {
                if (y - style.leading() < barcodeTop + address.leading()) {
                    break;
                }
                y -= style.leading();
                canvas.text(line, left, y, style);
            }
        }
        if (!label.recipientPhone().isEmpty() && y - address.leading() >= barcodeTop) {
            y -= address.leading();
            canvas.text(words.label("shipping.documents.label.phone", label.recipientPhone()), left, y, Style.regular(10));
        }

        canvas.hline(left, right, barcodeTop, PdfCanvas.INK, 1);
        float barsY = bottom + 6 + trackingText.leading();
        Barcodes.code128(canvas, label.trackingNumber(), left, barsY, width, barcodeHeight, 2.2f);
        canvas.textCentered(spaced(label.trackingNumber()), left + width / 2, bottom + 8, trackingText);
        canvas.hline(left, right, bottom, PdfCanvas.INK, 1);

        Barcodes.qr(canvas, label.trackingNumber(), left - 4, MARGIN - 2, qrSize);
        float textLeft = left + qrSize + 4;
        float textWidth = right - textLeft;
        Style fact = Style.regular(9);
        Style factBold = Style.bold(11);
        float fy = bottom - 4 - factBold.ascent();
        canvas.text(fit(words.label("shipping.documents.label.order", label.orderNumber()), textWidth, factBold),
                textLeft, fy, factBold);
        fy -= fact.leading() + 3;
        String weight = label.weightGrams() == null ? words.label("shipping.documents.notWeighed") : words.kg(label.weightGrams());
        canvas.text(fit(words.label("shipping.documents.label.weight", weight), textWidth, fact), textLeft, fy, fact);
        fy -= fact.leading();
        canvas.text(fit(words.label("shipping.documents.label.shipped", words.date(label.shippedAt())), textWidth, fact),
                textLeft, fy, fact);
        if (label.customs() != null) {
            fy -= fact.leading();
            canvas.text(fit(words.label("shipping.documents.label.customsFollows"), textWidth, Style.bold(9)), textLeft, fy,
                    Style.bold(9));
        }
    }

    /**
     * All-digit numbers in groups of four, as couriers print them for reading aloud; a number with letters (UPU S10,
     * {@code EE123456785KR}) stays as it is, as posts print it.
     */
    static String spaced(String number) {
        if (!number.chars().allMatch(Character::isDigit)) {
            return number;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(number.charAt(i));
        }
        return out.toString();
    }

    private List<String> wrapped(String text, float width, Style style, int maxLines) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> lines = TextWrap.lines(text, width, s -> canvas.width(s, style), words.locale());
        return lines.size() <= maxLines ? lines : lines.subList(0, maxLines);
    }

    /** The text, cut with an ellipsis when wider than {@code width}. */
    String fit(String text, float width, Style style) {
        return Fitting.fit(canvas, text, width, style);
    }
}
