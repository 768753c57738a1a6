package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerSearchText;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Migrator;
import com.merchantdesk.store.SchemaVersions;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V6: a line keeps its title and option label only where they differ from the catalogue's, and still shows the
 * words it was sold with after the catalogue changes them; the customer search keeps no copy of its words and
 * still finds every customer. A V5 database with orders is converted; an order saved afterwards works the same.
 */
class V6MigrationTest {

    private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");
    private static final String ORDER_ID = "01900000-0000-7000-8000-000000000001";

    @TempDir Path dir;

    @Test
    void aVersionFiveDatabaseKeepsEveryLinesWordsAndItsCustomersSearch() {
        Path file = new DataDirectory(dir).database();
        long t = NOW.toEpochMilli() - 86_400_000L;
        try (Database v5 = SchemaVersions.openAt(file, 5)) {
            v5.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO product(id, title, status, option_names, created_at, updated_at) "
                            + "VALUES ('p1', 'Linen shirt', 'ACTIVE', '[\"Colour\",\"Size\"]', " + t + ", " + t + ")");
                    st.executeUpdate("INSERT INTO sku(sku_no, id, product_id, position, code, option_values, currency, "
                            + "price_minor) VALUES (1, 's1', 'p1', 0, 'LS-RED-M', '[\"Red\",\"M\"]', 'USD', 2500), "
                            + "(2, 's2', 'p1', 1, 'LS-BLUE-L', '[\"Blue\",\"L\"]', 'USD', 2500)");
                    st.executeUpdate("INSERT INTO customer(customer_no, id, name, phone, phone_digits, created_at, "
                            + "updated_at) VALUES (1, 'c1', 'Park Jiwoo', '010-5555-1234', '01055551234', " + t + ", " + t + ")");
                    st.executeUpdate("INSERT INTO orders(order_no, id, number, channel, status, customer_no, customer_name, "
                            + "currency, subtotal_minor, total_minor, line_count, item_count, payment_method, payment_state, "
                            + "created_at, updated_at) VALUES (1, unhex(replace('" + ORDER_ID + "', '-', '')), "
                            + "'D-2026-000001', 1, 1, 1, 'Park Jiwoo', 'USD', 5000, 5000, 2, 2, 0, 1, " + t + ", " + t + ")");
                    // Line 0 as the catalogue says; line 1 as a platform named it.
                    st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, option_label, "
                            + "unit_price_minor, quantity, cost_minor) VALUES "
                            + "(1, 0, 1, 'LS-RED-M', 'Linen shirt', 'Red / M', 2500, 1, 900), "
                            + "(1, 1, 2, 'LS-BLUE-L', 'Shirt, linen (market)', 'Blue, L', 2500, 1, NULL)");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_search(rowid, terms) VALUES (1, ?)")) {
                    ps.setString(1, CustomerSearchText.terms("Park Jiwoo", "010-5555-1234", ""));
                    ps.executeUpdate();
                }
                return null;
            });
        }
        try (AppContext app = AppContext.open(new DataDirectory(dir), new SettableClock(NOW))) {
            assertThat(app.database().schemaVersion()).isEqualTo(new Migrator().latestVersion()).isGreaterThanOrEqualTo(6);
            assertThat(strings(app, "SELECT position || ':' || coalesce(title, '-') || ':' || coalesce(option_label, '-') "
                    + "|| ':' || sku_code || ':' || coalesce(cost_minor, '-') FROM order_line ORDER BY position"))
                    .containsExactly("0:-:-:LS-RED-M:900", "1:Shirt, linen (market):Blue, L:LS-BLUE-L:-");
            assertThat(words(app)).containsExactly("Linen shirt|Red / M|LS-RED-M", "Shirt, linen (market)|Blue, L|LS-BLUE-L");

            // The customers' search has no copy of its words any more, and finds by a name's prefix and the phone.
            assertThat(strings(app, "SELECT name FROM sqlite_master WHERE name LIKE 'customer_search%' ORDER BY name"))
                    .doesNotContain("customer_search_content").contains("customer_search");
            assertThat(app.customers().search(CustomerQuery.of("ji", 10), Shop.USD).items())
                    .extracting(s -> s.customer().name()).containsExactly("Park Jiwoo");
            assertThat(app.customers().search(CustomerQuery.of("1234", 10), Shop.USD).items()).hasSize(1);

            // The catalogue changes, by any path: the order keeps the words it was sold with.
            app.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE product SET title = 'Linen shirt, washed' WHERE id = 'p1'");
                    st.executeUpdate("UPDATE sku SET option_values = '[\"Crimson\",\"M\"]' WHERE sku_no = 1");
                }
                return null;
            });
            assertThat(words(app)).containsExactly("Linen shirt|Red / M|LS-RED-M", "Shirt, linen (market)|Blue, L|LS-BLUE-L");
            assertThat(strings(app, "SELECT title || ':' || option_label FROM order_line WHERE position = 0"))
                    .containsExactly("Linen shirt:Red / M");
        }
    }

    @Test
    void anOrderSavedNowStoresNoCopyAndKeepsItsWordsWhenTheProductIsRenamed() {
        try (Shop shop = new Shop(dir)) {
            String skuId = shop.sku("Stoneware mug", "MUG-1", "12.00", 10);
            Order sold = shop.orders().create(Shop.draft(skuId, 1));
            assertThat(shop.strings("SELECT coalesce(title, '-') || ':' || coalesce(option_label, '-') FROM order_line"))
                    .containsExactly("-:-");

            Product mug = shop.app.catalog().find(shop.row(skuId).productId()).orElseThrow();
            shop.app.catalog().save(new ProductInput(mug.id(), "Stoneware mug, large", "", "Test", "active", List.of(),
                    List.of(new ProductInput.SkuInput(skuId, "MUG-1", List.of(), "", "12.00", "", "", "", "0")), List.of(),
                    mug.createdAt()), Shop.USD);
            Order again = shop.orders().create(Shop.draft(skuId, 2));

            assertThat(shop.orders().find(sold.id()).orElseThrow().lines().get(0).title()).isEqualTo("Stoneware mug");
            assertThat(shop.orders().find(again.id()).orElseThrow().lines().get(0).title()).isEqualTo("Stoneware mug, large");
            assertThat(shop.strings("SELECT coalesce(title, '-') FROM order_line ORDER BY order_no"))
                    .containsExactly("Stoneware mug", "-");
        }
    }

    private static List<String> strings(AppContext app, String sql) {
        return app.database().read(c -> {
            List<String> result = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        });
    }

    private static List<String> words(AppContext app) {
        return app.orders().find(ORDER_ID).orElseThrow().lines().stream()
                .map(l -> l.title() + "|" + l.optionLabel() + "|" + l.skuCode()).toList();
    }
}
