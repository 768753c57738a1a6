package com.merchantdesk.bench;

import java.nio.file.Path;

/**
 * The largest size a database's WAL reached while a bulk job ran, sampled every 50 ms on a thread of its own
 * (information: the brief's budget is the WAL left after the job, which the job truncates).
 */
final class WalWatch implements AutoCloseable {

    private static final long INTERVAL_MS = 50;

    private final Path databaseFile;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakBytes;

    WalWatch(Path databaseFile) {
        this.databaseFile = databaseFile;
        this.thread = new Thread(this::watch, "merchant-desk-wal-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            peakBytes = Math.max(peakBytes, DatabaseSizes.walBytes(databaseFile));
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
        peakBytes = Math.max(peakBytes, DatabaseSizes.walBytes(databaseFile));
    }
}
