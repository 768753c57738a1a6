package com.merchantdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a database file through a read-only connection, before anything may write to it: a damaged file
 * or one from a newer app is refused without a byte of it changed, so the seller can still hand it to a
 * newer version or a recovery tool.
 */
final class DatabaseFileCheck {

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private DatabaseFileCheck() {}

    /**
     * Runs {@code PRAGMA quick_check} and compares the schema version with {@code supportedVersion}.
     *
     * @return the file's schema version
     * @throws DatabaseDamagedException when the file is not a healthy SQLite database
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    static int inspect(Path file, int supportedVersion) {
        int version = readOnly(file, c -> {
            String verdict = Database.quickCheck(c);
            if (!"ok".equals(verdict)) {
                throw new DatabaseDamagedException(file, verdict);
            }
            return Migrator.currentVersion(c);
        });
        if (version > supportedVersion) {
            throw new DatabaseTooNewException(version, supportedVersion);
        }
        return version;
    }

    /**
     * The file's schema version, read without checking the rest of it.
     *
     * @throws DatabaseDamagedException when the file is not a database at all
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    static int version(Path file, int supportedVersion) {
        int version = readOnly(file, Migrator::currentVersion);
        if (version > supportedVersion) {
            throw new DatabaseTooNewException(version, supportedVersion);
        }
        return version;
    }

    /** Runs {@code work} on a read-only connection to {@code file}. */
    static <T> T readOnly(Path file, SqlWork<T> work) {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /**
     * What an SQLite error while opening or checking {@code file} means for the seller. SQLite reports damage
     * in two ways: as quick_check rows, or by failing the statement (a garbled header gives SQLITE_NOTADB, a
     * garbled table page read while preparing, e.g. the full-text index's, gives SQLITE_CORRUPT).
     */
    static StoreException failure(Path file, SQLException e) {
        int primaryCode = e.getErrorCode() & 0xff;
        if (primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB) {
            return new DatabaseDamagedException(file, e.getMessage(), e);
        }
        if (Database.isBusy(e)) {
            return new DatabaseBusyException(file, e);
        }
        return new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
    }
}
