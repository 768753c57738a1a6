package com.merchantdesk.orders;

import com.merchantdesk.customers.AddressJson;
import com.merchantdesk.kernel.Money;
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

/** SQL for orders, their lines, history and search words, on the caller's connection and transaction. */
final class OrderRepository {

    static final String ORDER_COLUMNS = "order_no, id, number, channel, status, customer_id, customer_name, "
            + "customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, shipping_fee_minor, "
            + "tax_rate_bp, tax_minor, total_minor, refunded_minor, payment_method, payment_state, memo, memo_flag, "
            + "oversold, created_at, updated_at, paid_at";

    /** An order with its integer key, which lines and history point at. */
    record Stored(long orderNo, Order order) {}

    long insert(Connection c, Order o) throws SQLException {
        long orderNo;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(id, number, channel, status, customer_id, "
                + "customer_name, customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, "
                + "shipping_fee_minor, tax_rate_bp, tax_minor, total_minor, refunded_minor, line_count, item_count, "
                + "payment_method, payment_state, memo, memo_flag, oversold, created_at, updated_at, paid_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            OrderTotals t = o.totals();
            ps.setString(1, o.id());
            ps.setString(2, o.number());
            ps.setString(3, o.channel().name());
            ps.setString(4, o.status().name());
            ps.setString(5, o.customerId());
            ps.setString(6, o.customerName());
            ps.setString(7, o.customerPhone());
            ps.setString(8, AddressJson.write(o.shippingAddress()));
            ps.setString(9, o.currency().getCurrencyCode());
            ps.setLong(10, t.subtotal().minorUnits());
            ps.setLong(11, t.orderDiscount().minorUnits());
            ps.setLong(12, t.shippingFee().minorUnits());
            ps.setInt(13, t.taxRateBasisPoints());
            ps.setLong(14, t.tax().minorUnits());
            ps.setLong(15, t.total().minorUnits());
            ps.setLong(16, o.refunded().minorUnits());
            ps.setInt(17, o.lines().size());
            ps.setLong(18, o.itemCount());
            ps.setString(19, o.paymentMethod().name());
            ps.setString(20, o.paymentState().name());
            ps.setString(21, o.memo());
            ps.setString(22, o.memoFlag().name());
            ps.setInt(23, o.oversold() ? 1 : 0);
            ps.setLong(24, o.createdAt().toEpochMilli());
            ps.setLong(25, o.updatedAt().toEpochMilli());
            if (o.paidAt() == null) {
                ps.setNull(26, Types.INTEGER);
            } else {
                ps.setLong(26, o.paidAt().toEpochMilli());
            }
            ps.executeUpdate();
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            orderNo = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_line(id, order_no, position, sku_id, sku_code, "
                + "title, option_label, unit_price_minor, quantity, discount_minor, refunded_quantity) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (OrderLine l : o.lines()) {
                ps.setString(1, l.id());
                ps.setLong(2, orderNo);
                ps.setInt(3, l.position());
                ps.setString(4, l.skuId());
                ps.setString(5, l.skuCode());
                ps.setString(6, l.title());
                ps.setString(7, l.optionLabel());
                ps.setLong(8, l.unitPrice().minorUnits());
                ps.setLong(9, l.quantity());
                ps.setLong(10, l.discount().minorUnits());
                ps.setLong(11, l.refundedQuantity());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_search(rowid, terms, facets) VALUES (?,?,?)")) {
            ps.setLong(1, orderNo);
            ps.setString(2, OrderSearchText.orderTerms(o.number(), o.customerName(), o.customerPhone(),
                    o.lines().stream().map(OrderLine::skuCode).distinct().toList()));
            ps.setString(3, OrderSearchText.facets(o.status(), o.channel()));
            ps.executeUpdate();
        }
        return orderNo;
    }

    void addHistory(Connection c, long orderNo, OrderStatus from, OrderStatus to, String actor, String note, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_status_history(order_no, from_status, "
                + "to_status, actor, note, occurred_at) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, orderNo);
            ps.setString(2, from == null ? null : from.name());
            ps.setString(3, to.name());
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
            ps.setString(1, o.status().name());
            ps.setString(2, o.paymentState().name());
            ps.setLong(3, o.refunded().minorUnits());
            ps.setString(4, o.memo());
            ps.setString(5, o.memoFlag().name());
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

    /** Keeps the search index's status facet in step with the order. */
    void updateFacets(Connection c, long orderNo, Order o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE order_search SET facets = ? WHERE rowid = ?")) {
            ps.setString(1, OrderSearchText.facets(o.status(), o.channel()));
            ps.setLong(2, orderNo);
            ps.executeUpdate();
        }
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
        return findWhere(c, "id = ?", orderId);
    }

    Optional<Stored> findByNumber(Connection c, String number) throws SQLException {
        return findWhere(c, "number = ?", number == null ? "" : number.strip());
    }

    private Optional<Stored> findWhere(Connection c, String condition, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders WHERE " + condition)) {
            ps.setString(1, value);
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
        try (PreparedStatement ps = c.prepareStatement("SELECT id, position, sku_id, sku_code, title, option_label, "
                + "unit_price_minor, quantity, discount_minor, refunded_quantity FROM order_line WHERE order_no = ? "
                + "ORDER BY position")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new OrderLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), new Money(rs.getLong(7), currency), rs.getLong(8),
                            new Money(rs.getLong(9), currency), rs.getLong(10)));
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
                    String from = rs.getString(1);
                    result.add(new StatusChange(orderId, from == null ? null : OrderStatus.valueOf(from),
                            OrderStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
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
        return new Order(rs.getString(2), rs.getString(3), Channel.valueOf(rs.getString(4)), rs.getString(6),
                rs.getString(7), rs.getString(8), AddressJson.read(rs.getString(9)), lines, totals, currency,
                PaymentMethod.valueOf(rs.getString(18)), PaymentState.valueOf(rs.getString(19)),
                new Money(rs.getLong(17), currency), rs.getString(20), MemoFlag.valueOf(rs.getString(21)),
                rs.getInt(22) != 0, OrderStatus.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(23)),
                Instant.ofEpochMilli(rs.getLong(24)), paid);
    }
}
