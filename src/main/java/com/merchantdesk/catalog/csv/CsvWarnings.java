package com.merchantdesk.catalog.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import noted without refusing the file, as {@link CsvError}s (line, column, reason): how many, and
 * the first {@link #KEPT} of them in file order. Only the first are kept because a large file can note a cell
 * on every row (every description a "- " bullet list), and the file is already held in memory.
 */
public record CsvWarnings(int count, List<CsvError> first) {

    /** At most this many warnings are kept; {@link #count()} counts them all. */
    public static final int KEPT = 1_000;

    public static final CsvWarnings NONE = new CsvWarnings(0, List.of());

    public CsvWarnings {
        first = List.copyOf(first);
    }

    public boolean isEmpty() { return count == 0; }

    /** Warnings counted but not kept. */
    public int notKept() { return count - first.size(); }

    /** Collects warnings as a file is read. */
    static final class Collector {
        private final List<CsvError> first = new ArrayList<>();
        private int count;

        void add(CsvError warning) {
            count++;
            if (first.size() < KEPT) {
                first.add(warning);
            }
        }

        CsvWarnings result() { return count == 0 ? NONE : new CsvWarnings(count, first); }
    }
}
