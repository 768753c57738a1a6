package com.merchantdesk.sync;

import com.merchantdesk.platform.Desk;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.sync.client.Backoff;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.client.PlatformEndpoint;
import com.merchantdesk.sync.link.CatalogueLinker;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;
import com.merchantdesk.sync.pull.PullResult;
import com.merchantdesk.sync.pull.Puller;
import com.merchantdesk.sync.pull.SnapshotStep;
import com.merchantdesk.sync.pull.SyncPosition;
import com.merchantdesk.sync.push.PushResult;
import com.merchantdesk.sync.push.Pusher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One sync run (brief, "Sync rules"; docs/sync.md): take the folder's sync lock, connect (register the desk once),
 * check a restored outbox against the platform, read the snapshots on the first connection or after 410, then push
 * and pull until nothing is ready to send and the feed is at its head, then read the older history. Waits (backoff,
 * Retry-After) are delays measured on the monotonic clock and bounded by the run's patience; the desk's wall clock
 * decides nothing.
 */
public final class SyncEngine {

    /** How a run behaves: how long it keeps waiting out transient failures, whether it reads the history, stop. */
    public record Options(Duration patience, boolean history, BooleanSupplier stop, SyncListener listener) {
        public static Options once(Duration patience) {
            return new Options(patience, true, () -> false, SyncListener.NONE);
        }
    }

    /**
     * History pages (of {@link SnapshotStep#HISTORY_PAGE} records) read between two passes of push and feed, so new
     * work is not held up by a long history: 20,000 records, a few seconds.
     */
    static final int HISTORY_PAGES_PER_PASS = 4;

    private final Database db;
    private final Path dataFolder;
    private final PlatformClient client;
    private final Pusher pusher;
    private final Puller puller;
    private final Sleeper sleeper;
    private final Clock clock;
    private final String deskName;

    public SyncEngine(Database db, Path dataFolder, PlatformClient client, Pusher pusher, Puller puller, Sleeper sleeper,
                      Clock clock, String deskName) {
        this.db = db;
        this.dataFolder = dataFolder;
        this.client = client;
        this.pusher = pusher;
        this.puller = puller;
        this.sleeper = sleeper;
        this.clock = clock;
        this.deskName = deskName;
    }

    public SyncReport run(Options options) {
        long started = System.nanoTime();
        if (db.read(SyncIdentity::isLocalOnly)) {
            return report(SyncOutcome.LOCAL_ONLY, 0, 0, started, "This shop is local only (the demo shop): it is never synced");
        }
        Optional<SyncLock> lock = SyncLock.tryAcquire(dataFolder);
        if (lock.isEmpty()) {
            return report(SyncOutcome.ANOTHER_RUNNING, 0, 0, started, "Another sync is running on this data folder");
        }
        try (SyncLock held = lock.get()) {
            long runNo = db.write(c -> {
                // No other runner holds the lock: rows left sending were cut off by a crash or a stop; they go
                // again with their keys, and transient failures are tried once at once.
                for (Outbox.Entry row : Outbox.afterRestart(c)) {
                    Outbox.retry(c, row.seq());
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_run(started_at) VALUES (?)")) {
                    ps.setLong(1, clock.millis());
                    ps.executeUpdate();
                }
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT last_insert_rowid()")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            Run run = new Run(options, started);
            SyncReport report;
            try {
                report = run.go();
            } catch (RuntimeException e) {
                report = report(SyncOutcome.INCOMPLETE, run.pushed, run.pulled, started, "Sync stopped: " + e.getMessage());
                finish(runNo, report);
                throw e;
            }
            finish(runNo, report);
            return report;
        }
    }

    private void finish(long runNo, SyncReport report) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_run SET finished_at = ?, pushed = ?, pulled = ?, "
                    + "outcome = ?, error = ? WHERE run_no = ?")) {
                ps.setLong(1, clock.millis());
                ps.setInt(2, report.pushed());
                ps.setInt(3, report.pulled());
                ps.setString(4, report.outcome().name());
                ps.setString(5, report.outcome() == SyncOutcome.CONVERGED ? null : report.message());
                ps.setLong(6, runNo);
                ps.executeUpdate();
            }
            // Keep the log short: the Sync screen shows the recent runs.
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM sync_run WHERE run_no <= (SELECT max(run_no) - 200 FROM sync_run)");
            }
            return null;
        });
    }

    private SyncReport report(SyncOutcome outcome, int pushed, int pulled, long started, String message) {
        return new SyncReport(outcome, pushed, pulled, db.read(SyncStatus::read),
                Duration.ofNanos(System.nanoTime() - started), message);
    }

    /** The state of one run. */
    private final class Run {
        final Options options;
        final long started;
        final long deadline;
        int pushed;
        int pulled;
        int busyInARow;

        Run(Options options, long started) {
            this.options = options;
            this.started = started;
            this.deadline = started + options.patience().toNanos();
        }

        SyncReport go() {
            SyncReport stop = connect();
            if (stop != null) {
                return stop;
            }
            if (db.read(SyncIdentity::outboxNeedsCheck)) {
                // A restored backup: read everything the platform has before sending anything. This desk's orders
                // made after the backup come back with their numbers, and the number counter moves past them as
                // they are applied (OrderNumbers.keepAfter); creates are keyed by id, so a replay applies once.
                stop = pullToHead();
                if (stop != null) {
                    return stop;
                }
                db.write(c -> {
                    SyncIdentity.setOutboxNeedsCheck(c, false);
                    return null;
                });
            }
            while (true) {
                stop = readSnapshotIfNeeded();
                if (stop != null) {
                    return stop;
                }
                stop = pushAll();
                if (stop != null) {
                    return stop;
                }
                stop = pullToHead();
                if (stop != null) {
                    return stop;
                }
                boolean snapshotWanted = db.read(c -> SyncPosition.read(c).snapshot() != null);
                boolean ready = !db.read(c -> Outbox.ready(c, 1)).isEmpty();
                if (!snapshotWanted && !ready) {
                    break;
                }
            }
            if (options.history()) {
                stop = readHistory();
                if (stop != null) {
                    return stop;
                }
            }
            SyncStatus status = db.read(SyncStatus::read);
            SyncOutcome outcome = status.needsSeller() ? SyncOutcome.NEEDS_SELLER : SyncOutcome.CONVERGED;
            return new SyncReport(outcome, pushed, pulled, status, Duration.ofNanos(System.nanoTime() - started),
                    outcome == SyncOutcome.CONVERGED ? "In step with the platform" : describe(status));
        }

        private SyncReport connect() {
            PlatformResponse account;
            try {
                account = client.get("/v1/account");
            } catch (PlatformUnreachable e) {
                return incomplete("The platform could not be reached: " + e.getMessage());
            }
            SyncReport refused = refusal(account);
            if (refused != null) {
                return refused;
            }
            if (db.read(SyncIdentity::deskCode).isPresent()) {
                return null;
            }
            String deskId = db.write(SyncIdentity::deskId);
            String body = PlatformJson.mapper().createObjectNode().put("desk_id", deskId).put("name", deskName).toString();
            String key = UUID.nameUUIDFromBytes(("register/" + deskId).getBytes(StandardCharsets.UTF_8)).toString();
            PlatformResponse registered;
            try {
                registered = client.send("POST", "/v1/desks", key, body);
            } catch (PlatformUnreachable e) {
                return incomplete("The platform could not be reached: " + e.getMessage());
            }
            refused = refusal(registered);
            if (refused != null) {
                return refused;
            }
            Desk desk = registered.as(Desk.class);
            db.write(c -> {
                SyncIdentity.setDeskCode(c, desk.deskCode());
                return null;
            });
            options.listener().event("Registered this desk with the platform as " + desk.deskCode());
            return null;
        }

        private SyncReport refusal(PlatformResponse response) {
            return switch (response.kind()) {
                case OK -> null;
                case TOKEN_REFUSED -> finished(SyncOutcome.TOKEN_REFUSED, "The platform refused the token: " + response.describe());
                default -> incomplete(response.describe());
            };
        }

        /** First sync or resync after 410: the snapshot's pages, then the feed from the position it started at. */
        private SyncReport readSnapshotIfNeeded() {
            while (true) {
                SyncPosition.State position = db.read(SyncPosition::read);
                boolean first = position.neverPulled();
                if (!first && position.snapshot() == null) {
                    return null;
                }
                if (first && db.read(CatalogueLinker::needed)) {
                    SyncReport stop = linkCatalogue();
                    if (stop != null) {
                        return stop;
                    }
                }
                SyncPosition.Progress progress = first ? null : position.snapshot();
                if (progress != null && progress.feedCursor() == null && progress.step() == 0 && progress.pageToken() == null) {
                    progress = null;
                }
                PullResult page = puller.pullSnapshotPage(SnapshotStep.USABLE, progress, (c, next, feedCursor) -> {
                    if (next != null) {
                        SyncPosition.setSnapshot(c, next);
                    } else {
                        SyncPosition.setSnapshot(c, null);
                        SyncPosition.setFeedCursor(c, feedCursor);
                        if (SyncPosition.read(c).history() == null) {
                            SyncPosition.setHistory(c, new SyncPosition.Progress(null, 0, null));
                        }
                    }
                });
                SyncReport stop = handlePull(page);
                if (stop != null) {
                    return stop;
                }
                pulled += page.applied();
                options.listener().pulled(page.applied(), "snapshot");
                if (!page.more()) {
                    return null;
                }
            }
        }

        /** First connection of a shop with its own catalogue: link it to the platform's before reading records. */
        private SyncReport linkCatalogue() {
            while (true) {
                try {
                    CatalogueLinker.Linked linked = new CatalogueLinker(db, client, clock).link();
                    if (linked.products() > 0 || !linked.notLinked().isEmpty()) {
                        options.listener().event("Linked " + linked.products() + " products (" + linked.skus()
                                + " SKUs) to the platform's by SKU code; " + linked.stockDifferences()
                                + " counts differ and wait for you (sync counts)");
                        for (String why : linked.notLinked()) {
                            options.listener().event("Not linked: " + why);
                        }
                    }
                    return null;
                } catch (CatalogueLinker.Unreadable e) {
                    SyncReport stop = e.answer == null ? await(null, e.getMessage())
                            : handlePull(new PullResult(0, true, e.answer, null, null));
                    if (stop != null) {
                        return stop;
                    }
                }
            }
        }

        private SyncReport readHistory() {
            int pages = 0;
            while (true) {
                SyncPosition.Progress progress = db.read(c -> SyncPosition.read(c).history());
                if (progress == null) {
                    return null;
                }
                if (options.stop().getAsBoolean()) {
                    return incomplete("Stopped before the older history was read");
                }
                PullResult page = puller.pullSnapshotPage(SnapshotStep.HISTORY,
                        progress.step() == 0 && progress.pageToken() == null ? null : progress,
                        (c, next, feedCursor) -> SyncPosition.setHistory(c, next));
                SyncReport stop = handlePull(page);
                if (stop != null) {
                    return stop;
                }
                pulled += page.applied();
                options.listener().pulled(page.applied(), "history");
                if (++pages % HISTORY_PAGES_PER_PASS == 0) {
                    stop = pushAll();
                    if (stop == null) {
                        stop = pullToHead();
                    }
                    if (stop != null) {
                        return stop;
                    }
                }
            }
        }

        private SyncReport pushAll() {
            while (true) {
                PushResult result = pusher.pushReady(options.stop());
                pushed += result.acknowledged();
                options.listener().pushed(result.acknowledged(), result.failed(), result.conflicts());
                switch (result.stop()) {
                    case NOTHING_READY -> {
                        busyInARow = 0;
                        return null;
                    }
                    case STOPPED -> {
                        return incomplete("Stopped");
                    }
                    case TOKEN_REFUSED -> {
                        return finished(SyncOutcome.TOKEN_REFUSED, "The platform refused the token: " + result.error());
                    }
                    case PLATFORM_BUSY -> {
                        SyncReport stop = await(result.waitAtLeast(), result.error());
                        if (stop != null) {
                            return stop;
                        }
                        db.write(c -> {
                            for (Outbox.Entry row : Outbox.inState(c, com.merchantdesk.store.OutboxState.FAILED, 10_000)) {
                                if (row.retryDelay() != null) {
                                    Outbox.retry(c, row.seq());
                                }
                            }
                            return null;
                        });
                    }
                }
            }
        }

        private SyncReport pullToHead() {
            while (true) {
                if (options.stop().getAsBoolean()) {
                    return incomplete("Stopped");
                }
                PullResult page = puller.pullFeedPage();
                if (page.answer() != null && page.answer().kind() == PlatformResponse.Kind.CURSOR_EXPIRED) {
                    // Offline past the feed's retention: read the snapshots again; the outbox stays as it is.
                    db.write(c -> {
                        SyncPosition.setSnapshot(c, new SyncPosition.Progress(null, 0, null));
                        return null;
                    });
                    options.listener().event("The platform's feed no longer reaches back to this desk's position: "
                            + "reading its records again (nothing waiting to be sent is lost)");
                    SyncReport stop = readSnapshotIfNeeded();
                    if (stop != null) {
                        return stop;
                    }
                    continue;
                }
                SyncReport stop = handlePull(page);
                if (stop != null) {
                    return stop;
                }
                pulled += page.applied();
                options.listener().pulled(page.applied(), "feed");
                if (!page.more()) {
                    return null;
                }
            }
        }

        /** Null to go on; a report to end the run. Transient answers wait and answer null (the caller repeats). */
        private SyncReport handlePull(PullResult page) {
            if (page.ok()) {
                busyInARow = 0;
                return null;
            }
            if (page.homeless() != null) {
                return incomplete("The platform sent a " + page.homeless().wire()
                        + " record, which this version of the desk cannot keep yet; the feed position stays before it");
            }
            if (page.unreachable() != null) {
                return await(null, page.unreachable());
            }
            PlatformResponse answer = page.answer();
            return switch (answer.kind()) {
                case TOKEN_REFUSED -> finished(SyncOutcome.TOKEN_REFUSED, "The platform refused the token: " + answer.describe());
                case TRANSIENT -> await(answer.retryAfter(), answer.describe());
                default -> incomplete(answer.describe());
            };
        }

        /** Waits out a transient failure within the run's patience; a report when patience ran out. */
        private SyncReport await(Duration retryAfter, String why) {
            busyInARow++;
            Duration delay = retryAfter != null && retryAfter.isZero() ? Duration.ZERO : null;
            if (delay == null) {
                delay = new Backoff(java.util.concurrent.ThreadLocalRandom.current()).after(busyInARow, retryAfter);
            }
            if (System.nanoTime() + delay.toNanos() > deadline) {
                return incomplete(why + " (gave up waiting; run sync again later)");
            }
            options.listener().waiting(delay, why);
            try {
                if (!sleeper.sleep(delay, options.stop())) {
                    return incomplete("Stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return incomplete("Interrupted");
            }
            return null;
        }

        private SyncReport incomplete(String message) {
            return finished(SyncOutcome.INCOMPLETE, message);
        }

        private SyncReport finished(SyncOutcome outcome, String message) {
            return report(outcome, pushed, pulled, started, message);
        }
    }

    private static String describe(SyncStatus s) {
        StringBuilder b = new StringBuilder("Waiting for the seller:");
        if (s.failed() > 0) {
            b.append(' ').append(s.failed()).append(" failed");
        }
        if (s.blocked() > 0) {
            b.append(' ').append(s.blocked()).append(" blocked");
        }
        if (s.conflicts() > 0) {
            b.append(' ').append(s.conflicts()).append(" conflicts");
        }
        if (s.needsMapping() > 0) {
            b.append(' ').append(s.needsMapping()).append(" lines to map");
        }
        if (s.stockDifferences() > 0) {
            b.append(' ').append(s.stockDifferences()).append(" counts to compare");
        }
        return b.toString();
    }
}
