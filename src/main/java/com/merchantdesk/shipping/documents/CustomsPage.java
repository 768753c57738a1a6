package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;
import com.merchantdesk.orders.documents.TextWrap;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A CN22-style customs declaration on a label-sized page after the parcel's label: category (sale of goods),
 * each item's quantity, description, weight, value, origin and HS code, the totals, and the sender's declaration.
 */
final class CustomsPage {

    private static final float MARGIN = 12;
    private static final List<String> CATEGORIES = List.of("shipping.documents.customs.sale",
            "shipping.documents.customs.gift", "shipping.documents.customs.documents",
            "shipping.documents.customs.sample", "shipping.documents.customs.other");

    private final PdfCanvas canvas;
    private final DocumentWords words;

    CustomsPage(PdfCanvas canvas, DocumentWords words) {
        this.canvas = canvas;
        this.words = words;
    }

    void draw(ShippingLabel label, LabelSize size) throws IOException {
        CustomsDeclaration customs = label.customs();
        PDRectangle page = size.page();
        canvas.newPage(page);
        float left = MARGIN;
        float right = page.getWidth() - MARGIN;
        float width = right - left;
        float y = page.getHeight() - MARGIN;
        canvas.frame(MARGIN / 2, MARGIN / 2, page.getWidth() - MARGIN, page.getHeight() - MARGIN, PdfCanvas.INK, 1.2f);

        Style title = Style.bold(12);
        y -= title.ascent();
        canvas.text(Fitting.fit(canvas, words.label("shipping.documents.customs.title"), width - 40, title), left, y, title);
        canvas.textRight("CN 22", right, y, title);
        Style small = Style.muted(7);
        y -= small.leading() + 2;
        canvas.text(words.label("shipping.documents.customs.mayBeOpened"), left, y, small);
        y -= small.leading() + 2;
        Style fact = Style.regular(8);
        canvas.text(Fitting.fit(canvas, label.carrierName() + " · " + label.trackingNumber() + " · "
                + words.label("shipping.documents.label.order", label.orderNumber()), width, fact), left, y, fact);
        y -= 6;
        canvas.hline(left, right, y, PdfCanvas.INK, 1);

        Style box = Style.regular(7.5f);
        float x = left;
        y -= box.leading() + 2;
        for (String key : CATEGORIES) {
            String text = words.label(key);
            float need = 11 + canvas.width(text, box) + 8;
            if (x + need > right) {
                x = left;
                y -= box.leading() + 2;
            }
            checkBox(x, y - 1, 7, key.equals(CATEGORIES.get(0)));
            canvas.text(text, x + 10, y, box);
            x += need;
        }
        y -= 6;
        canvas.hline(left, right, y, PdfCanvas.INK, 1);

        float valueRight = right;
        float weightRight = right - 70;
        float descriptionWidth = weightRight - 48 - left;
        Style head = new Style(7, true, PdfCanvas.MUTED);
        y -= head.leading() + 1;
        canvas.text(words.label("shipping.documents.customs.contents"), left, y, head);
        canvas.textRight(words.label("shipping.documents.customs.weight"), weightRight, y, head);
        canvas.textRight(words.label("shipping.documents.customs.value"), valueRight, y, head);
        Style item = Style.regular(8);
        Style detail = Style.muted(7);
        float reserve = 120;
        int shown = 0;
        for (CustomsDeclaration.Item i : customs.items()) {
            if (y - item.leading() - detail.leading() < MARGIN + reserve) {
                y -= detail.leading();
                canvas.text(words.label("shipping.documents.customs.moreItems", customs.items().size() - shown), left, y, detail);
                break;
            }
            y -= item.leading() + 1;
            canvas.text(Fitting.fit(canvas, words.quantity(i.quantity()) + " × " + i.description(), descriptionWidth + 40, item),
                    left, y, item);
            canvas.textRight(i.weightGrams() == null ? "—" : words.kg(i.weightGrams()), weightRight, y, item);
            canvas.textRight(words.money(i.value()), valueRight, y, item);
            y -= detail.leading();
            String origin = words.label("shipping.documents.customs.origin", i.originCountry().isEmpty() ? "—" : i.originCountry());
            String hs = i.hsCode().isEmpty() ? "" : "  ·  " + words.label("shipping.documents.customs.hsCode", i.hsCode());
            canvas.text(Fitting.fit(canvas, origin + hs, width, detail), left + 8, y, detail);
            shown++;
        }
        y -= 5;
        canvas.hline(left, right, y, PdfCanvas.INK, 0.8f);
        Style total = Style.bold(9);
        y -= total.leading();
        canvas.text(words.label("shipping.documents.customs.totals"), left, y, total);
        Long weight = customs.totalWeightGrams();
        canvas.textRight(weight == null ? "—" : words.kg(weight), weightRight, y, total);
        canvas.textRight(words.money(customs.totalValue()), valueRight, y, total);
        y -= 8;
        canvas.hline(left, right, y, PdfCanvas.INK, 1);

        Style declaration = Style.regular(6.5f);
        for (String line : TextWrap.lines(words.label("shipping.documents.customs.declaration"), width,
                s -> canvas.width(s, declaration), words.locale())) {
            y -= declaration.leading();
            canvas.text(line, left, y, declaration);
        }
        y -= 22;
        canvas.hline(left, right, y, PdfCanvas.INK, 0.6f);
        y -= small.leading();
        canvas.text(Fitting.fit(canvas, words.label("shipping.documents.customs.signature", words.date(label.shippedAt()),
                customs.senderName()), width, small), left, y, small);
    }

    private void checkBox(float x, float y, float side, boolean ticked) throws IOException {
        canvas.frame(x, y, side, side, PdfCanvas.INK, 0.6f);
        if (ticked) {
            canvas.fill(x + 1.5f, y + 1.5f, side - 3, side - 3, PdfCanvas.INK);
        }
    }
}
