package com.merchantdesk.catalog.csv;

/**
 * Maps the steps of a job onto one progress bar: each step owns a share of {@link #TOTAL} and reports its
 * own done/total inside that share, so the bar only moves forward across steps.
 */
final class StagedProgress {

    static final long TOTAL = 10_000;

    private final CsvProgress listener;
    private long stepStart;
    private long stepSize;
    private long last = -1;

    StagedProgress(CsvProgress listener) {
        this.listener = listener == null ? CsvProgress.NONE : listener;
    }

    /** Starts a step that takes {@code share} (0..1) of the whole, right after the previous one. */
    void step(double share) {
        stepStart += stepSize;
        stepSize = Math.round(TOTAL * share);
        report(stepStart);
    }

    void update(long done, long total) {
        long within = total <= 0 ? stepSize : Math.min(stepSize, stepSize * done / total);
        report(stepStart + within);
    }

    void finish() { report(TOTAL); }

    private void report(long value) {
        long clamped = Math.min(TOTAL, value);
        if (clamped > last) {
            last = clamped;
            listener.update(clamped, TOTAL);
        }
    }
}
