package com.merchantdesk.store;

import java.util.concurrent.Callable;

/**
 * Lets one piece of work hear about its own waits for the write lock instead of the database's listener: a form
 * that saves shows "waiting for …" on itself. Holds for the calling thread until the work returns.
 */
public final class WriteWaitScope {

    private static final ThreadLocal<WriteWaitListener> CURRENT = new ThreadLocal<>();

    private WriteWaitScope() {}

    /** Runs {@code work} on this thread, telling {@code listener} about every wait of the writes it makes. */
    public static <T> T reportingTo(WriteWaitListener listener, Callable<T> work) throws Exception {
        WriteWaitListener outer = CURRENT.get();
        CURRENT.set(listener);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The listener of the work running on this thread, or {@code fallback}. */
    static WriteWaitListener currentOr(WriteWaitListener fallback) {
        WriteWaitListener scoped = CURRENT.get();
        return scoped != null ? scoped : fallback;
    }
}
