package com.merchantdesk.catalog.csv;

import java.util.List;

/**
 * One data line of the file: its physical line number (where the record starts) and its values by column,
 * stripped of surrounding spaces. A column the file does not have reads as absent, not as empty.
 *
 * @param names       what the file calls each column, for messages
 * @param images      image addresses or paths the line names, in its order
 * @param productOnly the line describes the product but is no SKU (a WooCommerce variable product, a
 *                    Shopify image line): it gives product fields and images only
 */
record CsvRow(long line, String[] values, ColumnNames names, List<String> images, boolean productOnly) {

    /** A line of our own format. */
    CsvRow(long line, String[] values) { this(line, values, ColumnNames.OURS, List.of(), false); }

    /** The value, or "" when it is blank or the file has no such column. */
    String get(CsvColumn column) {
        String v = values[column.ordinal()];
        return v == null ? "" : v;
    }

    /** Whether the file has this column at all (an empty cell still counts). */
    boolean has(CsvColumn column) { return values[column.ordinal()] != null; }

    boolean isBlank(CsvColumn column) { return get(column).isEmpty(); }

    /** The file's name of {@code column}. */
    String name(CsvColumn column) { return names.of(column); }
}
