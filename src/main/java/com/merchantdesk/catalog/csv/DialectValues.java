package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Value conversions the other platforms' files need before our checks see them. */
final class DialectValues {

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");
    private static final Pattern PLAIN = Pattern.compile("[0-9]*\\.?[0-9]+|[0-9]+\\.");

    private DialectValues() {}

    /** A barcode a spreadsheet app turned into 3.65275E+11: its digits are gone. */
    static boolean isScientific(String value) { return SCIENTIFIC.matcher(value).matches(); }

    /** A plain non-negative decimal (".5", "226.796185"), or null. */
    static BigDecimal decimal(String value) {
        return PLAIN.matcher(value).matches() ? new BigDecimal(value.startsWith(".") ? "0" + value : value) : null;
    }

    /**
     * Whole grams from a weight in {@code gramsPerUnit} (half a gram and more rounds up): what our weight
     * column holds. A value that is no plain number is passed on as it is, for the usual check to name.
     */
    static String grams(String value, BigDecimal gramsPerUnit) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value;
        }
        return d.multiply(gramsPerUnit).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** Whether {@code compareAt} is a number below {@code price} (both plain numbers). */
    static boolean below(String compareAt, String price) {
        BigDecimal c = decimal(compareAt.replace(",", ""));
        BigDecimal p = decimal(price.replace(",", ""));
        return c != null && p != null && c.compareTo(p) < 0;
    }

    /**
     * A row whose columns the file has are present but empty; the others are absent, so an update keeps
     * their current values (a WooCommerce file has no cost; no other platform has our currency or reorder
     * point).
     */
    static String[] emptyRow(java.util.Set<CsvColumn> present) {
        String[] v = new String[CsvColumn.values().length];
        for (CsvColumn c : present) {
            v[c.ordinal()] = "";
        }
        return v;
    }

    /** A note on one cell: what the import did with it and why. */
    static CsvError note(long line, String column, String key, Object... args) {
        return new CsvError(line, column, Messages.get(key, args));
    }
}
