package com.merchantdesk.ui.shell;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The one pool that runs the window's database and file work. Daemon threads, so a stuck task never keeps
 * the process alive; a {@link Task} that fails without an {@code onFailed} handler of its own is reported,
 * so no failure is swallowed.
 */
public final class BackgroundExecutor implements java.util.concurrent.Executor {

    private static final Logger LOG = Logger.getLogger(BackgroundExecutor.class.getName());
    // The database allows one writer and a few readers; more threads would only queue on its locks.
    private static final int THREADS = 3;

    private final ExecutorService pool;
    private volatile Consumer<Throwable> unhandledFailure =
            e -> LOG.log(Level.SEVERE, "Background task failed", e);

    public BackgroundExecutor() {
        this.pool = Executors.newFixedThreadPool(THREADS, namedDaemonThreads());
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "merchant-desk-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Where failures of tasks nobody else handles go (the shell shows them to the seller). */
    public void setUnhandledFailureHandler(Consumer<Throwable> handler) { unhandledFailure = handler; }

    @Override
    public void execute(Runnable command) {
        if (command instanceof Task<?> task && Platform.isFxApplicationThread()) {
            task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, event -> {
                if (task.getOnFailed() == null) {
                    unhandledFailure.accept(task.getException());
                }
            });
        }
        pool.execute(command);
    }

    /** Stops taking work and waits a little for running work (a settings save, a backup) to finish. */
    public void shutdown(long waitMillis) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
