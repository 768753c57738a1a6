package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.CsvProgress;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A CSV import or export as a {@link Task}: its progress drives a progress bar and {@link #isCancelled()} is
 * the job's cancel check. The outcome is reported once the work has really stopped (a cancelled import has
 * rolled back by then), and it is what the work did, not what the Task's state says: an import that committed
 * just as Cancel was pressed is reported as imported.
 */
final class CsvJob<T> extends Task<T> {

    @FunctionalInterface
    interface Work<T> {
        T run(CsvProgress progress, BooleanSupplier cancelled) throws Exception;
    }

    /** The value the work returned, or why it stopped. */
    record Outcome<T>(T value, Throwable error) {
        boolean cancelled() { return error instanceof CancellationException; }
    }

    private final Work<T> work;
    private Consumer<Outcome<T>> whenStopped = outcome -> { };
    /** Taken by whichever comes first: the work starting, or a cancel before it started. */
    private final AtomicBoolean claimed = new AtomicBoolean();

    CsvJob(Work<T> work) {
        this.work = work;
        // The outcome is handled by whenStopped; this keeps the shell from reporting a failure twice.
        setOnFailed(e -> { });
    }

    @Override
    protected T call() throws Exception {
        if (!claimed.compareAndSet(false, true)) {
            throw new CancellationException();
        }
        T value = null;
        Throwable error = null;
        try {
            value = work.run(this::updateProgress, this::isCancelled);
            return value;
        } catch (Exception | Error e) {
            error = e;
            throw e;
        } finally {
            Outcome<T> outcome = new Outcome<>(value, error);
            Platform.runLater(() -> whenStopped.accept(outcome));
        }
    }

    /** {@code action} runs on the FX thread, exactly once, when the job has stopped. Set it before the job starts. */
    void setOnStopped(Consumer<Outcome<T>> action) { this.whenStopped = action; }

    /**
     * Asks the work to stop (without interrupting a database call). Call on the FX thread. A job still waiting
     * for a thread never starts, and is reported as cancelled at once.
     */
    void stop() {
        cancel(false);
        if (claimed.compareAndSet(false, true)) {
            whenStopped.accept(new Outcome<>(null, new CancellationException()));
        }
    }
}
