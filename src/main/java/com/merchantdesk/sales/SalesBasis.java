package com.merchantdesk.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The one row of {@code sales_basis}: the business day the summaries are counted in, the last order whose lines'
 * cost is an estimate (lines saved before schema V4 got today's catalogue cost), and whether the summaries are
 * built. A basis without a zone yet (a new database) takes the computer's zone the first time it is needed.
 */
record SalesBasis(BusinessDays days, long estimatedCostThrough, boolean built) {

    static SalesBasis read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT zone, day_start_hour, estimated_cost_through, built FROM sales_basis WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sales_basis has no row");
            }
            String zone = rs.getString(1);
            return new SalesBasis(new BusinessDays(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone), rs.getInt(2)),
                    rs.getLong(3), rs.getInt(4) != 0);
        }
    }

    /**
     * {@link #read} inside a write: a basis without a zone yet gets the computer's zone now and keeps it, so every
     * later process counts in the same days.
     */
    static SalesBasis readForWrite(Connection c) throws SQLException {
        SalesBasis basis = read(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE sales_basis SET zone = ? WHERE id = 1 AND zone = ''")) {
            ps.setString(1, basis.days().zone().getId());
            ps.executeUpdate();
        }
        return basis;
    }

    /** Saves the business day and whether the summaries are built for it. */
    static void write(Connection c, BusinessDays days, boolean built) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sales_basis SET zone = ?, day_start_hour = ?, built = ? WHERE id = 1")) {
            ps.setString(1, days.zone().getId());
            ps.setInt(2, days.dayStartHour());
            ps.setInt(3, built ? 1 : 0);
            ps.executeUpdate();
        }
    }

    /** True when the line of order {@code orderNo} carries an estimated cost (saved before schema V4). */
    boolean costEstimated(long orderNo) { return orderNo <= estimatedCostThrough; }
}
