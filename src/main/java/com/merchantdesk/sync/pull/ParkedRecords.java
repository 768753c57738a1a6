package com.merchantdesk.sync.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.Ids;
import com.merchantdesk.sync.apply.PulledChanges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Applies pulled records in an order the store accepts. The feed lists a record at its latest change, so a refund
 * can come before its order (the order changed after it) and a SKU before its product: such a record is parked
 * (table sync_parked) and applied, in the same transaction as its parent, as soon as the parent is applied.
 */
public final class ParkedRecords {

    /** A record kind, the kind it needs first, and the field that names it. */
    private record Parent(ChangeKind kind, String field) {}

    private final PulledChanges appliers;

    public ParkedRecords(PulledChanges appliers) { this.appliers = appliers; }

    /**
     * Applies one change or parks it; then applies whatever waited for it. Answers the kind with no local home,
     * if any (nothing of that change was written).
     */
    public Optional<ChangeKind> apply(Connection c, Change change) throws SQLException {
        Deque<Change> work = new ArrayDeque<>();
        work.add(change);
        while (!work.isEmpty()) {
            Change next = work.poll();
            Parent parent = next.deleted() || next.data() == null ? null : parentOf(next.kind());
            if (parent != null) {
                String parentId = next.data().path(parent.field()).asText("");
                if (!parentId.isEmpty() && !exists(c, parent.kind(), parentId)) {
                    park(c, next, parent.kind(), parentId);
                    continue;
                }
            }
            Optional<ChangeKind> homeless = appliers.apply(c, next);
            if (homeless.isPresent()) {
                return homeless;
            }
            unpark(c, next.kind(), next.id());
            work.addAll(waitingFor(c, next.kind(), next.id()));
        }
        return Optional.empty();
    }

    public static long count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_parked")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Parent parentOf(ChangeKind kind) {
        return switch (kind) {
            case SKU -> new Parent(ChangeKind.PRODUCT, "product_id");
            case STOCK, STOCK_ADJUSTMENT -> new Parent(ChangeKind.SKU, "sku_id");
            case REFUND, SHIPMENT, AFTER_SALE -> new Parent(ChangeKind.ORDER, "order_id");
            default -> null;
        };
    }

    private static boolean exists(Connection c, ChangeKind kind, String id) throws SQLException {
        String sql = switch (kind) {
            case PRODUCT -> "SELECT 1 FROM product WHERE id = ?";
            case SKU -> "SELECT 1 FROM sku WHERE id = ?";
            case ORDER -> "SELECT 1 FROM orders WHERE id = ?";
            default -> throw new IllegalArgumentException(kind.toString());
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (kind == ChangeKind.ORDER) {
                Optional<byte[]> bytes = Ids.toBytes(id);
                if (bytes.isEmpty()) {
                    return false;
                }
                ps.setBytes(1, bytes.get());
            } else {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void park(Connection c, Change change, ChangeKind parentKind, String parentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_parked(kind, id, parent_kind, parent_id, data) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET parent_kind = excluded.parent_kind, "
                + "parent_id = excluded.parent_id, data = excluded.data")) {
            ps.setString(1, change.kind().wire());
            ps.setString(2, change.id());
            ps.setString(3, parentKind.wire());
            ps.setString(4, parentId);
            ps.setString(5, change.data().toString());
            ps.executeUpdate();
        }
    }

    private static void unpark(Connection c, ChangeKind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_parked WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.wire());
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private static List<Change> waitingFor(Connection c, ChangeKind kind, String id) throws SQLException {
        List<Change> children = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, id, data FROM sync_parked WHERE parent_kind = ? AND parent_id = ? ORDER BY kind, id")) {
            ps.setString(1, kind.wire());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode data;
                    try {
                        data = PlatformJson.mapper().readTree(rs.getString(3));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("A parked record is not JSON", e);
                    }
                    children.add(new Change(ChangeKind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(2), false, null, data));
                }
            }
        }
        return children;
    }
}
