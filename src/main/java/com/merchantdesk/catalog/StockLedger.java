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
