package com.merchantdesk.shipping.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The label sheets thermal label printers take: 4 x 6 inch (most couriers) and A6 (105 x 148 mm, posts). */
public enum LabelSize {
    FOUR_BY_SIX("4x6", new PDRectangle(4 * 72, 6 * 72)),
    A6("a6", PDRectangle.A6);

    private final String code;
    private final PDRectangle page;

    LabelSize(String code, PDRectangle page) {
        this.code = code;
        this.page = page;
    }

    /** As typed on the command line: {@code 4x6} or {@code a6}. */
    public String code() { return code; }

    public PDRectangle page() { return page; }

    public static Optional<LabelSize> of(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
