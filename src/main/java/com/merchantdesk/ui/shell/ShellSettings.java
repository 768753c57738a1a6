package com.merchantdesk.ui.shell;

import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The settings as the window sees them (FX thread). Changes apply at once and are written to
 * {@code settings.json} after a short quiet spell, off the FX thread, so dragging the window writes once.
 */
public final class ShellSettings {

    private static final Duration QUIET = Duration.millis(500);

    private final SettingsStore store;
    private final Executor background;
    private final ReadOnlyObjectWrapper<Settings> current;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private final Object saveLock = new Object();
    private volatile Settings latest;
    private Consumer<Throwable> onSaveFailed = e -> {};

    public ShellSettings(SettingsStore store, Settings initial, Executor background) {
        this.store = store;
        this.background = background;
        this.current = new ReadOnlyObjectWrapper<>(initial);
        this.latest = initial;
        debounce.setOnFinished(e -> flush());
    }

    public Settings get() { return current.get(); }

    public ReadOnlyObjectProperty<Settings> property() { return current.getReadOnlyProperty(); }

    public void setOnSaveFailed(Consumer<Throwable> handler) { onSaveFailed = handler; }

    /** Applies a change now; the file follows after the quiet spell. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(current.get());
        if (next.equals(current.get())) {
            return;
        }
        latest = next;
        current.set(next);
        debounce.playFromStart();
    }

    /** Writes the latest settings now (off the FX thread); the future completes once they are on disk. */
    public CompletableFuture<Void> flush() {
        debounce.stop();
        CompletableFuture<Void> saved;
        try {
            saved = CompletableFuture.runAsync(this::saveLatest, background);
        } catch (RejectedExecutionException exiting) {
            // The pool is gone because the app is ending: a small file write here loses nothing.
            saved = CompletableFuture.runAsync(this::saveLatest, Runnable::run);
        }
        saved.whenComplete((ignored, failure) -> {
            if (failure != null) {
                onSaveFailed.accept(failure);
            }
        });
        return saved;
    }

    // Reading the newest value under the lock means a save that runs last always writes the newest settings.
    private void saveLatest() {
        synchronized (saveLock) {
            store.save(latest);
        }
    }
}
