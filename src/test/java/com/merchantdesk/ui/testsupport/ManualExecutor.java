package com.merchantdesk.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor that only queues work; the test runs each piece when and in the order it chooses, on the test's
 * thread (not the FX thread), and then lets the FX thread handle what the work posted. So "the older answer
 * arrives after the newer one" is a step of the test, not a race.
 */
public final class ManualExecutor implements Executor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable work) { queued.add(work); }

    public synchronized int queued() { return queued.size(); }

    /** Runs the work queued at {@code index} (0 = the oldest still queued); its results are handled on return. */
    public void run(int index) {
        Runnable work;
        synchronized (this) {
            work = queued.remove(index);
        }
        work.run();
        // A Task posts its outcome to the FX thread before run() returns; the FX thread handles posts in order.
        FxThread.runFx(() -> { });
    }

    public void runOldest() { run(0); }

    public void runNewest() { run(queued() - 1); }

    /** Runs everything queued, oldest first, including work queued meanwhile. */
    public void runAll() {
        while (queued() > 0) {
            runOldest();
        }
    }
}
