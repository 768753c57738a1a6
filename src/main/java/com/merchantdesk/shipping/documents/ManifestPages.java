package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The end-of-day handover manifest on A4: the day's parcels of one carrier, totals and two signature lines. */
final class ManifestPages {

    private static final Style TITLE = Style.bold(18);
    private static final Style SUB = Style.regular(10);
    private static final Style SMALL = Style.muted(8);
    private static final Style HEAD = new Style(8.5f, true, PdfCanvas.MUTED);
    private static final Style ROW = Style.regular(9);
    private static final float ROW_HEIGHT = 17;
    private static final float SIGNATURES = 90;

    private final PDDocument pdf;
    private final PdfCanvas canvas;
    private final DocumentWords words;

    ManifestPages(PDDocument pdf, PdfCanvas canvas, DocumentWords words) {
        this.pdf = pdf;
        this.canvas = canvas;
        this.words = words;
    }

    void draw(HandoverManifest manifest) throws IOException {
        A4Pages pages = new A4Pages(pdf, canvas, words);
        float left = A4Pages.LEFT;
        float right = A4Pages.RIGHT;
        float y = pages.newPage();
        y -= TITLE.ascent();
        String title = words.label("shipping.documents.manifest.title");
        canvas.text(title, left, y, TITLE);
        canvas.textRight(words.date(manifest.day()), right, y, Style.bold(12));
        y -= SUB.leading() + 6;
        canvas.text(manifest.carrierName() + " (" + manifest.carrierCode() + ")", left, y, Style.bold(11));
        canvas.textRight(Fitting.fit(canvas, manifest.shopName(), 220, SUB), right, y, SUB);
        if (!manifest.shopAddress().isEmpty()) {
            y -= SMALL.leading();
            canvas.textRight(Fitting.fit(canvas, String.join(", ", manifest.shopAddress()), 300, SMALL), right, y, SMALL);
        }
        y -= 14;
        float[] x = {left, left + 24, left + 130, left + 225, left + 365};
        y = header(y, x, right);
        int n = 0;
        for (HandoverManifest.Parcel p : manifest.parcels()) {
            if (y - ROW_HEIGHT < A4Pages.BODY_BOTTOM) {
                y = header(pages.newPage(), x, right);
            }
            float baseline = y - ROW_HEIGHT + 5;
            canvas.textRight(Integer.toString(++n), x[1] - 6, baseline, ROW);
            canvas.text(p.trackingNumber(), x[1], baseline, Style.bold(9));
            canvas.text(Fitting.fit(canvas, p.orderNumber(), x[3] - x[2] - 6, ROW), x[2], baseline, ROW);
            canvas.text(Fitting.fit(canvas, p.recipient() + (p.destination().isEmpty() ? "" : " · " + p.destination()),
                    x[4] - x[3] - 6, ROW), x[3], baseline, ROW);
            canvas.text(Fitting.fit(canvas, p.serviceName(), right - 56 - x[4], ROW), x[4], baseline, ROW);
            canvas.textRight(p.weightGrams() == null ? "—" : words.kg(p.weightGrams()), right, baseline, ROW);
            y -= ROW_HEIGHT;
            canvas.hline(left, right, y, PdfCanvas.RULE, 0.5f);
        }
        if (y - SIGNATURES < A4Pages.BODY_BOTTOM) {
            y = pages.newPage();
        }
        Style total = Style.bold(11);
        y -= total.leading() + 4;
        String weight = words.kg(manifest.totalWeightGrams())
                + (manifest.unweighed() == 0 ? "" : " " + words.label("shipping.documents.manifest.unweighed", manifest.unweighed()));
        canvas.text(words.label("shipping.documents.manifest.totals", manifest.parcels().size(), weight), left, y, total);
        y -= 46;
        float half = (right - left) / 2;
        canvas.hline(left, left + half - 20, y, PdfCanvas.INK, 0.8f);
        canvas.hline(left + half + 20, right, y, PdfCanvas.INK, 0.8f);
        y -= SMALL.leading();
        canvas.text(words.label("shipping.documents.manifest.handedOver"), left, y, SMALL);
        canvas.text(words.label("shipping.documents.manifest.received", manifest.carrierName()), left + half + 20, y, SMALL);
        pages.numberPages(title + " · " + manifest.carrierName() + " · " + words.date(manifest.day()));
    }

    private float header(float top, float[] x, float right) throws IOException {
        float y = top - HEAD.leading() - 2;
        canvas.fill(A4Pages.LEFT, y - 5, right - A4Pages.LEFT, HEAD.leading() + 6, PdfCanvas.SHADE);
        canvas.textRight("#", x[1] - 6, y, HEAD);
        canvas.text(words.label("shipping.documents.manifest.tracking"), x[1], y, HEAD);
        canvas.text(words.label("shipping.documents.manifest.order"), x[2], y, HEAD);
        canvas.text(words.label("shipping.documents.manifest.recipient"), x[3], y, HEAD);
        canvas.text(words.label("shipping.documents.manifest.service"), x[4], y, HEAD);
        canvas.textRight(words.label("shipping.documents.manifest.weight"), right, y, HEAD);
        return y - 5;
    }
}
