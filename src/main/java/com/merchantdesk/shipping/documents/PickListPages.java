package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;
import com.merchantdesk.orders.documents.TextWrap;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The pick list on A4: the orders it covers, then one row a SKU in walking order with a box to tick. */
final class PickListPages {

    private static final Style TITLE = Style.bold(18);
    private static final Style SUB = Style.regular(10);
    private static final Style SMALL = Style.muted(8);
    private static final Style HEAD = new Style(8.5f, true, PdfCanvas.MUTED);
    private static final Style ROW = Style.regular(10);
    private static final Style QTY = Style.bold(12);
    private static final float ROW_HEIGHT = 22;
    private static final float BOX = 11;

    private final PDDocument pdf;
    private final PdfCanvas canvas;
    private final DocumentWords words;

    PickListPages(PDDocument pdf, PdfCanvas canvas, DocumentWords words) {
        this.pdf = pdf;
        this.canvas = canvas;
        this.words = words;
    }

    void draw(PickList list) throws IOException {
        A4Pages pages = new A4Pages(pdf, canvas, words);
        float left = A4Pages.LEFT;
        float right = A4Pages.RIGHT;
        float width = right - left;
        float y = pages.newPage();
        y -= TITLE.ascent();
        String title = words.label("shipping.documents.pickList.title");
        canvas.text(title, left, y, TITLE);
        canvas.textRight(words.dateTime(list.madeAt()), right, y, SUB);
        y -= SUB.leading() + 6;
        canvas.text(words.label("shipping.documents.pickList.summary", list.orderNumbers().size(), list.lines().size(),
                list.totalUnits()), left, y, SUB);
        for (String line : TextWrap.lines(String.join(", ", list.orderNumbers()), width, s -> canvas.width(s, SMALL),
                words.locale())) {
            y -= SMALL.leading();
            canvas.text(line, left, y, SMALL);
        }
        y -= 12;
        float binX = left + BOX + 10;
        float skuX = binX + 90;
        float itemX = skuX + 130;
        float qtyRight = right;
        y = header(y, binX, skuX, itemX, qtyRight);
        for (PickList.Line line : list.lines()) {
            if (y - ROW_HEIGHT < A4Pages.BODY_BOTTOM) {
                y = header(pages.newPage(), binX, skuX, itemX, qtyRight);
            }
            float baseline = y - ROW_HEIGHT + 7;
            canvas.frame(left, baseline - 1, BOX, BOX, PdfCanvas.INK, 0.8f);
            canvas.text(Fitting.fit(canvas, line.binLocation().isEmpty() ? "—" : line.binLocation(), skuX - binX - 6, ROW),
                    binX, baseline, ROW);
            canvas.text(Fitting.fit(canvas, line.skuCode(), itemX - skuX - 6, Style.bold(10)), skuX, baseline, Style.bold(10));
            canvas.text(Fitting.fit(canvas, line.description(), qtyRight - 50 - itemX, ROW), itemX, baseline, ROW);
            canvas.textRight(words.quantity(line.quantity()), qtyRight, baseline, QTY);
            y -= ROW_HEIGHT;
            canvas.hline(left, right, y, PdfCanvas.RULE, 0.5f);
        }
        y -= ROW.leading() + 4;
        if (y < A4Pages.BODY_BOTTOM) {
            y = pages.newPage() - ROW.leading();
        }
        canvas.textRight(words.label("shipping.documents.pickList.total", words.quantity(list.totalUnits())), right, y,
                Style.bold(11));
        pages.numberPages(title + " · " + words.dateTime(list.madeAt()));
    }

    private float header(float top, float binX, float skuX, float itemX, float qtyRight) throws IOException {
        float y = top - HEAD.leading() - 2;
        canvas.fill(A4Pages.LEFT, y - 5, A4Pages.RIGHT - A4Pages.LEFT, HEAD.leading() + 6, PdfCanvas.SHADE);
        canvas.text(words.label("shipping.documents.pickList.bin"), binX, y, HEAD);
        canvas.text(words.label("shipping.documents.pickList.sku"), skuX, y, HEAD);
        canvas.text(words.label("shipping.documents.pickList.item"), itemX, y, HEAD);
        canvas.textRight(words.label("shipping.documents.pickList.quantity"), qtyRight, y, HEAD);
        return y - 5;
    }

}
