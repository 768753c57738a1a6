package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Who this desk is to the platform (table {@code sync_identity}, one row): its own UUID, made the first time a
 * change needs it and kept for good (a restored backup keeps it); the desk code the platform gave it at its first
 * connection; and whether the shop is local only (the demo shop: it never pushes).
 */
public final class SyncIdentity {

    private SyncIdentity() {}

    /** This desk's UUID, made now if it has none; must run inside a {@link Database#write}. */
    public static String deskId(Connection c) throws SQLException {
        Optional<String> known = text(c, "desk_id");
        if (known.isPresent()) {
            return known.get();
        }
        String id = Ids.newIdString();
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_identity SET desk_id = ? WHERE id = 1")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        return id;
    }

    /** The desk code, once the platform gave one. */
    public static Optional<String> deskCode(Connection c) throws SQLException {
        return text(c, "desk_code");
    }

    /** Records the desk code the platform gave at the first connection; it never changes afterwards. */
    public static void setDeskCode(Connection c, String code) throws SQLException {
        Optional<String> known = deskCode(c);
        if (known.isPresent() && !known.get().equals(code)) {
            throw new IllegalStateException("This desk already has the code " + known.get() + ", not " + code);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_identity SET desk_code = ? WHERE id = 1")) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
    }

    public static boolean isLocalOnly(Connection c) throws SQLException {
        return flag(c, "local_only");
    }

    /** Marks the shop as local only: nothing it queues is ever pushed (the local demo shop). */
    public static void markLocalOnly(Connection c) throws SQLException {
        setFlag(c, "local_only", true);
    }

    /** Whether the open outbox must be checked against the platform before anything is pushed (after a restore). */
    public static boolean outboxNeedsCheck(Connection c) throws SQLException {
        return flag(c, "check_outbox");
    }

    public static void setOutboxNeedsCheck(Connection c, boolean needed) throws SQLException {
        setFlag(c, "check_outbox", needed);
    }

    private static Optional<String> text(Connection c, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM sync_identity WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private static boolean flag(Connection c, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM sync_identity WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void setFlag(Connection c, String column, boolean on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_identity SET " + column + " = ? WHERE id = 1")) {
            ps.setInt(1, on ? 1 : 0);
            ps.executeUpdate();
        }
    }
}
