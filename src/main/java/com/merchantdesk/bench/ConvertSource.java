package com.merchantdesk.bench;

import com.merchantdesk.store.Migrator;
import com.merchantdesk.store.SqliteNativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * A database file given to {@code bench --convert}, looked at read-only before it is copied: it must be a Merchant
 * Desk database at an older schema version than this app's, else the conversion would measure nothing.
 *
 * @param version its schema version ({@code PRAGMA user_version})
 * @param orders  its orders (0 before the version that added them)
 */
public record ConvertSource(Path file, int version, long orders) {

    /** Why a file cannot be converted. */
    public enum Problem { MISSING, NOT_MERCHANT_DESK, ALREADY_CURRENT, TOO_NEW }

    /** The file is refused; nothing was copied or changed. */
    public static final class Refused extends RuntimeException {
        private final Problem problem;
        private final int version;

        Refused(Path file, Problem problem, int version) {
            super(file + ": " + problem + " (schema version " + version + ")");
            this.problem = problem;
            this.version = version;
        }

        public Problem problem() { return problem; }

        public int version() { return version; }
    }

    private static final int SQLITE_NOTADB = 26;

    /** @throws Refused when the file is missing, not a Merchant Desk database, current or from a newer app */
    public static ConvertSource inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Refused(file, Problem.MISSING, 0);
        }
        int latest = new Migrator().latestVersion();
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            int version = Migrator.currentVersion(c);
            // Version 1 made the catalogue: an SQLite file without it is someone else's.
            if (version < 1 || !hasTable(c, "sku") || !hasTable(c, "product")) {
                throw new Refused(file, Problem.NOT_MERCHANT_DESK, version);
            }
            if (version == latest) {
                throw new Refused(file, Problem.ALREADY_CURRENT, version);
            }
            if (version > latest) {
                throw new Refused(file, Problem.TOO_NEW, version);
            }
            return new ConvertSource(file, version, orders(c));
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB) {
                throw new Refused(file, Problem.NOT_MERCHANT_DESK, 0);
            }
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The orders in a database file (0 when it has no orders table yet). */
    static long orders(Connection c) throws SQLException {
        if (!hasTable(c, "orders")) {
            return 0;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
