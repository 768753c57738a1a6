package com.merchantdesk.sales;

/** Told while the summaries are counted again: orders counted so far, of how many. */
@FunctionalInterface
public interface RebuildProgress {
    void counted(long done, long total);

    RebuildProgress NONE = (done, total) -> {};
}
