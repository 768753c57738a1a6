package com.merchantdesk.shipping.documents;

import com.merchantdesk.orders.documents.PdfCanvas;
import com.merchantdesk.orders.documents.PdfCanvas.Style;

/** Cutting a text to a width with an ellipsis, so a long name never runs over a column or off a label. */
final class Fitting {

    private Fitting() {}

    static String fit(PdfCanvas canvas, String text, float width, Style style) {
        if (text == null) {
            return "";
        }
        if (canvas.width(text, style) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && canvas.width(text.substring(0, end) + "…", style) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }
}
