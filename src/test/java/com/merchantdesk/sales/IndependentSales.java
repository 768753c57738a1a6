package com.merchantdesk.sales;

import com.merchantdesk.store.Database;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day-by-day sales figures computed straight from the order rows, the way docs/sales.md defines them, with none
 * of the summaries' code: the business day found by walking day starts, refund parts with BigInteger. Tests compare
 * the summaries against this.
 */
final class IndependentSales {

    /** (business day, channel code) to counters by SalesColumn ordinal. */
    final Map<String, long[]> byDayAndChannel = new TreeMap<>();
    /** Sum over SKUs of {units, revenue, cost}, per business day. */
    final Map<LocalDate, long[]> skuSums = new TreeMap<>();
    /** The same per business day and channel code ("day/channel"). */
    private final Map<String, long[]> skuSumsByChannel = new TreeMap<>();

    private final ZoneId zone;
    private final int dayStart;

    private IndependentSales(ZoneId zone, int dayStart) {
        this.zone = zone;
        this.dayStart = dayStart;
    }

    static IndependentSales of(Database db, ZoneId zone, int dayStart) {
        IndependentSales s = new IndependentSales(zone, dayStart);
        db.read(c -> {
            s.load(c);
            return null;
        });
        return s;
    }

    /** The business day whose start is at or before {@code t} and whose next start is after it. */
    LocalDate day(long t) {
        Instant at = Instant.ofEpochMilli(t);
        LocalDate guess = at.atZone(zone).toLocalDate().plusDays(1);
        while (guess.atTime(dayStart, 0).atZone(zone).toInstant().isAfter(at)) {
            guess = guess.minusDays(1);
        }
        return guess;
    }

    long get(LocalDate day, int channel, SalesColumn column) {
        long[] v = byDayAndChannel.get(day + "/" + channel);
        return v == null ? 0 : v[column.ordinal()];
    }

    long total(SalesColumn column) {
        return byDayAndChannel.values().stream().mapToLong(v -> v[column.ordinal()]).sum();
    }

    private void add(long t, int channel, SalesColumn column, long amount) {
        byDayAndChannel.computeIfAbsent(day(t) + "/" + channel, k -> new long[SalesColumn.COUNT])[column.ordinal()] += amount;
    }

    private void sku(long t, int channel, long units, long revenue, long cost) {
        for (long[] v : List.of(skuSums.computeIfAbsent(day(t), k -> new long[3]),
                skuSumsByChannel.computeIfAbsent(day(t) + "/" + channel, k -> new long[3]))) {
            v[0] += units;
            v[1] += revenue;
            v[2] += cost;
        }
    }

    /** The SKU sums of {@code day} for the channel of code {@code channel}. */
    long[] skuSums(LocalDate day, int channel) {
        return skuSumsByChannel.getOrDefault(day + "/" + channel, new long[3]);
    }

    private record Line(int position, long quantity, long amount, Long cost) {}

    private void load(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, List<Line>> lines = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT order_no, position, quantity, "
                + "unit_price_minor * quantity - discount_minor, cost_minor FROM order_line ORDER BY order_no, position")) {
            while (rs.next()) {
                long cost = rs.getLong(5);
                Long unitCost = rs.wasNull() ? null : cost;
                lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Line(rs.getInt(2), rs.getLong(3),
                        rs.getLong(4), unitCost));
            }
        }
        // Each customer's first paid order, by paid time then number.
        Map<Long, long[]> firstPaid = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT customer_no, order_no, paid_at FROM orders WHERE paid_at IS NOT NULL AND customer_no IS NOT NULL")) {
            while (rs.next()) {
                long[] seen = firstPaid.get(rs.getLong(1));
                long[] mine = {rs.getLong(3), rs.getLong(2)};
                if (seen == null || mine[0] < seen[0] || (mine[0] == seen[0] && mine[1] < seen[1])) {
                    firstPaid.put(rs.getLong(1), mine);
                }
            }
        }
        Map<Long, long[]> orderMoney = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT order_no, channel, status, "
                + "customer_no, subtotal_minor - order_discount_minor, tax_minor, shipping_fee_minor, total_minor, "
                + "created_at, paid_at, (SELECT max(occurred_at) FROM order_status_history h WHERE h.order_no = o.order_no "
                + "AND h.to_status = 5), subtotal_minor FROM orders o")) {
            while (rs.next()) {
                long no = rs.getLong(1);
                int ch = rs.getInt(2);
                long customer = rs.getLong(4);
                boolean hasCustomer = !rs.wasNull();
                long goods = rs.getLong(5);
                long tax = rs.getLong(6);
                long shipping = rs.getLong(7);
                long total = rs.getLong(8);
                long subtotal = rs.getLong(12);
                orderMoney.put(no, new long[] {ch, goods, tax, shipping, total, subtotal});
                add(rs.getLong(9), ch, SalesColumn.CREATED, 1);
                long paidAt = rs.getLong(10);
                boolean paid = !rs.wasNull();
                List<Line> ls = lines.getOrDefault(no, List.of());
                if (paid) {
                    add(paidAt, ch, SalesColumn.ORDERS, 1);
                    if (hasCustomer) {
                        add(paidAt, ch, firstPaid.get(customer)[1] == no ? SalesColumn.NEW_CUSTOMERS : SalesColumn.RETURNING, 1);
                    }
                    add(paidAt, ch, SalesColumn.GOODS, goods);
                    add(paidAt, ch, SalesColumn.TAX, tax);
                    add(paidAt, ch, SalesColumn.SHIPPING, shipping);
                    for (Line l : ls) {
                        add(paidAt, ch, SalesColumn.UNITS, l.quantity());
                        long cost = l.cost() == null ? 0 : l.cost() * l.quantity();
                        add(paidAt, ch, SalesColumn.COST, cost);
                        if (l.cost() == null) {
                            add(paidAt, ch, SalesColumn.UNCOSTED_GOODS, share(l, ls, goods, subtotal));
                        }
                        sku(paidAt, ch, l.quantity(), share(l, ls, goods, subtotal), cost);
                    }
                }
                if (rs.getInt(3) == 5) {
                    add(rs.getLong(9), ch, SalesColumn.CANCELLED, 1);
                    if (paid) {
                        long at = rs.getLong(11);
                        add(at, ch, SalesColumn.REFUNDS, 1);
                        add(at, ch, SalesColumn.REFUND_GOODS, goods);
                        add(at, ch, SalesColumn.REFUND_TAX, tax);
                        add(at, ch, SalesColumn.REFUND_SHIPPING, shipping);
                        for (Line l : ls) {
                            long cost = l.cost() == null ? 0 : l.cost() * l.quantity();
                            add(at, ch, SalesColumn.RETURNED_UNITS, l.quantity());
                            add(at, ch, SalesColumn.RETURNED_COST, cost);
                            sku(at, ch, -l.quantity(), -share(l, ls, goods, subtotal), -cost);
                        }
                    }
                }
            }
        }
        Map<Long, Long> refundedBefore = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT order_no, amount_minor, restocked, units, occurred_at FROM order_refund ORDER BY order_no, seq")) {
            while (rs.next()) {
                long no = rs.getLong(1);
                long[] m = orderMoney.get(no);
                int ch = (int) m[0];
                long amount = rs.getLong(2);
                long before = refundedBefore.getOrDefault(no, 0L);
                long after = before + amount;
                refundedBefore.put(no, after);
                long goods = floor(after, m[1], m[4]) - floor(before, m[1], m[4]);
                long tax = floor(after, m[2], m[4]) - floor(before, m[2], m[4]);
                long at = rs.getLong(5);
                add(at, ch, SalesColumn.REFUNDS, 1);
                add(at, ch, SalesColumn.REFUND_GOODS, goods);
                add(at, ch, SalesColumn.REFUND_TAX, tax);
                add(at, ch, SalesColumn.REFUND_SHIPPING, amount - goods - tax);
                boolean restocked = rs.getInt(3) == 1;
                long unitsBack = 0;
                long costBack = 0;
                String units = rs.getString(4);
                for (String part : units.isEmpty() ? new String[0] : units.split(",")) {
                    int position = Integer.parseInt(part.split(":")[0]);
                    long count = Long.parseLong(part.split(":")[1]);
                    Line l = lines.get(no).stream().filter(x -> x.position() == position).findFirst().orElseThrow();
                    unitsBack += count;
                    costBack += restocked && l.cost() != null ? l.cost() * count : 0;
                }
                add(at, ch, SalesColumn.RETURNED_UNITS, unitsBack);
                add(at, ch, SalesColumn.RETURNED_COST, costBack);
                // The goods of a refund with units all belong to SKUs; money alone to none.
                sku(at, ch, -unitsBack, unitsBack > 0 ? -goods : 0, -costBack);
            }
        }
    }

    /** The line's part of the order's goods: floored running totals of the line amounts scaled to the goods. */
    private static long share(Line line, List<Line> lines, long goods, long subtotal) {
        long running = 0;
        long before = 0;
        for (Line l : lines) {
            long upTo = floor(running + l.amount(), goods, subtotal);
            if (l == line) {
                return upTo - before;
            }
            running += l.amount();
            before = upTo;
        }
        throw new IllegalArgumentException("line not on its order");
    }

    private static long floor(long a, long b, long c) {
        return c == 0 ? 0 : BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }
}
