package com.merchantdesk.store;

/**
 * Told when a write has waited about a second for another writer of the same database (another process, or other
 * work of this one), and again when it gets its turn. Called on the waiting thread: a window hands it on to its
 * own thread. See {@link Database#write} and {@link WriteWaitScope}.
 */
public interface WriteWaitListener {

    WriteWaitListener NONE = new WriteWaitListener() {
        @Override
        public void waiting(WriteWait wait) {}
    };

    /** The write is waiting for {@code wait.holder()}. */
    void waiting(WriteWait wait);

    /** The write that was waiting now has its turn (only after {@link #waiting}). */
    default void proceeding(WriteWait wait) {}
}
