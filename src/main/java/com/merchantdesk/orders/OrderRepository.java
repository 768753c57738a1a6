package com.merchantdesk.orders;

import com.merchantdesk.customers.AddressJson;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for orders, their lines, history and search words, on the caller's connection and transaction. */
final class OrderRepository {

    /** The customer's UUID comes from its row: orders keep its integer key (customer_no). */
    static final String ORDER_COLUMNS = "order_no, id, number, channel, status, "
            + "(SELECT c.id FROM customer c WHERE c.customer_no = orders.customer_no), customer_name, "
            + "customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, shipping_fee_minor, "
            + "tax_rate_bp, tax_minor, total_minor, refunded_minor, payment_method, payment_state, memo, memo_flag, "
            + "oversold, created_at, updated_at, paid_at";

    /** An order with its integer key, which lines and history point at. */
    record Stored(long orderNo, Order order) {}

    long insert(Connection c, Order o) throws SQLException {
        long orderNo;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(id, number, channel, status, customer_no, "
                + "customer_name, customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, "
                + "shipping_fee_minor, tax_rate_bp, tax_minor, total_minor, refunded_minor, line_count, item_count, "
                + "payment_method, payment_state, memo, memo_flag, oversold, created_at, updated_at, paid_at) "
                + "VALUES (?,?,?,?,(SELECT customer_no FROM customer WHERE id = ?),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            bindColumns(ps, 1, o);
            ps.executeUpdate();
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            orderNo = rs.getLong(1);
        }
        // The SKU by its integer key (sku_no): 8 bytes or fewer per line and in the index, instead of a 36-byte UUID.
        // Title and option label only when they differ from the catalogue's (V6, OrderLineWords).
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_line(order_no, position, sku_no, sku_code, "
                + "title, option_label, unit_price_minor, quantity, discount_minor, refunded_quantity, cost_minor) "
                + "SELECT ?, ?, s.sku_no, ?, " + OrderLineWords.STORED_TITLE + ", " + OrderLineWords.STORED_OPTION_LABEL
                + ", ?, ?, ?, ?, s.cost_minor FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = ?");
             PreparedStatement without = c.prepareStatement("INSERT INTO order_line(order_no, position, sku_no, "
                     + "sku_code, title, option_label, unit_price_minor, quantity, discount_minor, refunded_quantity, "
                     + "unmapped_sku) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (OrderLine l : o.lines()) {
                if (!l.hasSku()) {
                    // A pulled line of a SKU the desk does not know (or of none): it keeps its own words.
                    without.setLong(1, orderNo);
                    without.setInt(2, l.position());
                    without.setString(3, l.skuCode());
                    without.setString(4, l.title());
                    without.setString(5, l.optionLabel());
                    without.setLong(6, l.unitPrice().minorUnits());
                    without.setLong(7, l.quantity());
                    without.setLong(8, l.discount().minorUnits());
                    without.setLong(9, l.refundedQuantity());
                    without.setString(10, l.unmappedSku());
                    without.executeUpdate();
                    continue;
                }
                // The SKU's cost as it is now is the line's cost at sale (schema V4; margins, docs/sales.md).
                ps.setLong(1, orderNo);
                ps.setInt(2, l.position());
                ps.setString(3, l.skuCode());
                ps.setString(4, l.title());
                ps.setString(5, l.optionLabel());
                ps.setLong(6, l.unitPrice().minorUnits());
                ps.setLong(7, l.quantity());
                ps.setLong(8, l.discount().minorUnits());
                ps.setLong(9, l.refundedQuantity());
                ps.setString(10, l.skuId());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No SKU " + l.skuId() + " for line " + l.position());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_search(rowid, terms, facets) VALUES (?,?,?)")) {
            ps.setLong(1, orderNo);
            ps.setString(2, terms(o));
            ps.setString(3, OrderSearchText.facets(o.status(), o.channel()));
            ps.executeUpdate();
        }
        return orderNo;
    }

    /**
     * Binds the order's columns from {@code first} on, in the order of {@link #insert}'s column list (id … paid_at;
     * the customer as its UUID, for a {@code (SELECT customer_no FROM customer WHERE id = ?)}): 26 parameters. The
     * pulled orders' writer binds the same columns after its own order_no.
     */
    static void bindColumns(PreparedStatement ps, int first, Order o) throws SQLException {
        OrderTotals t = o.totals();
        ps.setBytes(first, Ids.toBytes(UUID.fromString(o.id())));
        ps.setString(first + 1, o.number());
        ps.setInt(first + 2, OrderCodes.of(o.channel()));
        ps.setInt(first + 3, OrderCodes.of(o.status()));
        ps.setString(first + 4, o.customerId());
        ps.setString(first + 5, o.customerName());
        ps.setString(first + 6, o.customerPhone());
        ps.setString(first + 7, AddressJson.write(o.shippingAddress()));
        ps.setString(first + 8, o.currency().getCurrencyCode());
        ps.setLong(first + 9, t.subtotal().minorUnits());
        ps.setLong(first + 10, t.orderDiscount().minorUnits());
        ps.setLong(first + 11, t.shippingFee().minorUnits());
        ps.setInt(first + 12, t.taxRateBasisPoints());
        ps.setLong(first + 13, t.tax().minorUnits());
        ps.setLong(first + 14, t.total().minorUnits());
        ps.setLong(first + 15, o.refunded().minorUnits());
        ps.setInt(first + 16, o.lines().size());
        ps.setLong(first + 17, o.itemCount());
        ps.setInt(first + 18, OrderCodes.of(o.paymentMethod()));
        ps.setInt(first + 19, OrderCodes.of(o.paymentState()));
        ps.setString(first + 20, o.memo());
        ps.setInt(first + 21, OrderCodes.of(o.memoFlag()));
        ps.setInt(first + 22, o.oversold() ? 1 : 0);
        ps.setLong(first + 23, o.createdAt().toEpochMilli());
        ps.setLong(first + 24, o.updatedAt().toEpochMilli());
        if (o.paidAt() == null) {
            ps.setNull(first + 25, Types.INTEGER);
        } else {
            ps.setLong(first + 25, o.paidAt().toEpochMilli());
        }
    }

    void addHistory(Connection c, long orderNo, OrderStatus from, OrderStatus to, String actor, String note, Instant at)
            throws SQLException {
        // seq counts the order's own steps (0 for its creation): the table is keyed by (order_no, seq). It is read
        // first: an INSERT that reads its own table in a subquery runs through a temporary table each time.
        int seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(seq) FROM order_status_history WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int last = rs.getInt(1);
                seq = rs.wasNull() ? 0 : last + 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_status_history(order_no, seq, from_status, "
                + "to_status, actor, note, occurred_at) VALUES (?1, ?7, ?2, ?3, ?4, ?5, ?6)")) {
            ps.setInt(7, seq);
            ps.setLong(1, orderNo);
            if (from == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setInt(2, OrderCodes.of(from));
            }
            ps.setInt(3, OrderCodes.of(to));
            ps.setString(4, actor == null ? "" : actor.strip());
            ps.setString(5, note == null ? "" : note);
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Writes the order's changeable fields: status, payment, refunded money, memo, times. */
    void updateState(Connection c, long orderNo, Order o, OrderStatus before) throws SQLException {
        if (o.status() != before) {
            updateFacets(c, orderNo, o);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = ?, payment_state = ?, "
                + "refunded_minor = ?, memo = ?, memo_flag = ?, updated_at = ?, paid_at = ? WHERE order_no = ?")) {
            ps.setInt(1, OrderCodes.of(o.status()));
            ps.setInt(2, OrderCodes.of(o.paymentState()));
            ps.setLong(3, o.refunded().minorUnits());
            ps.setString(4, o.memo());
            ps.setInt(5, OrderCodes.of(o.memoFlag()));
            ps.setLong(6, o.updatedAt().toEpochMilli());
            if (o.paidAt() == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setLong(7, o.paidAt().toEpochMilli());
            }
            ps.setLong(8, orderNo);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps the search index's status facet in step with the order. The index keeps no copy of its text
     * (contentless), so a change rewrites the whole row: its words are made again from the order.
     */
    void updateFacets(Connection c, long orderNo, Order o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE order_search SET terms = ?, facets = ? WHERE rowid = ?")) {
            ps.setString(1, terms(o));
            ps.setString(2, OrderSearchText.facets(o.status(), o.channel()));
            ps.setLong(3, orderNo);
            ps.executeUpdate();
        }
    }

    static String terms(Order o) {
        return OrderSearchText.orderTerms(o.number(), o.customerName(), o.customerPhone(),
                o.lines().stream().map(OrderLine::skuCode).distinct().toList());
    }

    /**
     * Records a refund as made (schema V4's {@code order_refund}): its money, the units per line position
     * ({@code "0:1,2:3"}), restocked or not, and when. Returns its number among the order's refunds, from 0.
     */
    int addRefund(Connection c, long orderNo, long amountMinor, boolean restocked, java.util.Map<Integer, Long> units,
                  Instant at) throws SQLException {
        return addRefund(c, orderNo, amountMinor, restocked, units, at, null);
    }

    /** {@link #addRefund}, keeping the platform's id of a refund made elsewhere ({@code null} for the desk's own). */
    int addRefund(Connection c, long orderNo, long amountMinor, boolean restocked, java.util.Map<Integer, Long> units,
                  Instant at, String platformRefundId) throws SQLException {
        int seq;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(seq) + 1, 0) FROM order_refund WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
        }
        StringBuilder text = new StringBuilder();
        units.forEach((position, count) -> {
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ",").append(position).append(':').append(count);
            }
        });
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_refund(order_no, seq, amount_minor, restocked, "
                + "units, occurred_at, refund_id) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, orderNo);
            ps.setInt(2, seq);
            ps.setLong(3, amountMinor);
            ps.setInt(4, restocked ? 1 : 0);
            ps.setString(5, text.toString());
            ps.setLong(6, at.toEpochMilli());
            ps.setBytes(7, platformRefundId == null ? null : Ids.toBytes(UUID.fromString(platformRefundId)));
            ps.executeUpdate();
        }
        return seq;
    }

    void updateRefundedQuantity(Connection c, long orderNo, int position, long refunded) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE order_line SET refunded_quantity = ? WHERE order_no = ? AND position = ?")) {
            ps.setLong(1, refunded);
            ps.setLong(2, orderNo);
            ps.setInt(3, position);
            ps.executeUpdate();
        }
    }

    Optional<Stored> find(Connection c, String orderId) throws SQLException {
        Optional<byte[]> id = Ids.toBytes(orderId);
        return id.isEmpty() ? Optional.empty() : findWhere(c, "id = ?", id.get());
    }

    Optional<Stored> findByNumber(Connection c, String number) throws SQLException {
        return findWhere(c, "number = ?", number == null ? "" : number.strip());
    }

    private Optional<Stored> findWhere(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders WHERE " + condition)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long orderNo = rs.getLong(1);
                return Optional.of(new Stored(orderNo, order(rs, lines(c, orderNo, Currency.getInstance(rs.getString(10))))));
            }
        }
    }

    List<OrderLine> lines(Connection c, long orderNo, Currency currency) throws SQLException {
        List<OrderLine> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.position, s.id, l.sku_code, " + OrderLineWords.TITLE
                + ", " + OrderLineWords.OPTION_LABEL + ", l.unit_price_minor, l.quantity, l.discount_minor, "
                + "l.refunded_quantity, l.unmapped_sku FROM order_line l LEFT JOIN sku s ON s.sku_no = l.sku_no "
                + "LEFT JOIN product p ON p.id = s.product_id WHERE l.order_no = ? ORDER BY l.position")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new OrderLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), new Money(rs.getLong(6), currency), rs.getLong(7),
                            new Money(rs.getLong(8), currency), rs.getLong(9), rs.getString(10)));
                }
            }
        }
        return lines;
    }

    List<StatusChange> history(Connection c, long orderNo, String orderId) throws SQLException {
        List<StatusChange> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT from_status, to_status, actor, note, occurred_at "
                + "FROM order_status_history WHERE order_no = ? ORDER BY seq")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int from = rs.getInt(1);
                    OrderStatus fromStatus = rs.wasNull() ? null : OrderCodes.status(from);
                    result.add(new StatusChange(orderId, fromStatus, OrderCodes.status(rs.getInt(2)), rs.getString(3),
                            rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return result;
    }

    private static Order order(ResultSet rs, List<OrderLine> lines) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString(10));
        OrderTotals totals = new OrderTotals(new Money(rs.getLong(11), currency), new Money(rs.getLong(12), currency),
                new Money(rs.getLong(13), currency), rs.getInt(14), new Money(rs.getLong(15), currency),
                new Money(rs.getLong(16), currency));
        long paidAt = rs.getLong(25);
        Instant paid = rs.wasNull() ? null : Instant.ofEpochMilli(paidAt);
        return new Order(Ids.fromBytes(rs.getBytes(2)), rs.getString(3), OrderCodes.channel(rs.getInt(4)), rs.getString(6),
                rs.getString(7), rs.getString(8), AddressJson.read(rs.getString(9)), lines, totals, currency,
                OrderCodes.paymentMethod(rs.getInt(18)), OrderCodes.paymentState(rs.getInt(19)),
                new Money(rs.getLong(17), currency), rs.getString(20), OrderCodes.memoFlag(rs.getInt(21)),
                rs.getInt(22) != 0, OrderCodes.status(rs.getInt(5)), Instant.ofEpochMilli(rs.getLong(23)),
                Instant.ofEpochMilli(rs.getLong(24)), paid);
    }
}
