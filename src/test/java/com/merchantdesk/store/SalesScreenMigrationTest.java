package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V10 on a database with parcels: each parcel gets its order's channel, and the summaries are counted again. */
class SalesScreenMigrationTest {

    @TempDir Path dir;

    @Test
    void parcelsGetTheirOrdersChannelAndTheSummariesAreMarkedForCountingAgain() throws Exception {
        Path file = dir.resolve("shop.db");
        try (Database v9 = SchemaVersions.openAt(file, 9)) {
            v9.write(c -> {
                try (Statement st = c.createStatement()) {
                    for (int n = 1; n <= 3; n++) {
                        // Channels 1 (phone), 2 (stall), 0 (platform).
                        st.executeUpdate("INSERT INTO orders(order_no, id, number, channel, status, currency, subtotal_minor, "
                                + "total_minor, line_count, item_count, payment_method, payment_state, created_at, updated_at) "
                                + "VALUES (" + n + ", randomblob(16), 'D-2026-00000" + n + "', " + (n % 3) + ", 3, 'USD', 100, "
                                + "100, 1, 1, 0, 1, 1, 1)");
                        st.executeUpdate("INSERT INTO shipment(id, order_no, carrier_no, service_no, tracking, lines, status, "
                                + "shipped_at, ship_by) VALUES (randomblob(16), " + n + ", 1, 0, '10000000000" + n + "', '0:1', 0, "
                                + "1000, 2000)");
                    }
                    st.executeUpdate("UPDATE sales_basis SET built = 1");
                    st.executeUpdate("INSERT INTO sales_sku(day_block, entries) VALUES (1, x'00')");
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            List<String> rows = db.read(c -> {
                List<String> r = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT s.order_no || ':' || s.channel || '=' || o.channel FROM shipment s JOIN orders o "
                                + "ON o.order_no = s.order_no ORDER BY s.order_no")) {
                    while (rs.next()) {
                        r.add(rs.getString(1));
                    }
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT (SELECT built FROM sales_basis) || '/' || (SELECT count(*) FROM sales_sku)")) {
                    rs.next();
                    r.add(rs.getString(1));
                }
                return r;
            });
            assertThat(rows).containsExactly("1:1=1", "2:2=2", "3:0=0", "0/0");
        }
    }
}
