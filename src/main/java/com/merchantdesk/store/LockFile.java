package com.merchantdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One file whose OS locks coordinate processes, opened once by this process: on Linux, closing any channel to a
 * file drops every lock the process holds on it (see {@link InstanceLock}), so each lock file has exactly one
 * channel here, closed only when nothing of this process uses it any more.
 *
 * <p>A thread blocked in {@link FileChannel#lock} closes the channel when it is interrupted, which would drop the
 * process's other locks on the file too; window tasks are cancelled by interrupting them. So the non-blocking
 * {@link FileChannel#tryLock} (which no interrupt disturbs) is tried first, and a blocking lock runs on this
 * file's own thread, which nothing interrupts. The operating system queues blocked lockers and frees the lock
 * of a process that dies.
 */
final class LockFile {

    private static final Set<StandardOpenOption> OPEN_OPTIONS =
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);

    private final Path path;
    private final FileChannel channel;
    private ExecutorService blocking; // guarded by this

    private LockFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static LockFile open(Path path) throws IOException {
        return new LockFile(path, FileChannel.open(path, OPEN_OPTIONS, PrivateFiles.ownerOnlyFile()));
    }

    /** Lock files tell nothing secret, but the data folder keeps every file to its owner. */
    Path path() { return path; }

    /**
     * The lock if it is free now; null when another process holds it (or when this process still has a blocking
     * request for it pending, see {@link #lockOnOwnThread}).
     */
    FileLock tryLock(boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Starts waiting for the lock on this file's own thread; the future completes when the OS grants it. */
    synchronized Future<FileLock> lockOnOwnThread(boolean shared) {
        if (blocking == null) {
            blocking = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "merchant-desk-lock-" + path.getFileName());
                t.setDaemon(true);
                return t;
            });
        }
        return blocking.submit(() -> channel.lock(0, Long.MAX_VALUE, shared));
    }

    /** For a requester that stopped waiting: releases the lock as soon as the OS grants it. */
    synchronized void releaseWhenGranted(Future<FileLock> pending) {
        blocking.execute(() -> {
            try {
                pending.get().release();
            } catch (ExecutionException | IOException e) {
                // never granted, or the channel is closed: nothing is held
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Only once nothing of this process holds or awaits a lock on the file. */
    synchronized void close() {
        if (blocking != null) {
            blocking.shutdownNow();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the OS frees the locks with the process anyway
        }
    }

    /** A small file beside the lock to write notes in (never the lock file itself: see the class comment). */
    static FileChannel openSidecar(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PrivateFiles.ownerOnlyFile());
    }
}
