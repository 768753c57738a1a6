package com.merchantdesk.shipping.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.merchantdesk.orders.documents.Code128Bars;
import com.merchantdesk.orders.documents.PdfCanvas;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;

/** Tracking numbers as barcodes drawn in vectors (sharp on any printer): Code 128 and QR. */
final class Barcodes {

    /** A QR code needs four modules of light space around it. */
    static final int QR_QUIET_MODULES = 4;

    private Barcodes() {}

    /**
     * Code 128 centred in {@code width} (quiet zones included) from {@code x}; returns the module width used. The
     * bars are as wide as the room allows, up to {@code maxModule}.
     */
    static float code128(PdfCanvas canvas, String content, float x, float y, float width, float height, float maxModule)
            throws IOException {
        Code128Bars bars = new Code128Bars(content);
        float module = Math.min(maxModule, width / (bars.moduleCount() + 2f * Code128Bars.QUIET_ZONE_MODULES));
        float barsWidth = bars.width(module);
        bars.draw(canvas, x + (width - barsWidth) / 2, y, module, height);
        return module;
    }

    /** A QR code filling the square of side {@code size} at ({@code x}, {@code y}), its quiet zone inside the square. */
    static void qr(PdfCanvas canvas, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of '" + content + "'", e);
        }
        int modules = matrix.getWidth();
        float module = size / (modules + 2f * QR_QUIET_MODULES);
        float left = x + QR_QUIET_MODULES * module;
        float top = y + size - QR_QUIET_MODULES * module;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                // A hair of overlap between rows so no light seam shows between modules when rasterised.
                canvas.fill(left + start * module, top - (row + 1) * module, (col - start) * module, module + 0.05f, Color.BLACK);
            }
        }
    }
}
