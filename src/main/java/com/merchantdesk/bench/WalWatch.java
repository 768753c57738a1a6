package com.merchantdesk.bench;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The largest size a database's WAL reached while a bulk job ran, sampled every 50 ms on a thread of its own
 * (information: the brief's budget is the WAL left after the job, which the job truncates). {@link #fileAndWal}
 * samples the file and its WAL together: the disk a conversion that rewrites the file needs at its peak.
 */
final class WalWatch implements AutoCloseable {

    private static final long INTERVAL_MS = 50;

    private final LongSupplier bytes;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakBytes;

    WalWatch(Path databaseFile) { this(() -> DatabaseSizes.walBytes(databaseFile)); }

    /** Samples the database file plus its WAL. */
    static WalWatch fileAndWal(Path databaseFile) {
        return new WalWatch(() -> DatabaseSizes.fileBytes(databaseFile) + DatabaseSizes.walBytes(databaseFile));
    }

    private WalWatch(LongSupplier bytes) {
        this.bytes = bytes;
        // The size before the job, whenever the sampling thread gets its first turn.
        this.peakBytes = bytes.getAsLong();
        this.thread = new Thread(this::watch, "merchant-desk-wal-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            peakBytes = Math.max(peakBytes, bytes.getAsLong());
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() { return peakBytes; }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakBytes = Math.max(peakBytes, bytes.getAsLong());
    }
}
