package com.merchantdesk.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One sync runner per data folder, across processes (the window and a `sync` command, two commands): an OS file
 * lock on {@code sync-runner.lock} in the folder, released when the runner closes it or its process dies.
 */
public final class SyncLock implements AutoCloseable {

    public static final String FILE_NAME = "sync-runner.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another runner holds it. */
    public static Optional<SyncLock> tryAcquire(Path dataFolder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataFolder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new SyncLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new java.io.UncheckedIOException("Cannot lock " + dataFolder.resolve(FILE_NAME), e);
        }
    }

    public static boolean isHeld(Path dataFolder) {
        if (!Files.exists(dataFolder.resolve(FILE_NAME))) {
            return false;
        }
        Optional<SyncLock> probe = tryAcquire(dataFolder);
        probe.ifPresent(SyncLock::close);
        return probe.isEmpty();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing for a better reason.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
