package com.merchantdesk.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to the widest cell. Widths count terminal columns, so Korean and
 * Chinese characters (two columns each) still line up. Long cells are cut to the column's maximum with "…".
 */
final class TextTable {

    record Column(String header, boolean rightAligned, int maxWidth) {}

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(List<Column> columns) { this.columns = List.copyOf(columns); }

    void add(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        String[] fitted = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            fitted[i] = truncate(cells[i] == null ? "" : cells[i], columns.get(i).maxWidth());
        }
        rows.add(fitted);
    }

    List<String> lines() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i).header());
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(columns.stream().map(Column::header).toArray(String[]::new), widths));
        for (String[] row : rows) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - width(cells[i]));
            boolean last = i == cells.length - 1;
            if (columns.get(i).rightAligned()) {
                line.append(pad).append(cells[i]);
            } else {
                line.append(cells[i]).append(last ? "" : pad);
            }
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }

    static String truncate(String text, int maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > maxWidth - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut.append('…').toString();
    }

    /** Terminal columns the text takes. */
    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    /** East Asian wide and full-width characters take two columns; combining marks take none. */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
