package com.merchantdesk.sandbox;

import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.IdempotencyKeys;
import com.merchantdesk.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forgets what the platform keeps only for a while: idempotency keys and tombstones older than the retention
 * (the same time for both, so a key lives as long as the feed that could make a client retry). Runs every
 * minute beside the server; {@link #runNow()} lets tests and the admin run it at once.
 */
public final class Maintenance implements AutoCloseable {

    /** What one run dropped. */
    public record Pruned(int keys, int tombstones) {}

    private final Database db;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-maintenance");
        t.setDaemon(true);
        return t;
    });

    Maintenance(Database db, Duration retention, Clock clock) {
        this.db = db;
        this.retention = retention;
        this.clock = clock;
    }

    void start() { timer.scheduleWithFixedDelay(this::runQuietly, 1, 1, TimeUnit.MINUTES); }

    public Pruned runNow() {
        Instant before = Instant.now(clock).minus(retention);
        return db.write(c -> new Pruned(IdempotencyKeys.prune(c, before), Feed.pruneTombstones(c, before)));
    }

    private void runQuietly() {
        try {
            runNow();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(Maintenance.class.getName()).log(java.util.logging.Level.WARNING, "Pruning failed", e);
        }
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
