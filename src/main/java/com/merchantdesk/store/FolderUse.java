package com.merchantdesk.store;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Who has a database open: every process that does holds a shared OS lock on {@code <database>.in-use} for as
 * long as it does, and an operation that must have the file to itself (a restore swaps it for another) takes
 * that lock exclusively or is refused. Opening waits while such an operation runs.
 */
final class FolderUse {

    private final Path database;
    private final LockFile file;
    private int users;           // guarded by this
    private FileLock shared;     // guarded by this
    private FileLock exclusive;  // guarded by this

    /** The file to this process alone, until closed. */
    interface Exclusive extends AutoCloseable {
        @Override
        void close();
    }

    FolderUse(Path database, LockFile file) {
        this.database = database;
        this.file = file;
    }

    static Path lockFileOf(Path database) { return database.resolveSibling(database.getFileName() + ".in-use"); }

    /** One more user in this process; the first takes the shared lock, waiting while a restore runs. */
    synchronized void enter() {
        if (exclusive != null) {
            throw new IllegalStateException("This process is replacing " + database.getFileName() + "; open it afterwards");
        }
        if (users == 0) {
            shared = lockShared();
        }
        users++;
    }

    synchronized void leave() {
        if (users == 0) {
            return;
        }
        users--;
        if (users == 0) {
            release(shared);
            shared = null;
        }
    }

    /**
     * The database to this process alone, or empty while any process (this one included) has it open. Close the
     * result to give it back.
     */
    synchronized Optional<Exclusive> tryExclusive() {
        if (users > 0 || exclusive != null) {
            return Optional.empty();
        }
        try {
            FileLock lock = file.tryLock(false);
            if (lock == null) {
                return Optional.empty();
            }
            exclusive = lock;
            return Optional.of(this::releaseExclusive);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private synchronized void releaseExclusive() {
        release(exclusive);
        exclusive = null;
    }

    private FileLock lockShared() {
        try {
            FileLock lock = file.tryLock(true);
            if (lock != null) {
                return lock;
            }
            // Another process is restoring a backup into this folder: a matter of seconds.
            Future<FileLock> pending = file.lockOnOwnThread(true);
            try {
                return pending.get();
            } catch (InterruptedException e) {
                file.releaseWhenGranted(pending);
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while waiting to open " + database.getFileName(), e);
            } catch (ExecutionException e) {
                throw failure(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static void release(FileLock lock) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // the channel is closed: the lock went with it
        }
    }

    private StoreException failure(IOException e) {
        return new StoreException("Cannot lock " + database.getFileName() + " (" + file.path() + "): " + e.getMessage(), e);
    }
}
