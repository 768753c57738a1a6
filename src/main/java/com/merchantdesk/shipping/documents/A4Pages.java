package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The A4 frame the pick list and the manifest share: margins, a new page when the body is full, page numbers. */
final class A4Pages {

    static final float MARGIN = 40;
    static final float LEFT = MARGIN;
    static final float RIGHT = PdfCanvas.PAGE.getWidth() - MARGIN;
    static final float TOP = PdfCanvas.PAGE.getHeight() - MARGIN;
    static final float FOOTER_RULE = 44;
    static final float BODY_BOTTOM = FOOTER_RULE + 14;
    private static final Style FOOTER = Style.muted(8);

    private final PDDocument pdf;
    private final PdfCanvas canvas;
    private final DocumentWords words;
    private final int firstPage;

    A4Pages(PDDocument pdf, PdfCanvas canvas, DocumentWords words) {
        this.pdf = pdf;
        this.canvas = canvas;
        this.words = words;
        this.firstPage = pdf.getNumberOfPages();
    }

    /** Starts a page; returns the top of its body. */
    float newPage() throws IOException {
        canvas.newPage();
        return TOP;
    }

    /** Writes "title · page n of m" at the foot of every page this document added. */
    void numberPages(String title) throws IOException {
        int count = pdf.getNumberOfPages() - firstPage;
        for (int i = 0; i < count; i++) {
            canvas.reopen(pdf.getPage(firstPage + i));
            canvas.hline(LEFT, RIGHT, FOOTER_RULE, PdfCanvas.RULE, 0.5f);
            float baseline = FOOTER_RULE - 14;
            String page = words.label("documents.page", i + 1, count);
            canvas.textRight(page, RIGHT, baseline, FOOTER);
            canvas.text(Fitting.fit(canvas, title, RIGHT - LEFT - canvas.width(page, FOOTER) - 24, FOOTER), LEFT, baseline, FOOTER);
        }
    }
}
