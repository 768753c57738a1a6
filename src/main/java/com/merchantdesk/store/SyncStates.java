package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link SyncState} of the records a list shows, in one query per page (never one per row): from the outbox
 * (by its index on entity type, id and state), the conflicts kept, the record's platform version and, for orders,
 * whether a line needs mapping.
 */
public final class SyncStates {

    private SyncStates() {}

    /**
     * The SQL expression of a record's state code: {@code idText} is the record's UUID as text (as the outbox keeps
     * it), {@code platformVersion} its platform version column, {@code needsMapping} a condition or null.
     */
    public static String expression(String entityType, String idText, String platformVersion, String needsMapping) {
        String outbox = "SELECT 1 FROM outbox b WHERE b.entity_type = '" + entityType + "' AND b.entity_id = " + idText
                + " AND b.state ";
        return "CASE WHEN (SELECT local_only FROM sync_identity WHERE id = 1) = 1 THEN " + SyncState.LOCAL_ONLY.ordinal()
                + " WHEN EXISTS (SELECT 1 FROM sync_conflict k WHERE k.entity_type = '" + entityType
                + "' AND k.entity_id = " + idText + ") THEN " + SyncState.CONFLICT.ordinal()
                + (needsMapping == null ? "" : " WHEN " + needsMapping + " THEN " + SyncState.NEEDS_MAPPING.ordinal())
                + " WHEN EXISTS (" + outbox + "IN (3, 4)) THEN " + SyncState.FAILED.ordinal()
                + " WHEN EXISTS (" + outbox + "= 1) THEN " + SyncState.SENT.ordinal()
                + " WHEN EXISTS (" + outbox + "= 0) THEN " + SyncState.QUEUED.ordinal()
                + " WHEN " + platformVersion + " IS NOT NULL OR EXISTS (" + outbox + "= 2) THEN "
                + SyncState.ACKNOWLEDGED.ordinal()
                + " ELSE " + SyncState.LOCAL_ONLY.ordinal() + " END";
    }

    /**
     * The SQL condition "not yet on the platform" for a list's filter: the record has a create in the outbox the
     * platform has not acknowledged (queued, sending, failed or blocked), and the shop is not local only (whose
     * records never go up, so their state is local only, not waiting). {@code idColumn} is the record's id column,
     * {@code blobId} whether it holds 16 bytes (orders, shipments) rather than the text the outbox keeps. The open
     * creates come first, from their own index ({@code outbox_open_create}, V14), and each finds its record by the
     * id's unique index: the cost follows the records waiting, not the size of the table or of the outbox.
     */
    public static String notOnPlatform(String entityType, String idColumn, boolean blobId) {
        String outboxId = blobId ? "unhex(replace(b.entity_id, '-', ''))" : "b.entity_id";
        return "(SELECT local_only FROM sync_identity WHERE id = 1) IS NOT 1 AND " + idColumn + " IN (SELECT " + outboxId
                + " FROM outbox b WHERE b.entity_type = '" + entityType + "' AND b.state <> "
                + OutboxState.ACKNOWLEDGED.code() + " AND b.operation = 'create')";
    }

    /** A 16-byte UUID column as the text the outbox keeps ({@code 01890a5d-ac96-...}). */
    public static String uuidText(String blobColumn) {
        String hex = "hex(" + blobColumn + ")";
        return "lower(substr(" + hex + ", 1, 8) || '-' || substr(" + hex + ", 9, 4) || '-' || substr(" + hex
                + ", 13, 4) || '-' || substr(" + hex + ", 17, 4) || '-' || substr(" + hex + ", 21))";
    }

    /**
     * The states of the rows of {@code table} whose key column {@code keyColumn} is among {@code keys}, by key, in
     * one query. {@code expression} is made by {@link #expression} over the table's alias {@code r}.
     */
    public static Map<Long, SyncState> byKey(Connection c, String table, String keyColumn, String expression,
                                             Collection<Long> keys) throws SQLException {
        Map<Long, SyncState> states = new HashMap<>();
        if (keys.isEmpty()) {
            return states;
        }
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT r." + keyColumn + ", " + expression + " FROM " + table
                + " r WHERE r." + keyColumn + " IN (" + marks + ")")) {
            int i = 1;
            for (long key : keys) {
                ps.setLong(i++, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getLong(1), SyncState.of(rs.getInt(2)));
                }
            }
        }
        return states;
    }

    /**
     * Like {@link #byKey}, for a table whose rows a list knows by their text id (products, SKUs, customers) or, with
     * {@code blobId}, by the UUID text of a 16-byte id (shipments).
     */
    public static Map<String, SyncState> byId(Connection c, String table, String idColumn, boolean blobId,
                                              String expression, Collection<String> ids) throws SQLException {
        Map<String, SyncState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), blobId ? "unhex(replace(?, '-', ''))" : "?"));
        String id = blobId ? uuidText("r." + idColumn) : "r." + idColumn;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + id + ", " + expression + " FROM " + table
                + " r WHERE r." + idColumn + " IN (" + marks + ")")) {
            int i = 1;
            for (String value : ids) {
                ps.setString(i++, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), SyncState.of(rs.getInt(2)));
                }
            }
        }
        return states;
    }
}
