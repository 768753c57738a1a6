package com.merchantdesk.sales;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads of the summaries, on the caller's connection: never an order row. */
final class SalesQueries {

    private static final Channel[] BY_CODE = new Channel[8];

    static {
        for (Channel c : Channel.values()) {
            BY_CODE[OrderCodes.of(c)] = c;
        }
    }

    private SalesQueries() {}

    /** Figures per business day and channel of the range (days without sales are absent). */
    static Map<LocalDate, Map<Channel, SalesFigures>> days(Connection c, SalesRange range, Set<Channel> channels)
            throws SQLException {
        Map<LocalDate, Map<Channel, SalesFigures>> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day, channel, " + SalesColumn.names()
                + " FROM sales_day WHERE day BETWEEN ? AND ? ORDER BY day")) {
            ps.setLong(1, range.from().toEpochDay());
            ps.setLong(2, range.to().toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                long[] values = new long[SalesColumn.COUNT];
                while (rs.next()) {
                    Channel channel = BY_CODE[rs.getInt(2)];
                    if (channels != null && !channels.isEmpty() && !channels.contains(channel)) {
                        continue;
                    }
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(3 + i);
                    }
                    result.computeIfAbsent(LocalDate.ofEpochDay(rs.getLong(1)), d -> new EnumMap<>(Channel.class))
                            .put(channel, new SalesFigures(values));
                }
            }
        }
        return result;
    }

    /** The {@code limit} best SKUs by {@code by}, with their codes and titles. */
    static List<TopSku> top(Connection c, SkuTotals totals, TopSku.By by, int limit) throws SQLException {
        List<TopSku> named = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code, p.title, s.option_values FROM sku s "
                + "JOIN product p ON p.id = s.product_id WHERE s.sku_no = ?")) {
            for (int sku : totals.top(by, limit)) {
                ps.setLong(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        named.add(new TopSku(sku, rs.getString(1), rs.getString(2), optionLabel(rs.getString(3)),
                                totals.units[sku], totals.revenue[sku], totals.cost[sku]));
                    }
                }
            }
        }
        return named;
    }

    /** ["Red","M"] as "Red / M". */
    static String optionLabel(String json) {
        if (json == null || json.isBlank() || json.equals("[]")) {
            return "";
        }
        try {
            return String.join(" / ", Json.mapper().readValue(json, String[].class));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
