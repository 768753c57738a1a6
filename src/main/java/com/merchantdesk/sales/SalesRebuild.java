package com.merchantdesk.sales;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts every order again into empty summaries, for a new business day (time zone or "day starts at" changed) or
 * the first time after schema V4: in one transaction on the caller's connection, so order writes wait for it and
 * none is counted twice or lost; {@link #CHUNK} orders at a time with progress between.
 */
final class SalesRebuild {

    static final int CHUNK = 20_000;

    private SalesRebuild() {}

    static void run(Connection c, BusinessDays days, RebuildProgress progress) throws SQLException {
        SalesBasis.write(c, days, false);
        long first;
        long last;
        long count;
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM sales_day");
            st.execute("DELETE FROM sales_sku");
            try (ResultSet rs = st.executeQuery("SELECT coalesce(min(order_no), 1), coalesce(max(order_no), 0), count(*) FROM orders")) {
                rs.next();
                first = rs.getLong(1);
                last = rs.getLong(2);
                count = rs.getLong(3);
            }
        }
        SalesBasis basis = SalesBasis.read(c);
        FirstPaid firstPaid = FirstPaid.ofAll(c);
        SalesDelta delta = new SalesDelta();
        long done = 0;
        progress.counted(0, count);
        for (long from = first; from <= last; from += CHUNK) {
            var orders = OrderFacts.read(c, from, Math.min(last, from + CHUNK - 1));
            SalesLedger.addOrders(c, basis, orders, firstPaid, delta);
            delta.flush(c);
            done += orders.size();
            progress.counted(done, count);
        }
        SalesBasis.write(c, days, true);
    }
}
