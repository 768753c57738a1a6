package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriterInfo;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the window's data folder: the first time by taking what {@link EarlyStart} opened while JavaFX was
 * starting, every later time (after restoring a backup) anew. Blocking: call off the FX thread, except
 * {@link #openedAlready()}.
 */
final class DataOpener {

    private final DataDirectory dir;
    private final Clock clock;
    private CompletableFuture<AppContext> early;

    /** @param early the data being opened already, or null to open on first use */
    DataOpener(DataDirectory dir, Clock clock, CompletableFuture<AppContext> early) {
        this.dir = dir;
        this.clock = clock;
        this.early = early;
    }

    DataDirectory dir() { return dir; }

    /** The early opening, while it has not been taken; null otherwise. */
    synchronized CompletableFuture<AppContext> pending() { return early; }

    /** The data, if the early opening has finished well and is not taken yet (does not block). */
    synchronized AppContext openedAlready() {
        if (early != null && early.isDone() && !early.isCompletedExceptionally()) {
            return take();
        }
        return null;
    }

    /** Opens (creating, checking and migrating) the data folder, or takes the early opening. */
    AppContext open() {
        CompletableFuture<AppContext> first;
        synchronized (this) {
            first = early;
            early = null;
        }
        return first != null ? EarlyStart.unwrapped(first)
                : AppContext.open(dir, clock, WriterInfo.window(), WriteWaitListener.NONE);
    }

    private AppContext take() {
        AppContext app = early.join();
        early = null;
        return app;
    }
}
