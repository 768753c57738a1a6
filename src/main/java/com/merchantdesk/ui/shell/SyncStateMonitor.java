package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Keeps the status bar's sync state current: counts the changes waiting in the outbox off the FX thread,
 * every few seconds and whenever a screen reports a write. Until sync exists the app is always offline; a
 * local-only shop (the demo) says so instead of counting.
 */
final class SyncStateMonitor {

    private static final Logger LOG = Logger.getLogger(SyncStateMonitor.class.getName());
    static final Duration PERIOD = Duration.seconds(5);

    private final Database database;
    private final Executor background;
    private final StatusBarModel status;
    private final Timeline timer;
    private boolean counting;
    private boolean recountRequested;
    private boolean stopped;
    private String lastFailure;

    SyncStateMonitor(Database database, Executor background, StatusBarModel status) {
        this.database = database;
        this.background = background;
        this.status = status;
        this.timer = new Timeline(new KeyFrame(PERIOD, e -> refresh()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        stopped = false;
        status.setOnChangesSaved(() -> Platform.runLater(this::refresh));
        timer.play();
        refresh();
    }

    void stop() {
        stopped = true;
        timer.stop();
    }

    /** Counts again; a request while a count runs is remembered and served right after it. */
    void refresh() {
        if (stopped) {
            return;
        }
        if (counting) {
            recountRequested = true;
            return;
        }
        counting = true;
        // -1: a local-only shop (the demo): its changes never go to an account, so none are "waiting".
        Task<Long> count = new Task<>() {
            @Override
            protected Long call() {
                return database.read(c -> SyncIdentity.isLocalOnly(c) ? -1L : Outbox.pendingCount(c));
            }
        };
        count.setOnSucceeded(e -> {
            lastFailure = null;
            finished(count.getValue() < 0 ? Messages.get("status.localOnly")
                    : Messages.get("status.offlineWaiting", count.getValue()));
        });
        count.setOnFailed(e -> {
            String reason = PlainMessages.of(count.getException());
            // A broken count repeats every few seconds: log it once, not on every tick.
            if (!reason.equals(lastFailure)) {
                LOG.log(Level.WARNING, "Cannot count the changes waiting to sync", count.getException());
                lastFailure = reason;
                status.show(reason);
            }
            finished(Messages.get("status.offlineUnknown"));
        });
        background.execute(count);
    }

    private void finished(String text) {
        counting = false;
        if (!stopped) {
            status.syncStateProperty().set(text);
        }
        if (recountRequested) {
            recountRequested = false;
            refresh();
        }
    }
}
