package com.merchantdesk.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Changes to the summaries gathered in memory, then added to {@code sales_day} and {@code sales_sku} on the
 * caller's transaction in one pass ({@link #flush}): one upsert per day and channel touched, one read and rewrite
 * per business day, channel and block of SKUs.
 */
final class SalesDelta {

    private final Map<Long, long[]> days = new HashMap<>();
    /** A channel's business day ({@link SkuDayEntries#slot}) to (SKU number to its figures). */
    private final Map<Long, SortedMap<Long, long[]>> skus = new HashMap<>();

    void add(long day, int channel, SalesColumn column, long amount) {
        if (amount != 0) {
            days.computeIfAbsent(day * 8 + channel, k -> new long[SalesColumn.COUNT])[column.ordinal()] += amount;
        }
    }

    void addSku(long day, int channel, long skuNo, long units, long revenue, long cost) {
        // skuNo 0: a pulled line without a SKU of the desk (needs mapping, or a fee): it counts in the day's
        // figures (sales_day) but belongs to no product.
        if (skuNo == 0 || (units == 0 && revenue == 0 && cost == 0)) {
            return;
        }
        long[] f = skus.computeIfAbsent(SkuDayEntries.slot(day, channel), k -> new TreeMap<>()).computeIfAbsent(skuNo, k -> new long[SkuDayEntries.FIGURES]);
        f[SkuDayEntries.UNITS] += units;
        f[SkuDayEntries.REVENUE] += revenue;
        f[SkuDayEntries.COST] += cost;
    }

    boolean isEmpty() { return days.isEmpty() && skus.isEmpty(); }

    /** Takes {@code other}'s changes out of this one (what was counted before a recount). */
    void subtract(SalesDelta other) {
        other.days.forEach((key, figures) -> {
            long[] into = days.computeIfAbsent(key, k -> new long[SalesColumn.COUNT]);
            for (int i = 0; i < figures.length; i++) {
                into[i] -= figures[i];
            }
        });
        other.skus.forEach((slot, bySku) -> bySku.forEach((sku, figures) -> {
            long[] into = skus.computeIfAbsent(slot, k -> new TreeMap<>()).computeIfAbsent(sku,
                    k -> new long[SkuDayEntries.FIGURES]);
            for (int i = 0; i < figures.length; i++) {
                into[i] -= figures[i];
            }
        }));
    }

    void flush(Connection c) throws SQLException {
        flushDays(c);
        flushSkus(c);
        days.clear();
        skus.clear();
    }

    private void flushDays(Connection c) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        String columns = SalesColumn.names();
        String marks = Arrays.stream(SalesColumn.ALL).map(x -> "?").collect(Collectors.joining(","));
        String sums = Arrays.stream(SalesColumn.ALL).map(x -> x.sql + " = " + x.sql + " + excluded." + x.sql)
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sales_day(day, channel, " + columns + ") VALUES (?,?,"
                + marks + ") ON CONFLICT(day, channel) DO UPDATE SET " + sums)) {
            for (Map.Entry<Long, long[]> e : days.entrySet()) {
                ps.setLong(1, Math.floorDiv(e.getKey(), 8));
                ps.setInt(2, (int) Math.floorMod(e.getKey(), 8));
                for (int i = 0; i < SalesColumn.COUNT; i++) {
                    ps.setLong(3 + i, e.getValue()[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void flushSkus(Connection c) throws SQLException {
        if (skus.isEmpty()) {
            return;
        }
        try (PreparedStatement read = c.prepareStatement("SELECT entries FROM sales_sku WHERE day_block = ?");
             PreparedStatement write = c.prepareStatement("INSERT OR REPLACE INTO sales_sku(day_block, entries) VALUES (?,?)");
             PreparedStatement delete = c.prepareStatement("DELETE FROM sales_sku WHERE day_block = ?")) {
            for (Map.Entry<Long, SortedMap<Long, long[]>> byDay : skus.entrySet()) {
                long day = byDay.getKey();
                Map<Long, SortedMap<Long, long[]>> byBlock = new TreeMap<>();
                byDay.getValue().forEach((sku, f) -> byBlock.computeIfAbsent(SkuDayEntries.block(sku), k -> new TreeMap<>()).put(sku, f));
                for (Map.Entry<Long, SortedMap<Long, long[]>> block : byBlock.entrySet()) {
                    SortedMap<Long, long[]> merged = SkuDayEntries.decode(block.getKey(), stored(read, day, block.getKey()));
                    block.getValue().forEach((sku, f) -> {
                        long[] into = merged.computeIfAbsent(sku, k -> new long[SkuDayEntries.FIGURES]);
                        for (int i = 0; i < SkuDayEntries.FIGURES; i++) {
                            into[i] += f[i];
                        }
                    });
                    byte[] packed = SkuDayEntries.encode(block.getKey(), merged);
                    PreparedStatement ps = packed.length == 0 ? delete : write;
                    ps.setLong(1, SkuDayEntries.key(day, block.getKey()));
                    if (packed.length > 0) {
                        ps.setBytes(2, packed);
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    private static byte[] stored(PreparedStatement read, long day, long block) throws SQLException {
        read.setLong(1, SkuDayEntries.key(day, block));
        try (ResultSet rs = read.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }
}
