package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one handle, i.e. one product. Product fields (title, description, category, status, option
 * names) take the first value any of its lines gives; the other lines must leave them empty or repeat it.
 * {@link #rows()} are the SKU rows; lines that only describe the product (a WooCommerce variable product, a
 * Shopify image line) give product fields and images but no SKU.
 */
final class HandleGroup {

    private final String handle;
    private final List<CsvRow> rows = new ArrayList<>();
    private final List<CsvRow> lines = new ArrayList<>();

    HandleGroup(String handle) { this.handle = handle; }

    String handle() { return handle; }

    /** The SKU rows, in file order. */
    List<CsvRow> rows() { return rows; }

    void add(CsvRow row) {
        lines.add(row);
        if (!row.productOnly()) {
            rows.add(row);
        }
    }

    long firstLine() { return lines.get(0).line(); }

    /** Whether the file has this column at all. */
    boolean has(CsvColumn column) { return lines.get(0).has(column); }

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

    /** Every image its lines name, each once, in file order. */
    List<String> images() {
        Set<String> images = new LinkedHashSet<>();
        lines.forEach(l -> images.addAll(l.images()));
        return List.copyOf(images);
    }

    private CsvRow source(CsvColumn column) {
        for (CsvRow row : lines) {
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
            for (CsvRow row : lines) {
                String value = row.get(column);
                boolean same = column == CsvColumn.STATUS ? value.equalsIgnoreCase(expected) : value.equals(expected);
                if (!value.isEmpty() && !same) {
                    errors.add(row.line(), column, Messages.get("csv.product.conflict", source.line(), expected));
                }
            }
        }
    }
}
