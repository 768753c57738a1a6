package com.merchantdesk.catalog;

import java.util.List;

/** One page of a longer result; {@code total} counts all matches. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() { return offset + items.size() < total; }

    public boolean hasPrevious() { return offset > 0; }
}
