package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one handle, i.e. one product. Product fields (title, description, category, status, option
 * names) take the first value any of its rows gives; the other rows must leave them empty or repeat it.
 */
final class HandleGroup {

    private final String handle;
    private final List<CsvRow> rows = new ArrayList<>();

    HandleGroup(String handle) { this.handle = handle; }

    String handle() { return handle; }

    List<CsvRow> rows() { return rows; }

    void add(CsvRow row) { rows.add(row); }

    long firstLine() { return rows.get(0).line(); }

    /** Whether the file has this column at all. */
    boolean has(CsvColumn column) { return rows.get(0).has(column); }

    /** The product's value of a product-level column: the first non-empty one, or "". */
    String value(CsvColumn column) {
        CsvRow source = source(column);
        return source == null ? "" : source.get(column);
    }

    /** The line that gave the value of {@code column}, or the handle's first line when none did. */
    long lineOf(CsvColumn column) {
        CsvRow source = source(column);
        return source == null ? firstLine() : source.line();
    }

    private CsvRow source(CsvColumn column) {
        for (CsvRow row : rows) {
            if (!row.isBlank(column)) {
                return row;
            }
        }
        return null;
    }

    /** Reports every row that contradicts a product field given by an earlier row of the handle. */
    void checkConsistent(ErrorList errors) {
        for (CsvColumn column : CsvColumn.values()) {
            if (!column.productLevel() || column == CsvColumn.HANDLE) {
                continue;
            }
            CsvRow source = source(column);
            if (source == null) {
                continue;
            }
            String expected = source.get(column);
            for (CsvRow row : rows) {
                String value = row.get(column);
                boolean same = column == CsvColumn.STATUS ? value.equalsIgnoreCase(expected) : value.equals(expected);
                if (!value.isEmpty() && !same) {
                    errors.add(row.line(), column, Messages.get("csv.product.conflict", source.line(), expected));
                }
            }
        }
    }
}
