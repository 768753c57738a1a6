package com.merchantdesk.sales;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sales figures need of one order, read from its rows: channel, status, customer, money, times and lines,
 * each line with its share of the order's goods ({@link #goods()}, the subtotal less the order discount, spread
 * over the lines by their amounts so the shares add up to it exactly).
 *
 * @param customerNo 0 for an order without a customer
 * @param paidAt     0 while unpaid
 */
record OrderFacts(long orderNo, int channel, int status, long customerNo, long subtotal, long orderDiscount, long shipping,
                  long tax, long total, long createdAt, long paidAt, List<Line> lines) {

    /** The status code of a cancelled order (V3's OrderCodes). */
    static final int CANCELLED = 5;

    /**
     * @param share    the line's part of the order's goods
     * @param unitCost the unit cost when sold; -1 when the SKU had none
     */
    record Line(int position, long skuNo, long quantity, long share, long unitCost) {
        long cost(long units) { return unitCost < 0 ? 0 : unitCost * units; }
    }

    long goods() { return subtotal - orderDiscount; }

    boolean paid() { return paidAt != 0; }

    Line line(int position) {
        for (Line l : lines) {
            if (l.position() == position) {
                return l;
            }
        }
        throw new IllegalArgumentException("order " + orderNo + " has no line " + position);
    }

    /** The orders {@code from}..{@code to} with their lines, in order number order. */
    static List<OrderFacts> read(Connection c, long from, long to) throws SQLException {
        List<OrderFacts> orders = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT order_no, channel, status, coalesce(customer_no, 0), "
                + "subtotal_minor, order_discount_minor, shipping_fee_minor, tax_minor, total_minor, created_at, "
                + "coalesce(paid_at, 0) FROM orders WHERE order_no BETWEEN ? AND ? ORDER BY order_no");
             PreparedStatement lines = c.prepareStatement("SELECT order_no, position, sku_no, quantity, "
                     + "unit_price_minor * quantity - discount_minor, coalesce(cost_minor, -1) FROM order_line "
                     + "WHERE order_no BETWEEN ? AND ? ORDER BY order_no, position")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            lines.setLong(1, from);
            lines.setLong(2, to);
            try (ResultSet o = ps.executeQuery(); ResultSet l = lines.executeQuery()) {
                boolean more = l.next();
                while (o.next()) {
                    long orderNo = o.getLong(1);
                    List<long[]> raw = new ArrayList<>();
                    while (more && l.getLong(1) < orderNo) {
                        more = l.next();
                    }
                    while (more && l.getLong(1) == orderNo) {
                        raw.add(new long[] {l.getLong(2), l.getLong(3), l.getLong(4), l.getLong(5), l.getLong(6)});
                        more = l.next();
                    }
                    long subtotal = o.getLong(5);
                    long discount = o.getLong(6);
                    orders.add(new OrderFacts(orderNo, o.getInt(2), o.getInt(3), o.getLong(4), subtotal, discount,
                            o.getLong(7), o.getLong(8), o.getLong(9), o.getLong(10), o.getLong(11),
                            lines(raw, subtotal, subtotal - discount)));
                }
            }
        }
        return orders;
    }

    static OrderFacts read(Connection c, long orderNo) throws SQLException {
        List<OrderFacts> one = read(c, orderNo, orderNo);
        if (one.isEmpty()) {
            throw new SQLException("No order " + orderNo);
        }
        return one.get(0);
    }

    /** Shares of {@code goods} in proportion to the line amounts, each the difference of floored running totals. */
    private static List<Line> lines(List<long[]> raw, long subtotal, long goods) {
        List<Line> lines = new ArrayList<>(raw.size());
        long running = 0;
        long before = 0;
        for (long[] r : raw) {
            running += r[3];
            long upTo = goods == subtotal ? running : Shares.scaled(running, goods, subtotal);
            lines.add(new Line((int) r[0], r[1], r[2], upTo - before, r[4]));
            before = upTo;
        }
        return lines;
    }

    /** Exact {@code floor(a * b / c)} for non-negative numbers, through BigInteger when the product is too large. */
    static final class Shares {
        private Shares() {}

        static long scaled(long a, long b, long c) {
            if (c == 0) {
                return 0;
            }
            long high = Math.multiplyHigh(a, b);
            if (high == 0 && a * b >= 0) {
                return a * b / c;
            }
            return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
        }
    }
}
