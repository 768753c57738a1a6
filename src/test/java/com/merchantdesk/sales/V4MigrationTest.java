package com.merchantdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.SchemaVersions;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the previous schema (V3) with orders: V4 gives the old lines today's catalogue cost and marks them
 * estimated, turns the refunds recorded so far into refund rows, and the summaries are counted the first time they
 * are wanted.
 */
class V4MigrationTest {

    private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");
    private static final long DAY = 86_400_000L;

    @TempDir Path dir;

    @Test
    void oldLinesGetTodaysCostMarkedEstimatedAndTheirRefundsAreKept() {
        Path file = new DataDirectory(dir).database();
        long t = NOW.toEpochMilli() - 5 * DAY;
        try (Database v3 = SchemaVersions.openAt(file, 3)) {
            new SyntheticCatalog(v3, new SettableClock(NOW)).generate(5, 1, SalesShop.USD);
            v3.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE sku SET cost_minor = 100 * sku_no");
                    // 1: paid, two lines. 2: delivered, then one unit refunded and restocked. 3: paid, then cancelled.
                    for (int n = 1; n <= 3; n++) {
                        int status = n == 1 ? 1 : n == 2 ? 6 : 5;
                        int payment = n == 2 ? 2 : 1;
                        long refunded = n == 2 ? 700 : 0;
                        st.executeUpdate("INSERT INTO orders(order_no, id, number, channel, status, currency, subtotal_minor, "
                                + "total_minor, refunded_minor, line_count, item_count, payment_method, payment_state, "
                                + "created_at, updated_at, paid_at) VALUES (" + n + ", randomblob(16), 'D-2026-00000" + n
                                + "', 1, " + status + ", 'USD', 3000, 3000, " + refunded + ", 2, 3, 0, " + payment + ", "
                                + (t + n * DAY) + ", " + (t + n * DAY) + ", " + (t + n * DAY) + ")");
                        st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, unit_price_minor, "
                                + "quantity) VALUES (" + n + ", 0, 1, 'A', 'A', 1000, 2), (" + n + ", 1, 2, 'B', 'B', 1000, 1)");
                        st.executeUpdate("INSERT INTO order_status_history(order_no, seq, from_status, to_status, occurred_at) "
                                + "VALUES (" + n + ", 0, NULL, 1, " + (t + n * DAY) + ")");
                    }
                    st.executeUpdate("UPDATE order_line SET refunded_quantity = 1 WHERE order_no = 2 AND position = 0");
                    st.executeUpdate("INSERT INTO order_status_history(order_no, seq, from_status, to_status, note, occurred_at) "
                            + "VALUES (2, 1, 4, 6, '7.00 USD; A x1; restocked', " + (t + 4 * DAY) + "), "
                            + "(3, 1, 1, 5, '', " + (t + 4 * DAY) + ")");
                }
                return null;
            });
        }
        try (AppContext app = AppContext.open(new DataDirectory(dir), new SettableClock(NOW))) {
            assertThat(app.sales().built()).isFalse();
            String costs = app.database().read(c -> {
                try (Statement st = c.createStatement();
                     var rs = st.executeQuery("SELECT group_concat(cost_minor) FROM order_line WHERE order_no = 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(costs).isEqualTo("100,200");
            app.sales().rebuild(new BusinessDays(ZoneId.of("UTC"), 0), RebuildProgress.NONE);
            IndependentSales expected = IndependentSales.of(app.database(), ZoneId.of("UTC"), 0);
            LocalDate first = LocalDate.ofEpochDay(t / DAY);
            SalesFigures all = app.sales().report(SalesRange.of(first, first.plusDays(10)), Granularity.DAY, Set.of()).total();
            assertThat(all.orders()).isEqualTo(3);
            assertThat(all.revenue()).isEqualTo(expected.total(SalesColumn.GOODS) - expected.total(SalesColumn.REFUND_GOODS))
                    .isEqualTo(9000 - 700 - 3000);
            assertThat(all.get(SalesColumn.RETURNED_COST)).isEqualTo(100 + 2 * 100 + 200);
            assertThat(all.costEstimated()).isTrue();
            assertThat(app.sales().built()).isTrue();

            // An order saved now keeps its cost for certain.
            try (SalesShop shop = new SalesShop(dir.resolve("new"), NOW)) {
                shop.basis("UTC", 0);
                shop.sell(shop.sku("N", "5.00", "2.00"), 1, true);
                assertThat(shop.day(LocalDate.of(2026, 6, 10)).costEstimated()).isFalse();
            }
        }
    }
}
