package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** WAL checkpoints after bulk work, and the clean-up a migration that rebuilt tables leaves to do. */
final class Checkpoints {

    /**
     * A migration that leaves more than this share of the file's pages free gets the file rewritten (VACUUM). V6
     * frees about a sixth of a file with a million orders (the order lines it rebuilt smaller); left in the file,
     * those pages would make it larger than before the conversion until new data filled them.
     */
    static final double VACUUM_FREE_SHARE = 0.10;

    private Checkpoints() {}

    /** {@code PRAGMA wal_checkpoint(TRUNCATE)}: the WAL's pages go into the file and the WAL is cut to 0 bytes. */
    static void truncate(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            rs.next();
        }
    }

    /**
     * A rebuilt table leaves its old pages free in the file; when they are a large share of it (V3 frees about
     * half of a file with a million orders) the file is rewritten without them, then the WAL is truncated.
     */
    static void afterMigration(Connection c) throws SQLException {
        long pages = pragma(c, "page_count");
        long free = pragma(c, "freelist_count");
        if (pages > 0 && free > pages * VACUUM_FREE_SHARE) {
            truncate(c);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM");
            }
        }
        truncate(c);
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
