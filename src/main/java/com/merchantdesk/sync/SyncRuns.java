package com.merchantdesk.sync;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run log ({@code sync_run}) as the Sync screen and the status bar read it: the recent runs, when sync last
 * reached the platform, and the orders of the platform that a run brought.
 */
public final class SyncRuns {

    /** One run: {@code finishedAt} and {@code outcome} are null while it runs (or when it was cut off). */
    public record Run(long runNo, Instant startedAt, Instant finishedAt, int pushed, int pulled, SyncOutcome outcome,
                      String error) {
        /** How long it took; null while it runs. */
        public Duration took() { return finishedAt == null ? null : Duration.between(startedAt, finishedAt); }
    }

    private SyncRuns() {}

    /** The latest runs, newest first. */
    public static List<Run> recent(Connection c, int limit) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT run_no, started_at, finished_at, pushed, pulled, outcome, "
                + "error FROM sync_run ORDER BY run_no DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long finished = rs.getLong(3);
                    Instant finishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finished);
                    String outcome = rs.getString(6);
                    runs.add(new Run(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), finishedAt, rs.getInt(4),
                            rs.getInt(5), outcome == null ? null : SyncOutcome.valueOf(outcome), rs.getString(7)));
                }
            }
        }
        return runs;
    }

    /** When a run last finished having reached the platform (in step, or in step but waiting for the seller). */
    public static Instant lastSuccess(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(finished_at) FROM sync_run "
                + "WHERE outcome IN ('CONVERGED', 'NEEDS_SELLER')")) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return at == 0 ? null : Instant.ofEpochMilli(at);
        }
    }

    /** The highest order number key now: a run's new orders are those above it. */
    public static long lastOrderNo(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(order_no) FROM orders")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The platform's orders stored after {@code afterOrderNo} that were placed at or after {@code placedSince}: the
     * new online orders a run brought, not the older history it reads (by the primary key's range, so cheap).
     */
    public static long newPlatformOrders(Connection c, long afterOrderNo, Instant placedSince) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders WHERE order_no > ? AND channel = ? "
                + "AND created_at >= ?")) {
            ps.setLong(1, afterOrderNo);
            ps.setInt(2, OrderCodes.of(Channel.PLATFORM));
            ps.setLong(3, placedSince.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
