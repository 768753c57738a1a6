package com.merchantdesk.sync;

import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.sync.pull.SyncPosition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * What waits and where sync stands, for `sync status`, the status bar and the end of a run: queued, sending,
 * failed and blocked changes, conflicts, lines to map, records waiting for another, and the feed position.
 */
public record SyncStatus(long queued, long sending, long failed, long blocked, long conflicts, long needsMapping,
                         long parked, long stockDifferences, boolean connected, String deskCode, boolean localOnly, boolean historyLoading,
                         Instant headAt, Instant lastRunAt, String lastOutcome) {

    /** Anything the seller must settle (exit code 3). */
    public boolean needsSeller() { return failed > 0 || blocked > 0 || conflicts > 0 || needsMapping > 0 || stockDifferences > 0; }

    /** Nothing left to send now. */
    public boolean drained() { return queued == 0 && sending == 0; }

    public static SyncStatus read(Connection c) throws SQLException {
        Map<OutboxState, Long> counts = Outbox.counts(c);
        SyncPosition.State position = SyncPosition.read(c);
        Instant lastRun = null;
        String lastOutcome = null;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT started_at, outcome FROM sync_run ORDER BY run_no DESC LIMIT 1")) {
            if (rs.next()) {
                lastRun = Instant.ofEpochMilli(rs.getLong(1));
                lastOutcome = rs.getString(2);
            }
        }
        return new SyncStatus(counts.get(OutboxState.QUEUED), counts.get(OutboxState.SENDING),
                counts.get(OutboxState.FAILED), counts.get(OutboxState.BLOCKED),
                count(c, "SELECT count(*) FROM sync_conflict"),
                count(c, "SELECT count(*) FROM order_line WHERE unmapped_sku IS NOT NULL"),
                count(c, "SELECT count(*) FROM sync_waiting"), count(c, "SELECT count(*) FROM sync_stock_difference"),
                position.feedCursor() != null, SyncIdentity.deskCode(c).orElse(null),
                SyncIdentity.isLocalOnly(c), position.history() != null, position.headAt(), lastRun, lastOutcome);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
