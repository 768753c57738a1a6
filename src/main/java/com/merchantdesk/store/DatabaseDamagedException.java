package com.merchantdesk.store;

import java.nio.file.Path;

/** {@code PRAGMA quick_check} found damage, or the file is not a database at all. */
public class DatabaseDamagedException extends StoreException {
    private final Path file;

    public DatabaseDamagedException(Path file, String detail) {
        this(file, detail, null);
    }

    public DatabaseDamagedException(Path file, String detail, Throwable cause) {
        super("The database " + file + " is damaged (" + detail + "). Restore a backup to continue.", cause);
        this.file = file;
    }

    public Path file() { return file; }
}
