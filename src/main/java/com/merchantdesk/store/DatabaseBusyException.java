package com.merchantdesk.store;

import java.nio.file.Path;

/**
 * SQLite gave up waiting for a lock on the file. Merchant Desk's own writers take turns before they reach SQLite
 * ({@link WriteLock}), so this means another program (an SQLite browser, a copy tool) held it for longer than
 * {@link Database#BUSY_TIMEOUT_MS}. Nothing of the failed work was written.
 */
public final class DatabaseBusyException extends StoreException {

    private final Path file;

    public DatabaseBusyException(Path file, Throwable cause) {
        super("Another program kept " + file + " locked for more than " + Database.BUSY_TIMEOUT_MS / 1000
                + " seconds, so nothing was written. Close any other program that has it open and try again.", cause);
        this.file = file;
    }

    public Path file() { return file; }

    public int timeoutSeconds() { return Database.BUSY_TIMEOUT_MS / 1000; }
}
