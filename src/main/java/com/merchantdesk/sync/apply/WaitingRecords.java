package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pulled records whose parent is not here yet (table {@code sync_waiting}, V11): the feed lists a record once, at
 * its latest change, so a refund or parcel may come before its order's latest change (the order's first pull), and
 * a stock adjustment before its SKU. Such a record is kept as pulled, a newer pull of it replacing it, and applied
 * as soon as its parent is ({@link PulledChanges} releases them after each record it applies).
 */
final class WaitingRecords {

    private WaitingRecords() {}

    static void keep(Connection c, Change change, ChangeKind parentKind, String parentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_waiting(kind, id, parent_kind, parent_id, "
                + "changed_at, data) VALUES (?,?,?,?,?,?) ON CONFLICT(kind, id) DO UPDATE SET parent_kind = "
                + "excluded.parent_kind, parent_id = excluded.parent_id, changed_at = excluded.changed_at, "
                + "data = excluded.data")) {
            ps.setString(1, change.kind().wire());
            ps.setString(2, change.id());
            ps.setString(3, parentKind.wire());
            ps.setString(4, parentId);
            ps.setLong(5, change.changedAt() == null ? 0 : change.changedAt().toEpochMilli());
            ps.setString(6, change.data().toString());
            ps.executeUpdate();
        }
    }

    /** Takes out and answers the records that wait for this parent, oldest change first. */
    static List<Change> release(Connection c, ChangeKind parentKind, String parentId) throws SQLException {
        List<Change> waiting = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_waiting WHERE parent_kind = ? AND parent_id = ? "
                + "RETURNING kind, id, changed_at, data")) {
            ps.setString(1, parentKind.wire());
            ps.setString(2, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(new Change(ChangeKind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(2), false, Instant.ofEpochMilli(rs.getLong(3)), tree(rs.getString(4))));
                }
            }
        }
        waiting.sort(java.util.Comparator.comparing(Change::changedAt));
        return waiting;
    }

    /** The ids of the parents of this kind that records wait for. */
    static Set<String> parents(Connection c, ChangeKind parentKind) throws SQLException {
        Set<String> parents = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT parent_id FROM sync_waiting WHERE parent_kind = ?")) {
            ps.setString(1, parentKind.wire());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parents.add(rs.getString(1));
                }
            }
        }
        return parents;
    }

    /** How many records wait for a parent (the Sync view shows it; tests check it). */
    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sync_waiting");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return PlatformJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("A waiting pulled record is not JSON: " + e.getOriginalMessage());
        }
    }
}
