package com.merchantdesk.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Human order numbers, {@code D-2026-000123}: "D" for desk (platform orders keep the platform's numbers), the
 * UTC year the order was made, and a sequence that starts again each year. Handed out inside the order's
 * write transaction, so a failed save does not use up a number and two saves never share one.
 */
public final class OrderNumbers {

    public static final String PREFIX = "D";

    private OrderNumbers() {}

    public static String format(int year, long sequence) {
        return String.format(Locale.ROOT, "%s-%d-%06d", PREFIX, year, sequence);
    }

    /** The next number of {@code year}; must run in the write transaction that saves the order. */
    public static String next(Connection c, int year) throws SQLException {
        long last = last(c, year);
        setLast(c, year, last + 1);
        return format(year, last + 1);
    }

    /** The last sequence handed out in {@code year}, 0 if none. */
    public static long last(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last FROM order_number WHERE year = ?")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Records {@code last} as the last sequence of {@code year} (the generator hands out numbers in bulk). */
    public static void setLast(Connection c, int year, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO order_number(year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = excluded.last")) {
            ps.setInt(1, year);
            ps.setLong(2, last);
            ps.executeUpdate();
        }
    }
}
