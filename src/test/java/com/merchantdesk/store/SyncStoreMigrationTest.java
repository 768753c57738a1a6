package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the schema before sync (V5) with orders and an outbox: V6 keeps every order line, marks sent rows
 * acknowledged and the rest queued as record dumps, and drops the queued sales (their orders carry them).
 */
class SyncStoreMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir Path dir;

    @Test
    void outboxRowsGetTheirStateSalesLeaveTheQueueAndOrderLinesStayAsTheyWere() throws Exception {
        Path file = dir.resolve("shop.db");
        List<String> linesBefore;
        try (Database v5 = SchemaVersions.openAt(file, 5)) {
            new SyntheticCatalog(v5, new SettableClock(NOW)).generate(5, 1, java.util.Currency.getInstance("USD"));
            linesBefore = v5.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO orders(order_no, id, number, channel, status, currency, subtotal_minor, "
                            + "total_minor, line_count, item_count, payment_method, payment_state, created_at, updated_at) "
                            + "VALUES (1, randomblob(16), 'D-2026-000001', 1, 1, 'USD', 3000, 3000, 2, 3, 0, 1, 1, 1)");
                    st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, unit_price_minor, "
                            + "quantity, cost_minor) VALUES (1, 0, 1, 'A', 'A', 1000, 2, 400), (1, 1, 2, 'B', 'B', 1000, 1, NULL)");
                    st.executeUpdate("DELETE FROM outbox");
                    st.executeUpdate("INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at, sent_at) VALUES "
                            + "('k1', 'product', 'p1', 'upsert', '{\"id\":\"p1\"}', 1, NULL), "
                            + "('k2', 'stock', 's1', 'movement', '{\"kind\":\"SOLD\",\"delta\":-2}', 2, NULL), "
                            + "('k3', 'stock', 's1', 'movement', '{\"kind\":\"RECEIVED\",\"delta\":5}', 3, NULL), "
                            + "('k4', 'stock', 's1', 'movement', '{\"kind\":\"SOLD\",\"delta\":-1}', 4, 99), "
                            + "('k5', 'order', 'o1', 'create', '{}', 5, NULL)");
                }
                return lines(c);
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(new Migrator().latestVersion());
            db.read(c -> {
                assertThat(lines(c)).isEqualTo(linesBefore);
                assertThat(strings(c, "SELECT idempotency_key || ' ' || state || ' ' || payload_version FROM outbox ORDER BY seq"))
                        .as("the queued sale is gone, the sent one acknowledged, the rest queued as dumps (version 0)")
                        .containsExactly("k1 0 0", "k3 0 0", "k4 2 0", "k5 0 0");
                assertThat(strings(c, "SELECT local_only || ' ' || check_outbox || ' ' || coalesce(desk_id, '-') FROM sync_identity"))
                        .containsExactly("0 0 -");
                assertThat(strings(c, "SELECT count(*) FROM orders WHERE platform_version IS NULL AND desk_code IS NULL"))
                        .containsExactly("1");
                return null;
            });
            Long pending = db.read(Outbox::pendingCount);
            assertThat(pending).isEqualTo(3);
            // A pulled line whose SKU the desk does not know: no SKU, the platform's reference kept.
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, unit_price_minor, "
                            + "quantity, unmapped_sku) VALUES (1, 2, NULL, 'NEW-1', 'New', 500, 1, 'NEW-1')");
                }
                return null;
            });
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, unit_price_minor, "
                            + "quantity, unmapped_sku) VALUES (1, 3, 1, 'A', 'A', 500, 1, 'A')");
                }
                return null;
            })).hasMessageContaining("CHECK");
        }
    }

    private static List<String> lines(Connection c) throws SQLException {
        return strings(c, "SELECT order_no || '|' || position || '|' || coalesce(sku_no, '-') || '|' || sku_code || '|' "
                + "|| unit_price_minor || '|' || quantity || '|' || refunded_quantity || '|' || coalesce(cost_minor, '-') "
                + "FROM order_line ORDER BY order_no, position");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
