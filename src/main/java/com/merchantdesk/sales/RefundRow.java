package com.merchantdesk.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code order_refund} row: the money given back, the units per line position, restocked or written off,
 * and when.
 */
record RefundRow(long orderNo, int seq, long amount, boolean restocked, Map<Integer, Long> units, long at) {

    /** The refunds of orders {@code from}..{@code to}, by order and in the order they were made. */
    static List<RefundRow> read(Connection c, long from, long to) throws SQLException {
        List<RefundRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT order_no, seq, amount_minor, restocked, units, occurred_at "
                + "FROM order_refund WHERE order_no BETWEEN ? AND ? ORDER BY order_no, seq")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RefundRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4) != 0,
                            units(rs.getString(5)), rs.getLong(6)));
                }
            }
        }
        return rows;
    }

    /** "0:1,2:3" (position:units) as a map. */
    static Map<Integer, Long> units(String text) {
        Map<Integer, Long> units = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                int colon = part.indexOf(':');
                units.merge(Integer.parseInt(part.substring(0, colon).strip()), Long.parseLong(part.substring(colon + 1).strip()),
                        Long::sum);
            }
        }
        return units;
    }
}
