package com.merchantdesk.sandbox.store;

import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.PlatformOrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Orders as the platform keeps them: the wire record, with its status, channel and time as columns for filters. */
public final class Orders {

    /** Statuses after which nothing more is expected of an order. */
    public static final Set<PlatformOrderStatus> CLOSED = EnumSet.of(PlatformOrderStatus.CANCELLED,
            PlatformOrderStatus.DELIVERED, PlatformOrderStatus.REFUNDED);

    private Orders() {}

    public static Optional<Order> find(Connection c, Seller seller, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM orders WHERE seller_no = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Docs.read(rs.getString(1), Order.class)) : Optional.empty();
            }
        }
    }

    public static Optional<String> findDoc(Connection c, Seller seller, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM orders WHERE seller_no = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Inserts or replaces an order and records the change. */
    public static void put(Connection c, Seller seller, Order order, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO orders(seller_no, id, number, channel, status, open, created_at, version, doc) VALUES (?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT(seller_no, id) DO UPDATE SET status = excluded.status, open = excluded.open,"
                        + " version = excluded.version, doc = excluded.doc")) {
            ps.setLong(1, seller.no());
            ps.setString(2, order.id());
            ps.setString(3, order.number());
            ps.setString(4, order.channel().wire());
            ps.setString(5, order.status().wire());
            ps.setInt(6, CLOSED.contains(order.status()) ? 0 : 1);
            ps.setLong(7, order.placedAt().toEpochMilli());
            ps.setLong(8, order.version());
            ps.setString(9, Docs.write(order));
            ps.executeUpdate();
        }
        Feed.record(c, seller, ChangeKind.ORDER, order.id(), now);
    }

    /**
     * A page of orders after {@code afterId}, by id; only open ones if {@code openOnly}, only those placed at or
     * after {@code placedSince} if not null.
     */
    public static List<StoredRecord> page(Connection c, Seller seller, String afterId, int limit, boolean openOnly,
                                          Instant placedSince) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, version, doc FROM orders WHERE seller_no = ? AND id > ?");
        if (openOnly) {
            sql.append(" AND open = 1");
        }
        if (placedSince != null) {
            sql.append(" AND created_at >= ?");
        }
        sql.append(" ORDER BY id LIMIT ?");
        List<StoredRecord> docs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setLong(i++, seller.no());
            ps.setString(i++, afterId);
            if (placedSince != null) {
                ps.setLong(i++, placedSince.toEpochMilli());
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    docs.add(new StoredRecord(rs.getString(1), null, rs.getLong(2), java.util.Map.of(), rs.getString(3)));
                }
            }
        }
        return docs;
    }
}
