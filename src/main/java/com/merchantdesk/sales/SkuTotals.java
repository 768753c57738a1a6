package com.merchantdesk.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderCodes;

/**
 * Each SKU's net units, revenue and cost over a range of business days, summed from {@code sales_sku} into arrays
 * indexed by SKU number (a year of a 100,000-SKU shop is 1.4 million entries: arrays, not a map of boxed numbers).
 */
final class SkuTotals {

    long[] units;
    long[] revenue;
    long[] cost;
    private boolean[] seen;

    private SkuTotals(int size) {
        units = new long[size];
        revenue = new long[size];
        cost = new long[size];
        seen = new boolean[size];
    }

    /** Every channel's. */
    static SkuTotals read(Connection c, SalesRange range) throws SQLException {
        return read(c, range, Set.of());
    }

    /** Only {@code channels}' (every channel's when empty): one range of keys per channel. */
    static SkuTotals read(Connection c, SalesRange range, Set<Channel> channels) throws SQLException {
        int size;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(sku_no), 0) + 1 FROM sku")) {
            rs.next();
            size = rs.getInt(1);
        }
        SkuTotals totals = new SkuTotals(size);
        try (PreparedStatement ps = c.prepareStatement("SELECT day_block, entries FROM sales_sku WHERE day_block BETWEEN ? AND ?")) {
            for (Channel channel : Channel.values()) {
                if (channels != null && !channels.isEmpty() && !channels.contains(channel)) {
                    continue;
                }
                int code = OrderCodes.of(channel);
                ps.setLong(1, SkuDayEntries.firstKey(SkuDayEntries.slot(range.from().toEpochDay(), code)));
                ps.setLong(2, SkuDayEntries.lastKey(SkuDayEntries.slot(range.to().toEpochDay(), code)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SkuDayEntries.decode(SkuDayEntries.blockOf(rs.getLong(1)), rs.getBytes(2), totals::add);
                    }
                }
            }
        }
        return totals;
    }

    private void add(long skuNo, long u, long r, long k) {
        int i = (int) skuNo;
        if (i >= units.length) {
            int grown = Math.max(i + 1, units.length * 2);
            units = Arrays.copyOf(units, grown);
            revenue = Arrays.copyOf(revenue, grown);
            cost = Arrays.copyOf(cost, grown);
            seen = Arrays.copyOf(seen, grown);
        }
        units[i] += u;
        revenue[i] += r;
        cost[i] += k;
        seen[i] = true;
    }

    long units(long skuNo) { return skuNo < units.length ? units[(int) skuNo] : 0; }

    long value(TopSku.By by, int i) {
        return switch (by) {
            case REVENUE -> revenue[i];
            case UNITS -> units[i];
            case MARGIN -> revenue[i] - cost[i];
        };
    }

    /** The SKU numbers of the {@code limit} highest by {@code by} (above 0), highest first, ties by SKU number. */
    List<Integer> top(TopSku.By by, int limit) {
        PriorityQueue<Integer> best = new PriorityQueue<>((a, b) -> {
            int byValue = Long.compare(value(by, a), value(by, b));
            return byValue != 0 ? byValue : Integer.compare(b, a);
        });
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] && value(by, i) > 0) {
                best.add(i);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Integer> result = new ArrayList<>(best);
        result.sort((a, b) -> {
            int byValue = Long.compare(value(by, b), value(by, a));
            return byValue != 0 ? byValue : Integer.compare(a, b);
        });
        return result;
    }

    /** Every SKU with figures, for the tests: {units, revenue, cost} summed. */
    long[] sums() {
        long[] sum = new long[3];
        for (int i = 0; i < seen.length; i++) {
            sum[0] += units[i];
            sum[1] += revenue[i];
            sum[2] += cost[i];
        }
        return sum;
    }
}
