package com.merchantdesk.catalog.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in a file, at most one per cell: the first reason found for a cell is kept (the
 * file-wide checks run first, so "also on line 4" wins over a product's own "appears more than once").
 * Columns are named as the file names them (its dialect's own column names).
 */
final class ErrorList {

    private final Map<String, CsvError> byCell = new LinkedHashMap<>();
    private final ColumnNames names;
    private final Map<Long, ColumnNames> namesByLine = new HashMap<>();
    private int reported;

    ErrorList() { this(ColumnNames.OURS, List.of()); }

    /** Names columns by {@code names}, or by a row's own names where they differ (one WooCommerce line's price). */
    ErrorList(ColumnNames names, List<CsvRow> rows) {
        this.names = names;
        for (CsvRow row : rows) {
            if (row.names() != names) {
                namesByLine.put(row.line(), row.names());
            }
        }
    }

    void add(long line, CsvColumn column, String message) {
        add(new CsvError(line, column == null ? "" : name(line, column), message));
    }

    /** The file's name of {@code column} on {@code line}. */
    String name(long line, CsvColumn column) { return namesByLine.getOrDefault(line, names).of(column); }

    void add(CsvError error) {
        reported++;
        byCell.putIfAbsent(error.line() + "\u0000" + error.column(), error);
    }

    void addAll(List<CsvError> errors) { errors.forEach(this::add); }

    /** Counts every report, kept or not, so a step can tell whether it found anything. */
    int reported() { return reported; }

    boolean isEmpty() { return byCell.isEmpty(); }

    List<CsvError> list() { return new ArrayList<>(byCell.values()); }
}
