package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.util.Duration;

/**
 * Runs a screen's database work as {@link Task}s on the shell's background executor and hands the results back
 * on the FX thread. Work that takes longer than a blink turns on {@link #showProgressProperty()} and the status
 * bar's progress, so quick searches do not make the window flicker.
 */
public final class BackgroundRunner {

    private static final Logger LOG = Logger.getLogger(BackgroundRunner.class.getName());
    private static final Duration PROGRESS_DELAY = Duration.millis(250);

    private final Executor executor;
    private final StatusBarModel status;
    private final ReadOnlyBooleanWrapper showProgress = new ReadOnlyBooleanWrapper(this, "showProgress");
    private final PauseTransition progressDelay = new PauseTransition(PROGRESS_DELAY);
    private int running;

    public BackgroundRunner(Executor executor, StatusBarModel status) {
        this.executor = executor;
        this.status = status;
        progressDelay.setOnFinished(e -> setProgress(true));
    }

    /** Work is running and has been for a noticeable time. */
    public ReadOnlyBooleanProperty showProgressProperty() { return showProgress.getReadOnlyProperty(); }

    public StatusBarModel status() { return status; }

    /** Starts {@code work} off the FX thread; exactly one of the callbacks runs on the FX thread unless cancelled. */
    public <T> Task<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.stateProperty().addListener((o, before, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                finished();
            }
        });
        started();
        executor.execute(task);
        return task;
    }

    /** Logs an unexpected failure and tells the seller in the status bar, in words. */
    public void report(String messageKey, Throwable error) {
        if (!(error instanceof ValidationException)) {
            LOG.log(Level.WARNING, messageKey, error);
        }
        status.show(Messages.get(messageKey, describe(error)));
    }

    /** The seller-facing reason of a failure: validation messages in their language, else the error's text. */
    public static String describe(Throwable error) {
        if (error instanceof ValidationException v) {
            return v.errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
        }
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    private void started() {
        running++;
        if (running == 1) {
            progressDelay.playFromStart();
        }
    }

    private void finished() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            progressDelay.stop();
            setProgress(false);
        }
    }

    private void setProgress(boolean on) {
        showProgress.set(on);
        status.progressProperty().set(on ? -1 : 0);
    }
}
