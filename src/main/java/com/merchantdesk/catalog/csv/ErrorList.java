package com.merchantdesk.catalog.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in a file, at most one per cell: the first reason found for a cell is kept (the
 * file-wide checks run first, so "also on line 4" wins over a product's own "appears more than once").
 */
final class ErrorList {

    private final Map<String, CsvError> byCell = new LinkedHashMap<>();
    private int reported;

    void add(long line, CsvColumn column, String message) {
        add(new CsvError(line, column == null ? "" : column.header(), message));
    }

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
