package com.merchantdesk.catalog.csv;

/**
 * Told how far a long import or export has come; {@code done / total} is the finished fraction and only
 * grows. Called on the working thread: a window must hand it to the FX thread (a JavaFX {@code Task}'s
 * {@code updateProgress} does that).
 */
@FunctionalInterface
public interface CsvProgress {

    CsvProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
