package com.merchantdesk.catalog.csv;

/**
 * One data line of the file: its physical line number (where the record starts) and its values by column,
 * stripped of surrounding spaces. A column the file does not have reads as absent, not as empty.
 */
record CsvRow(long line, String[] values) {

    /** The value, or "" when it is blank or the file has no such column. */
    String get(CsvColumn column) {
        String v = values[column.ordinal()];
        return v == null ? "" : v;
    }

    /** Whether the file has this column at all (an empty cell still counts). */
    boolean has(CsvColumn column) { return values[column.ordinal()] != null; }

    boolean isBlank(CsvColumn column) { return get(column).isEmpty(); }
}
