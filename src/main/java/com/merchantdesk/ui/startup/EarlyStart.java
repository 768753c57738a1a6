package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.StartupTrace;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriterInfo;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The start-up work that needs no JavaFX toolkit, begun before it on threads of its own: opening the data
 * (loading SQLite's native library, migrations; quick_check goes on beyond, see
 * {@link AppContext#openCheckingInBackground}) and reading the settings (Jackson's first use).
 * JavaFX spends its first few hundred milliseconds starting itself; on two cores this work fits beside it
 * instead of after it.
 */
final class EarlyStart {

    private final CompletableFuture<Settings> settings;
    private final CompletableFuture<AppContext> data;

    private EarlyStart(CompletableFuture<Settings> settings, CompletableFuture<AppContext> data) {
        this.settings = settings;
        this.data = data;
    }

    static EarlyStart begin(DataDirectory dir, Clock clock) {
        // The data first: it takes longest.
        // quick_check of a file already at this schema goes on in the background while the window shows.
        CompletableFuture<AppContext> data = onOwnThread("data", () -> AppContext.openCheckingInBackground(dir, clock,
                WriterInfo.window(), WriteWaitListener.NONE));
        CompletableFuture<Settings> settings = onOwnThread("settings", () -> {
            Settings loaded = new SettingsStore(dir.settingsFile()).load();
            linkEquals(loaded);
            return loaded;
        });
        return new EarlyStart(settings, data);
    }

    /**
     * A record's first {@code equals} links its generated method (~10 ms for the settings and their window
     * bounds); the window compares settings on every change, the first time while it builds. Comparing two
     * equal copies here does it off the FX thread.
     */
    private static void linkEquals(Settings settings) {
        Settings.WindowBounds w = settings.window() == null ? new Settings.WindowBounds(0, 0, 0, 0, false) : settings.window();
        Settings.WindowBounds copy = new Settings.WindowBounds(w.x(), w.y(), w.width(), w.height(), w.maximized());
        settings.withWindow(w).equals(settings.withWindow(copy));
    }

    /** The settings, waiting for them if need be; a failure is thrown as it was raised. */
    Settings settings() { return unwrapped(settings); }

    /** The open data folder, or why it could not be opened. */
    CompletableFuture<AppContext> data() { return data; }

    /** The value of a finished or unfinished future, its failure rethrown as raised rather than wrapped. */
    static <T> T unwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                StartupTrace.mark(name + " ready");
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "merchant-desk-early-" + name);
        // Never keeps the process alive: if the window never comes up, nothing waits for this.
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
