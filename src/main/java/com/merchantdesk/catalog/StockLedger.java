package com.merchantdesk.catalog;

import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock ledger's write path, shared by manual adjustments, imports, and later orders and sync: a
 * movement, the cached on-hand level, and the outbox row that carries the delta to the platform, all on
 * the caller's transaction.
 */
public final class StockLedger {

    public static final String OUTBOX_ENTITY = "stock";

    /** Records a movement and returns it; {@code delta} may be negative. */
    public StockMovement record(Connection c, String skuId, MovementKind kind, long delta, String reason, String note,
                                String reference, Instant at) throws SQLException {
        long onHand = onHand(c, skuId);
        long after = Math.addExact(onHand, delta);
        try (PreparedStatement ps = c.prepareStatement("UPDATE stock_level SET on_hand = ? WHERE sku_id = ?")) {
            ps.setLong(1, after);
            ps.setString(2, skuId);
            ps.executeUpdate();
        }
        StockMovement m = new StockMovement(Ids.newIdString(), skuId, kind, delta, after, nz(reason), nz(note),
                nz(reference), at);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stock_movement(id, sku_id, kind, delta, on_hand_after, reason, note, reference, occurred_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, m.id());
            ps.setString(2, skuId);
            ps.setString(3, kind.name());
            ps.setLong(4, delta);
            ps.setLong(5, after);
            ps.setString(6, m.reason());
            ps.setString(7, m.note());
            ps.setString(8, m.reference());
            ps.setLong(9, at.toEpochMilli());
            ps.executeUpdate();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("movementId", m.id());
        payload.put("skuId", skuId);
        payload.put("skuCode", skuCode(c, skuId));
        payload.put("kind", kind.name());
        payload.put("delta", delta);
        payload.put("reference", m.reference());
        payload.put("occurredAt", at.toString());
        Outbox.append(c, OUTBOX_ENTITY, skuId, "movement", payload, at);
        return m;
    }

    /**
     * Records counted stock in bulk, as {@link #record} would one by one with {@link MovementKind#COUNTED}: for
     * every row of {@code counts} whose quantity differs from the SKU's on-hand now, a movement of the difference,
     * the new level, and the outbox row of the movement, in the order of {@code counts}. {@code counts} is a table
     * (of an attached bulk job) with the columns {@code ord} (its order), {@code sku_id}, {@code on_hand} (the
     * count), {@code movement_id} and {@code outbox_key} (fresh ids for the movement and its outbox row). Returns
     * how many movements were recorded; SKUs that do not exist are left out (the caller checks beforehand).
     */
    public int recordCounts(Connection c, String counts, String reason, String reference, Instant at)
            throws SQLException {
        int recorded;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stock_movement(id, sku_id, kind, delta, on_hand_after, reason, note, reference, occurred_at) "
                        + "SELECT n.movement_id, n.sku_id, 'COUNTED', n.on_hand - l.on_hand, n.on_hand, ?, '', ?, ? "
                        + "FROM " + counts + " n CROSS JOIN stock_level l ON l.sku_id = n.sku_id "
                        + "WHERE l.on_hand <> n.on_hand ORDER BY n.ord")) {
            ps.setString(1, nz(reason));
            ps.setString(2, nz(reference));
            ps.setLong(3, at.toEpochMilli());
            recorded = ps.executeUpdate();
        }
        // The same payload as record's, built by SQLite: movementId, skuId, skuCode, kind, delta, reference, occurredAt.
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at) "
                        + "SELECT n.outbox_key, '" + OUTBOX_ENTITY + "', m.sku_id, 'movement', json_object('movementId', m.id, "
                        + "'skuId', m.sku_id, 'skuCode', s.code, 'kind', m.kind, 'delta', m.delta, 'reference', m.reference, "
                        + "'occurredAt', ?), m.occurred_at "
                        + "FROM " + counts + " n CROSS JOIN stock_movement m ON m.id = n.movement_id "
                        + "CROSS JOIN sku s ON s.id = m.sku_id ORDER BY n.ord")) {
            ps.setString(1, at.toString());
            ps.executeUpdate();
        }
        try (var st = c.createStatement()) {
            st.executeUpdate("UPDATE stock_level SET on_hand = n.on_hand FROM " + counts + " n "
                    + "WHERE stock_level.sku_id = n.sku_id AND stock_level.on_hand <> n.on_hand");
        }
        return recorded;
    }

    public long onHand(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT on_hand FROM stock_level WHERE sku_id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Unknown SKU " + skuId);
                }
                return rs.getLong(1);
            }
        }
    }

    public boolean hasMovements(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stock_movement WHERE sku_id = ? LIMIT 1")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Newest first. */
    public List<StockMovement> history(Connection c, String skuId, int limit) throws SQLException {
        List<StockMovement> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, sku_id, kind, delta, on_hand_after, reason, note, reference, occurred_at FROM stock_movement "
                        + "WHERE sku_id = ? ORDER BY occurred_at DESC, rowid DESC LIMIT ?")) {
            ps.setString(1, skuId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new StockMovement(rs.getString(1), rs.getString(2), MovementKind.valueOf(rs.getString(3)),
                            rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            Instant.ofEpochMilli(rs.getLong(9))));
                }
            }
        }
        return result;
    }

    private static String skuCode(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM sku WHERE id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String nz(String s) { return s == null ? "" : s.strip(); }
}
