package com.merchantdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure only one Merchant Desk window works on a data folder. The operating system releases the
 * lock when the process ends, even after a crash, so a stale lock never blocks the seller.
 */
public final class InstanceLock implements AutoCloseable {

    /**
     * Lock files this JVM holds, by real path. On Linux, closing any channel to a file drops every lock the
     * process has on it, so a second attempt in this JVM must be refused before it opens (and closes) one.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private InstanceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Returns the lock, or empty when another running app (or this one) already holds it. */
    public static Optional<InstanceLock> tryAcquire(Path lockFile) {
        Path key;
        try {
            Path folder = lockFile.toAbsolutePath().getParent();
            PrivateFiles.createDirectories(folder);
            key = folder.toRealPath().resolve(lockFile.getFileName());
        } catch (IOException e) {
            throw new StoreException("Cannot lock the data folder (" + lockFile + "): " + e.getMessage(), e);
        }
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(key, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PrivateFiles.ownerOnlyFile());
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another class loader of this JVM
            }
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw new StoreException("Cannot lock the data folder (" + lockFile + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS frees the lock with the process anyway
        } finally {
            HELD.remove(key);
        }
    }
}
