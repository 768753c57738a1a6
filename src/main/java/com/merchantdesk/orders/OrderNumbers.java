package com.merchantdesk.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Human order numbers, {@code D-2026-000123}: "D" for desk, or the desk code the platform gave this desk once it
 * is connected (platform orders keep the platform's numbers), the
 * UTC year the order was made, and a sequence that starts again each year. Handed out inside the order's
 * write transaction, so a failed save does not use up a number and two saves never share one.
 */
public final class OrderNumbers {

    public static final String PREFIX = "D";

    private OrderNumbers() {}

    public static String format(int year, long sequence) {
        return format(PREFIX, year, sequence);
    }

    /** The next number of {@code year}; must run in the write transaction that saves the order. */
    public static String next(Connection c, int year) throws SQLException {
        return next(c, java.util.Optional.empty(), year);
    }

    /**
     * The next number of {@code year}, carrying the desk code once the desk has one ({@code A7-2026-000124}:
     * numbers stay unique across the desks of one account; numbers given before keep their {@code D} form).
     */
    public static String next(Connection c, java.util.Optional<String> deskCode, int year) throws SQLException {
        long last = last(c, year);
        setLast(c, year, last + 1);
        return format(deskCode.orElse(PREFIX), year, last + 1);
    }

    static String format(String prefix, int year, long sequence) {
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, sequence);
    }

    /**
     * How this desk stores the number of an order another desk made: as given when it carries that desk's code,
     * else with the code in front ({@code B2:D-2026-000123}), as numbers from before desk codes repeat across desks.
     */
    public static String fromOtherDesk(String number, String deskCode) {
        return number.startsWith(deskCode + "-") ? number : deskCode + ":" + number;
    }

    /**
     * Makes sure the numbers handed out next come after {@code number} when it is one of this desk's form
     * ({@code D-2026-000123}, {@code A7-2026-000124}): an order of this desk's pulled back from the platform.
     */
    public static void keepAfter(Connection c, String number) throws SQLException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Z0-9]{1,8}-(\\d{4})-(\\d{6,})$").matcher(number);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            long sequence = Long.parseLong(m.group(2));
            if (sequence > last(c, year)) {
                setLast(c, year, sequence);
            }
        }
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
