package com.merchantdesk.catalog;

import com.merchantdesk.store.Ids;
import com.merchantdesk.platform.AdjustmentReason;
import com.merchantdesk.platform.StockAdjustmentCreate;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stock ledger's write path, shared by manual adjustments, imports, orders and sync: a movement, the cached
 * on-hand level, and for a movement not tied to an order the outbox row that carries its delta to the platform as
 * a stock adjustment, all on the caller's transaction.
 */
public final class StockLedger {

    /**
     * The outbox entity of a stock adjustment: a movement not tied to an order, pushed by its own id. A sale, its
     * cancellation and a restocked refund are not queued: their order or refund carries them (brief, "Stock travels
     * as deltas").
     */
    public static final String OUTBOX_ENTITY = "stock_adjustment";

    /** Records a movement and returns it; {@code delta} may be negative. */
    public StockMovement record(Connection c, String skuId, MovementKind kind, long delta, String reason, String note,
                                String reference, Instant at) throws SQLException {
        return record(c, Ids.newIdString(), skuId, kind, delta, reason, note, reference, at);
    }

    /**
     * Records, once, a movement pulled from the platform by its own id (another desk's or the platform's stock
     * adjustment: the movement id is the adjustment id, as for the desk's own): the level moves, nothing is queued.
     * Returns empty when a movement of this id is here already (this desk's own adjustment, or one pulled before).
     */
    public java.util.Optional<StockMovement> recordPulled(Connection c, String movementId, String skuId, long delta,
                                                           String reason, String note, String reference, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stock_movement WHERE id = ?")) {
            ps.setString(1, movementId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(record(c, movementId, skuId, MovementKind.SYNCED, delta, reason, note, reference, at));
    }

    private StockMovement record(Connection c, String movementId, String skuId, MovementKind kind, long delta,
                                 String reason, String note, String reference, Instant at) throws SQLException {
        long onHand = onHand(c, skuId);
        long after = Math.addExact(onHand, delta);
        try (PreparedStatement ps = c.prepareStatement("UPDATE stock_level SET on_hand = ? WHERE sku_id = ?")) {
            ps.setLong(1, after);
            ps.setString(2, skuId);
            ps.executeUpdate();
        }
        StockMovement m = new StockMovement(movementId, skuId, kind, delta, after, nz(reason), nz(note),
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
        if (kind.travelsAsAdjustment() && delta != 0) {
            queueAdjustment(c, m);
        }
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
        // The same wire payload as queueAdjustment's (StockAdjustmentCreate), built by SQLite.
        long before = Outbox.lastSeq(c);
        String deskId = SyncIdentity.deskId(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, payload_version, created_at) "
                        + "SELECT n.outbox_key, '" + OUTBOX_ENTITY + "', m.id, 'create', json_object('id', m.id, "
                        + "'sku_id', m.sku_id, 'delta', m.delta, 'reason', 'counted', 'note', substr(m.reason, 1, 500), 'desk_id', ?, "
                        + "'at', ?), " + Outbox.WIRE_PAYLOAD_VERSION + ", m.occurred_at "
                        + "FROM " + counts + " n CROSS JOIN stock_movement m ON m.id = n.movement_id ORDER BY n.ord")) {
            ps.setString(1, deskId);
            ps.setString(2, at.toString());
            ps.executeUpdate();
        }
        Outbox.linkWaits(c, before, "SELECT o.seq, '" + CatalogService.OUTBOX_ENTITY + "' AS entity_type, "
                + "s.product_id AS entity_id FROM outbox o JOIN sku s ON s.id = o.payload ->> '$.sku_id' "
                + "WHERE o.entity_type = '" + OUTBOX_ENTITY + "'");
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

    /** Queues the movement as a stock adjustment, after the open rows of its SKU's product (its create). */
    private static void queueAdjustment(Connection c, StockMovement m) throws SQLException {
        StockAdjustmentCreate body = new StockAdjustmentCreate(m.id(), m.skuId(), m.delta(),
                AdjustmentReason.valueOf(m.kind().name()), wireNote(m), SyncIdentity.deskId(c), m.occurredAt());
        Outbox.append(c, new Outbox.Change(new OutboxKey(OUTBOX_ENTITY, m.id()), "create", WireJson.encode(body),
                m.occurredAt(), List.of(new OutboxKey(CatalogService.OUTBOX_ENTITY, productId(c, m.skuId())))));
    }

    /** The reason and note as the platform's one note ("delivery: box 1"), within its 500 characters. */
    private static String wireNote(StockMovement m) {
        String note = m.note().isEmpty() ? m.reason() : m.reason().isEmpty() ? m.note() : m.reason() + ": " + m.note();
        return note.length() > 500 ? note.substring(0, 500) : note;
    }

    private static String productId(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Unknown SKU " + skuId);
                }
                return rs.getString(1);
            }
        }
    }

    private static String nz(String s) { return s == null ? "" : s.strip(); }
}
