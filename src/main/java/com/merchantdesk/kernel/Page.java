package com.merchantdesk.kernel;

import java.util.List;

/**
 * One page of a longer result. {@code total} counts the matches when {@code totalExact}; otherwise counting
 * stopped there, there are more (show "more than {@code total}"), and at least one after this page.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total counts every match. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, true, offset, limit);
    }

    public boolean hasNext() { return !totalExact || offset + items.size() < total; }

    public boolean hasPrevious() { return offset > 0; }
}
