package com.merchantdesk.sync.view;

import com.merchantdesk.store.Database;
import com.merchantdesk.sync.SyncEngine;
import com.merchantdesk.sync.SyncListener;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncRuns;
import com.merchantdesk.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * The window's sync: runs the engine in the background (a {@link Service} on a thread of its own, never the FX
 * thread) every {@link #PERIOD} and at once on "Sync now", while a platform address and token are set and the shop
 * is not local only; "Work offline" and closing the window stop a run promptly through the engine's stop flag (the
 * watcher keeps "Work offline" in the data folder's settings and sets it before {@link #start()}).
 * Progress reported on the run's thread reaches the properties on the FX thread coalesced: one pending update at a
 * time, whatever the number of callbacks. The counts are read again after every run and after the seller's writes.
 */
public final class SyncRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());
    static final javafx.util.Duration PERIOD = javafx.util.Duration.seconds(30);
    /** How long one run waits out an unreachable platform before it ends (the next run tries again). */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Opens the engine for the platform now set up; empty when no address or no token is set. Blocking. */
    public interface EngineSource {
        Optional<SyncEngine> open();
    }

    /** Where a run stands, for "Sync now"'s progress. */
    public record Progress(int pushed, int pulled, String phase, Duration waiting) {
        static final Progress NONE = new Progress(0, 0, "", null);
    }

    /** What a run found out, applied on the FX thread. */
    private record Result(SyncReport report, boolean configured, SyncStatus status, Instant lastSuccess, long newOrders) {}

    private final Database db;
    private final Duration patience;
    private final java.util.concurrent.Executor background;
    private final EngineSource engines;
    private final Clock clock;
    private final Instant openedAt;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "merchant-desk-sync");
        t.setDaemon(true);
        return t;
    });
    private final Service<Result> service;
    private final PauseTransition next = new PauseTransition(PERIOD);
    private final PauseTransition countsLater = new PauseTransition(javafx.util.Duration.millis(300));
    private volatile AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Progress> latestProgress = new AtomicReference<>(Progress.NONE);
    private final AtomicBoolean progressPending = new AtomicBoolean();
    private boolean closed;
    private boolean counting;
    private boolean recount;

    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> lastSuccess = new SimpleObjectProperty<>();
    /** Null until a run says; true when the last run reached the platform. */
    private final ObjectProperty<Boolean> online = new SimpleObjectProperty<>();
    private final BooleanProperty configured = new SimpleBooleanProperty(true);
    private final BooleanProperty workOffline = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>(Progress.NONE);
    private final ObjectProperty<SyncReport> lastReport = new SimpleObjectProperty<>();
    private final BooleanProperty anotherRunning = new SimpleBooleanProperty();
    private final IntegerProperty runsFinished = new SimpleIntegerProperty();
    private Consumer<Long> onNewOrders = n -> {};
    private final Runnable changesSaved = () -> Platform.runLater(this::refreshCounts);

    public SyncRunner(Database db, EngineSource engines, Clock clock, java.util.concurrent.Executor background) {
        this(db, engines, clock, background, PATIENCE);
    }

    /** {@code patience}: how long a run waits out transient failures (tests give none, so a failure ends the run). */
    SyncRunner(Database db, EngineSource engines, Clock clock, java.util.concurrent.Executor background, Duration patience) {
        this.patience = patience;
        this.background = background;
        this.db = db;
        this.engines = engines;
        this.clock = clock;
        this.openedAt = clock.instant();
        this.service = new Service<>() {
            @Override
            protected Task<Result> createTask() {
                AtomicBoolean mine = new AtomicBoolean();
                stop = mine;
                return new Task<>() {
                    @Override
                    protected Result call() {
                        return runOnce(mine);
                    }
                };
            }
        };
        service.setExecutor(thread);
        service.setOnSucceeded(e -> finished(service.getValue()));
        service.setOnFailed(e -> {
            LOG.log(Level.WARNING, "A sync run failed", service.getException());
            finished(null);
        });
        service.setOnCancelled(e -> finished(null));
        next.setOnFinished(e -> tick());
        countsLater.setOnFinished(e -> readCounts());
        workOffline.addListener((obs, was, now) -> {
            if (now) {
                stop.set(true);
                next.stop();
            } else {
                tick();
            }
        });
    }

    /**
     * Starts the schedule: the first run now, or, while the seller works offline, only the counts (what waits shows
     * without reaching the platform). Set "Work offline" before this. Call on the FX thread.
     */
    public void start() {
        if (workOffline.get()) {
            refreshCounts();
        } else {
            tick();
        }
    }

    /** The window's writes make the counts be read again (the seller queued a change). */
    public Runnable changesSavedListener() { return changesSaved; }

    /** Runs now, unless a run is under way or the seller works offline. Call on the FX thread. */
    public void syncNow() {
        next.stop();
        tick();
    }

    /** Reads the counts again soon (after the Sync screen retried, discarded or resolved something). */
    public void refreshCounts() {
        if (!closed) {
            countsLater.playFromStart();
        }
    }

    public void setOnNewOrders(Consumer<Long> action) { onNewOrders = action; }

    public ObjectProperty<SyncStatus> statusProperty() { return status; }
    public ObjectProperty<Instant> lastSuccessProperty() { return lastSuccess; }
    public ObjectProperty<Boolean> onlineProperty() { return online; }
    public ReadOnlyBooleanProperty configuredProperty() { return configured; }
    public BooleanProperty workOfflineProperty() { return workOffline; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public ObjectProperty<Progress> progressProperty() { return progress; }
    public ObjectProperty<SyncReport> lastReportProperty() { return lastReport; }
    public ReadOnlyBooleanProperty anotherRunningProperty() { return anotherRunning; }
    /** Counts up after each run: the Sync screen reads its lists again. */
    public IntegerProperty runsFinishedProperty() { return runsFinished; }

    private void tick() {
        if (closed || workOffline.get() || service.isRunning()) {
            return;
        }
        running.set(true);
        latestProgress.set(Progress.NONE);
        progress.set(Progress.NONE);
        service.restart();
    }

    /** On the sync thread. */
    private Result runOnce(AtomicBoolean stopFlag) {
        long ordersBefore = db.read(SyncRuns::lastOrderNo);
        Instant since = db.read(c -> {
            Instant last = SyncRuns.lastSuccess(c);
            return last == null || last.isBefore(openedAt) ? openedAt : last;
        });
        Optional<SyncEngine> engine = db.read(com.merchantdesk.store.SyncIdentity::isLocalOnly) ? Optional.empty() : engines.open();
        SyncReport report = null;
        if (engine.isPresent()) {
            report = engine.get().run(new SyncEngine.Options(patience, true, stopFlag::get, progressListener()));
        }
        SyncReport done = report;
        return db.read(c -> new Result(done, engine.isPresent(), SyncStatus.read(c), SyncRuns.lastSuccess(c),
                done == null ? 0 : SyncRuns.newPlatformOrders(c, ordersBefore, since)));
    }

    private SyncListener progressListener() {
        AtomicInteger pushed = new AtomicInteger();
        AtomicInteger pulled = new AtomicInteger();
        return new SyncListener() {
            @Override
            public void pushed(int acknowledged, int failed, int conflicts) {
                post(new Progress(pushed.addAndGet(acknowledged), pulled.get(), "push", null));
            }

            @Override
            public void pulled(int records, String phase) {
                post(new Progress(pushed.get(), pulled.addAndGet(records), phase, null));
            }

            @Override
            public void waiting(Duration delay, String why) {
                post(new Progress(pushed.get(), pulled.get(), "waiting", delay));
            }
        };
    }

    /** Keeps the newest progress and asks the FX thread once for as many callbacks as come before it runs. */
    private void post(Progress p) {
        latestProgress.set(p);
        if (progressPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                progressPending.set(false);
                if (!closed) {
                    progress.set(latestProgress.get());
                }
            });
        }
    }

    private void finished(Result result) {
        if (closed) {
            running.set(false);
            return;
        }
        SyncReport report = result == null ? null : result.report();
        if (result != null) {
            configured.set(result.configured());
            show(result.status(), result.lastSuccess());
            if (report != null) {
                lastReport.set(report);
                anotherRunning.set(report.outcome() == SyncOutcome.ANOTHER_RUNNING);
                switch (report.outcome()) {
                    case CONVERGED, NEEDS_SELLER -> online.set(true);
                    case INCOMPLETE, TOKEN_REFUSED -> online.set(false);
                    default -> { }
                }
            } else {
                online.set(null);
            }
        }
        // Stopped only once what the run found is set: the status bar goes from a first sync's count straight to
        // its outcome, never back through "Connecting…".
        running.set(false);
        if (result != null) {
            if (report != null && result.newOrders() > 0) {
                onNewOrders.accept(result.newOrders());
            }
            runsFinished.set(runsFinished.get() + 1);
        }
        progress.set(Progress.NONE);
        if (!workOffline.get()) {
            next.playFromStart();
        }
    }

    private void readCounts() {
        if (closed) {
            return;
        }
        if (counting) {
            recount = true;
            return;
        }
        counting = true;
        Task<Object[]> task = new Task<>() {
            @Override
            protected Object[] call() {
                return db.read(c -> new Object[] {SyncStatus.read(c), SyncRuns.lastSuccess(c)});
            }
        };
        task.setOnSucceeded(e -> {
            counting = false;
            if (!closed) {
                show((SyncStatus) task.getValue()[0], (Instant) task.getValue()[1]);
            }
            if (recount) {
                recount = false;
                readCounts();
            }
        });
        task.setOnFailed(e -> {
            counting = false;
            LOG.log(Level.WARNING, "Cannot read the sync counts", task.getException());
        });
        // On the window's pool, not the sync thread: that one may be busy with a long run.
        background.execute(task);
    }

    private void show(SyncStatus s, Instant success) {
        status.set(s);
        lastSuccess.set(success);
    }

    /** Stops a run under way (through its stop flag) and the schedule. Call on the FX thread. */
    @Override
    public void close() {
        closed = true;
        stop.set(true);
        next.stop();
        countsLater.stop();
        thread.shutdown();
    }

    Clock clock() { return clock; }
}
