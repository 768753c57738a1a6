package com.merchantdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The write lock of one database file, across threads and processes: the window, commands and later sync take
 * turns here instead of in SQLite, whose busy timeout would fail a write that waits longer than it. Threads of
 * this process queue on a lock of their own first; the one at the front then takes an OS lock on
 * {@code <database>.write-lock} and writes who it is to {@code <database>.writer}, so a process waiting behind
 * it can say what it waits for. The OS frees the lock of a process that dies.
 */
final class WriteLock {

    /** How long a write waits in silence before its listener hears what it waits for. */
    static final long NOTICE_AFTER_MS = 1_000;

    private static final Logger LOG = Logger.getLogger(WriteLock.class.getName());
    private static final long PID = ProcessHandle.current().pid();

    private final Path database;
    private final LockFile file;
    private final Path holderFile;
    private final ReentrantLock inProcess = new ReentrantLock(true);
    /** Who of this process holds the lock: for this process's own waiters. */
    private volatile WriterInfo holder;
    private FileLock osLock; // guarded by inProcess
    private FileChannel holderChannel; // guarded by inProcess

    /** The note's fixed length: long enough for any pid, kind and command name; a longer name is cut. */
    private static final int NOTE_BYTES = 256;

    WriteLock(Path database, LockFile file) {
        this.database = database;
        this.file = file;
        this.holderFile = database.resolveSibling(database.getFileName() + ".writer");
    }

    static Path lockFileOf(Path database) { return database.resolveSibling(database.getFileName() + ".write-lock"); }

    /**
     * Blocks until this thread may write; {@code listener} hears about a wait longer than {@link #NOTICE_AFTER_MS}
     * and about its end. Pair with {@link #release()}.
     *
     * @throws StoreException when the thread is interrupted while it waits (nothing is held then)
     */
    void acquire(WriterInfo self, WriteWaitListener listener) {
        long start = System.nanoTime();
        WriteWait noticed = null;
        try {
            if (!inProcess.tryLock(NOTICE_AFTER_MS, TimeUnit.MILLISECONDS)) {
                noticed = new WriteWait(database, Optional.ofNullable(holder), PID);
                tell(listener, noticed, true);
                inProcess.lockInterruptibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
        boolean held = false;
        try {
            if (inProcess.getHoldCount() == 1) {
                noticed = takeOsLock(start, noticed, listener);
                writeHolder(self);
            }
            holder = self;
            held = true;
        } finally {
            if (!held) {
                inProcess.unlock();
            }
        }
        if (noticed != null) {
            tell(listener, noticed, false);
        }
    }

    /** Whether this thread holds the lock. */
    boolean isHeldByCurrentThread() { return inProcess.isHeldByCurrentThread(); }

    void release() {
        if (inProcess.getHoldCount() == 1) {
            holder = null;
            try {
                osLock.release();
            } catch (IOException e) {
                // the channel is gone (the database was closed): so is the OS lock
            }
            osLock = null;
        }
        inProcess.unlock();
    }

    private WriteWait takeOsLock(long start, WriteWait noticed, WriteWaitListener listener) {
        try {
            FileLock lock = file.tryLock(false);
            if (lock == null) {
                Future<FileLock> pending = file.lockOnOwnThread(false);
                long left = TimeUnit.MILLISECONDS.toNanos(NOTICE_AFTER_MS) - (System.nanoTime() - start);
                lock = left > 0 ? granted(pending, left) : null;
                if (lock == null) {
                    // Told again when it first waited behind this process's own work: now another process holds it.
                    noticed = readHolder();
                    tell(listener, noticed, true);
                    lock = granted(pending, Long.MAX_VALUE);
                }
            }
            osLock = lock;
            return noticed;
        } catch (IOException e) {
            throw new StoreException("Cannot lock " + database.getFileName() + " for writing (" + file.path() + "): "
                    + e.getMessage(), e);
        }
    }

    /** The lock once the OS grants it, or null when {@code nanos} pass first. */
    private FileLock granted(Future<FileLock> pending, long nanos) throws IOException {
        try {
            return nanos == Long.MAX_VALUE ? pending.get() : pending.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillHeld) {
            return null;
        } catch (InterruptedException e) {
            file.releaseWhenGranted(pending);
            Thread.currentThread().interrupt();
            throw interrupted(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new StoreException("Cannot lock " + database.getFileName() + " for writing: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Says who writes now, for processes that wait; a write that cannot say so still goes ahead. The note is
     * rewritten in place, at a fixed length, through a channel kept open: truncating and rewriting a small file
     * costs a millisecond on ext4 (it flushes such a file at close), which every write would pay.
     */
    private void writeHolder(WriterInfo self) {
        byte[] note = new byte[NOTE_BYTES];
        Arrays.fill(note, (byte) ' ');
        byte[] text = (PID + "\n" + self.kind().name() + "\n" + self.name()).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, note, 0, Math.min(text.length, NOTE_BYTES - 1));
        note[NOTE_BYTES - 1] = '\n';
        try {
            if (holderChannel == null || !holderChannel.isOpen()) {
                holderChannel = LockFile.openSidecar(holderFile);
            }
            holderChannel.write(ByteBuffer.wrap(note), 0);
        } catch (IOException e) {
            // An interrupt closes the channel: it is opened again for the next write.
            LOG.log(Level.FINE, "Could not note the writer in " + holderFile, e);
        }
    }

    /** Lets go of the note's channel; only when nothing of this process writes to the file any more. */
    void close() {
        try {
            if (holderChannel != null) {
                holderChannel.close();
            }
        } catch (IOException ignored) {
            // nothing held on it
        }
    }

    /** Who the other process holding the lock says it is; unknown when it did not say (yet). */
    WriteWait readHolder() {
        try {
            List<String> lines = Files.readAllLines(holderFile, StandardCharsets.UTF_8).stream().map(String::strip).toList();
            long pid = lines.size() >= 3 ? Long.parseLong(lines.get(0).strip()) : PID;
            // This process's own note is stale: the holder has not written its own yet.
            if (pid != PID) {
                WriterInfo info = new WriterInfo(WriterInfo.Kind.valueOf(lines.get(1).strip()), lines.get(2));
                return new WriteWait(database, Optional.of(info), pid);
            }
        } catch (IOException | RuntimeException e) {
            // no note, or one being rewritten: the wait is reported without a name
        }
        return new WriteWait(database, Optional.empty(), WriteWait.UNKNOWN_PID);
    }

    private static void tell(WriteWaitListener listener, WriteWait wait, boolean waiting) {
        try {
            if (waiting) {
                listener.waiting(wait);
            } else {
                listener.proceeding(wait);
            }
        } catch (RuntimeException e) {
            // Telling the seller must never stop the write itself.
            LOG.log(Level.WARNING, "A write-wait listener failed", e);
        }
    }

    private StoreException interrupted(InterruptedException e) {
        return new StoreException("Interrupted while waiting to write to " + database.getFileName(), e);
    }
}
