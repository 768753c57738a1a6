package com.merchantdesk.orders.documents;

import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.io.IOException;

/**
 * The order number as Code 128 bars (ZXing chooses the code sets, so digit runs are packed as pairs),
 * drawn as vector rectangles: sharp at any zoom and on any printer.
 */
public final class Code128Bars {

    /** Light space a scanner needs on each side, in modules (the standard asks for 10). */
    public static final int QUIET_ZONE_MODULES = 10;

    private final boolean[] modules;

    public Code128Bars(String content) {
        this.modules = new Code128Writer().encode(content);
    }

    public int moduleCount() { return modules.length; }

    /** Width of the bars alone, without the quiet zones. */
    public float width(float moduleWidth) { return modules.length * moduleWidth; }

    public void draw(PdfCanvas canvas, float x, float y, float moduleWidth, float height) throws IOException {
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            canvas.fill(x + start * moduleWidth, y, (i - start) * moduleWidth, height, Color.BLACK);
        }
    }
}
