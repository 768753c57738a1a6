package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.SqliteOrderService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations that rebuild a table (new table, copy, drop, rename) on a filled database of the current version:
 * the demo shop with orders, customers, cancellations and refunds. The scripts are test-only ones from
 * {@code src/test/resources/db/migration/test-only}, run after the released ones, on a connection set up as the
 * app's ({@link Database#connect}: foreign keys on). Without foreign keys turned off around the script, the
 * {@code DROP TABLE} in each rebuild would delete the rows referring to the table or fail.
 */
class RebuildMigrationTest {

    /* The test-only scripts below run after every released script (Migrator.SCRIPTS), whatever their file names say. */
    private static final String SKU_EXTRAS = "test-only/V3__sku_extras.sql";
    private static final String REBUILD_SKU = "test-only/V4__rebuild_sku.sql";
    private static final String REBUILD_SKU_KEEPING_A_VIEW = "test-only/V4__rebuild_sku_keeping_a_view.sql";
    /** The released scripts: the test-only ones run after them. */
    private static final int RELEASED = Migrator.SCRIPTS.size();
    private static final String REBUILD_ORDERS = "test-only/V3__rebuild_orders.sql";
    private static final String LOSING_SOLD_SKUS = "test-only/V3__rebuild_sku_losing_sold_skus.sql";
    private static final String WITHOUT_PRICE_INDEX = "test-only/V3__rebuild_sku_without_price_index.sql";
    private static final String RENAMING_THE_OLD_TABLE = "test-only/V3__rebuild_sku_renaming_the_old_table.sql";
    private static final String THEN_FAIL = "test-only/V3__rebuild_sku_then_fail.sql";
    private static final String UNMARKED_DROP = "test-only/V3__drop_sku_unmarked.sql";

    @TempDir static Path shared;
    private static Path filled;
    @TempDir Path temp;

    @BeforeAll
    static void fill() { filled = FilledDatabase.create(shared.resolve("shop")); }

    /** Each test works on its own copy of the filled file. */
    private Path copy() { return FilledDatabase.copy(filled, temp.resolve("merchant-desk.db")); }

    private static Migrator migrator(String... testScripts) {
        return new Migrator(Stream.concat(Migrator.SCRIPTS.stream(), Stream.of(testScripts)).toList());
    }

    @Test
    void theFilledDatabaseHasRowsInEveryTableAnOrderOrTheStockTouches() throws Exception {
        try (Connection c = Database.connect(copy())) {
            Map<String, Integer> counts = counts(rows(c));
            assertThat(Migrator.currentVersion(c)).isEqualTo(Migrator.SCRIPTS.size());
            for (String table : List.of("product", "product_image", "sku", "stock_level", "stock_movement", "outbox",
                    "customer", "orders", "order_line", "order_status_history", "order_number", "sku_search",
                    "customer_search", "order_search")) {
                assertThat(counts.get(table)).as(table).isPositive();
            }
            assertThat(counts.get("orders")).isEqualTo(FilledDatabase.ORDERS);
            // Status codes (OrderCodes): pending payment, cancelled, partially refunded, refunded, packed.
            assertThat(strings(c, "SELECT DISTINCT status FROM orders")).contains("0", "5", "6", "7", "2");
            assertThat(strings(c, "SELECT DISTINCT kind FROM stock_movement")).contains("RECEIVED", "SOLD", "RETURNED");
        }
    }

    @Test
    void rebuildingSkuKeepsEveryRowAndRecreatesItsIndexesTriggersAndViews() throws Exception {
        Path file = copy();
        Map<String, List<String>> before;
        List<String> schemaBefore;
        try (Connection c = Database.connect(file)) {
            assertThat(migrator(SKU_EXTRAS).migrate(c)).containsExactly(RELEASED + 1);
            before = rows(c);
            schemaBefore = schema(c);
        }

        try (Connection c = Database.connect(file)) {
            assertThat(migrator(SKU_EXTRAS, REBUILD_SKU).migrate(c)).containsExactly(RELEASED + 2);

            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
            assertThat(pragma(c, "legacy_alter_table")).isZero();
            assertThat(strings(c, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(c.getAutoCommit()).isTrue();
            // Not one row of any table lost or changed: stock levels, movements, order lines, search rows.
            Map<String, List<String>> after = rows(c);
            assertThat(counts(after)).isEqualTo(counts(before));
            assertThat(after).isEqualTo(before);
            // The same indexes, triggers and views, word for word; only the table's CHECK changed.
            assertThat(withoutTable(schema(c), "sku")).isEqualTo(withoutTable(schemaBefore, "sku"));
            assertThat(strings(c, "SELECT sql FROM sqlite_master WHERE name = 'sku'")).singleElement().asString()
                    .contains("'EAN_8'");
            // ...and they work on the new table.
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE sku SET price_minor = price_minor + 1 WHERE sku_no = (SELECT min(sku_no) FROM sku)");
                st.executeUpdate("UPDATE stock_level SET on_hand = on_hand + 1 WHERE sku_id = (SELECT id FROM sku ORDER BY sku_no LIMIT 1)");
            }
            assertThat(strings(c, "SELECT count(*) FROM sku_price_log")).containsExactly("1");
            assertThat(strings(c, "SELECT code FROM counted_code"))
                    .containsExactlyElementsOf(strings(c, "SELECT code FROM sku ORDER BY sku_no LIMIT 1"));
            assertThat(strings(c, "SELECT count(*) FROM sku_on_hand")).containsExactly(String.valueOf(before.get("stock_level").size()));
            // The foreign keys hold again: a SKU with stock cannot go.
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM sku WHERE sku_no IN (SELECT sku_no FROM order_line)"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void searchStillFindsTheSameSkusAfterTheRebuild() throws Exception {
        Path file = copy();
        String code;
        String skuId;
        try (Connection c = Database.connect(file)) {
            code = strings(c, "SELECT code FROM sku WHERE barcode IS NOT NULL ORDER BY sku_no DESC LIMIT 1").get(0);
            skuId = strings(c, "SELECT id FROM sku WHERE code = '" + code + "'").get(0);
        }
        try (Database db = Database.open(file, migrator(SKU_EXTRAS, REBUILD_SKU))) {
            assertThat(db.schemaVersion()).isEqualTo(RELEASED + 2);
            assertThat(foreignKeysOnEveryPooledConnection(db, Database.POOL_SIZE)).isTrue();
            List<SkuRow> found = new CatalogService(db, Clock.systemUTC())
                    .search(new ProductQuery(code, null, null, false, ProductQuery.Sort.CODE, false, 0, 10)).items();
            assertThat(found).extracting(SkuRow::skuId).contains(skuId);
            // sku_search's rowids are sku_no, so each still names its SKU.
            assertThat(MigrationTest.query(db, "SELECT count(*) FROM sku_search WHERE rowid NOT IN (SELECT sku_no FROM sku)"))
                    .containsExactly("0");
        }
    }

    @Test
    void rebuildingOrdersWithANewStatusKeepsEveryOrderItsLinesHistoryAndSearch() throws Exception {
        Path file = copy();
        Clock clock = Clock.fixed(FilledDatabase.START, ZoneOffset.UTC);
        List<Order> ordersBefore;
        List<OrderRow> kimBefore;
        Map<String, List<String>> before;
        List<String> schemaBefore;
        try (Database db = Database.open(file)) {
            OrderService orders = new SqliteOrderService(db, clock);
            ordersBefore = allOrders(orders);
            kimBefore = orders.search(OrderQuery.newest(100).withText("kim")).items();
            before = db.read(RebuildMigrationTest::rows);
            schemaBefore = db.read(RebuildMigrationTest::schema);
            // The old CHECK refuses the new status.
            assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("UPDATE orders SET status = 8")))
                    .hasMessageContaining("CHECK");
        }
        assertThat(ordersBefore).hasSize(FilledDatabase.ORDERS);
        assertThat(kimBefore).isNotEmpty();

        try (Database db = Database.open(file, migrator(REBUILD_ORDERS))) {
            assertThat(db.schemaVersion()).isEqualTo(RELEASED + 1);
            assertThat(foreignKeysOnEveryPooledConnection(db, Database.POOL_SIZE)).isTrue();
            assertThat(MigrationTest.query(db, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(db.read(RebuildMigrationTest::rows)).isEqualTo(before);
            assertThat(withoutTable(db.read(RebuildMigrationTest::schema), "orders")).isEqualTo(withoutTable(schemaBefore, "orders"));

            // The app reads every order, its lines and totals as before, and finds the same ones by text.
            OrderService orders = new SqliteOrderService(db, clock);
            assertThat(allOrders(orders)).isEqualTo(ordersBefore);
            assertThat(orders.search(OrderQuery.newest(100).withText("kim")).items()).isEqualTo(kimBefore);
            assertThat(orders.history(ordersBefore.get(0).id())).isNotEmpty();

            // The new CHECK takes the new status; the foreign keys hold again.
            db.write(c -> c.createStatement().executeUpdate("UPDATE orders SET status = 8 WHERE order_no = 1"));
            assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM orders WHERE order_no = 1")))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aRebuildThatLeavesRowsPointingAtMissingSkusIsRolledBackWholeNamingThem() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            Map<String, List<String>> before = rows(c);
            List<String> schemaBefore = schema(c);
            String sold = "(SELECT s.id FROM sku s JOIN order_line l ON l.sku_no = s.sku_no)";
            long dangling = Long.parseLong(strings(c, "SELECT (SELECT count(*) FROM stock_level WHERE sku_id IN " + sold
                    + ") + (SELECT count(*) FROM stock_movement WHERE sku_id IN " + sold
                    + ") + (SELECT count(*) FROM order_line)").get(0));

            assertThatThrownBy(() -> migrator(LOSING_SOLD_SKUS).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("version " + (RELEASED + 1) + " (" + LOSING_SOLD_SKUS + ") failed")
                    .hasMessageContaining(dangling + " rows point at a row that no longer exists")
                    .hasMessageContaining(" \u2192 sku)")
                    .hasMessageContaining("stays at version " + RELEASED)
                    .satisfies(e -> assertNamedRowsAreDangling(c, e.getMessage()));

            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED);
            assertThat(rows(c)).isEqualTo(before);
            assertThat(schema(c)).isEqualTo(schemaBefore);
            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
            assertThat(strings(c, "PRAGMA foreign_key_check")).isEmpty();
        }
    }

    @Test
    void aRebuildThatFailsAfterDroppingTheTableRestoresItAndTurnsForeignKeysBackOn() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            Map<String, List<String>> before = rows(c);
            List<String> schemaBefore = schema(c);

            assertThatThrownBy(() -> migrator(THEN_FAIL).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("table_that_does_not_exist")
                    .hasMessageContaining("stays at version " + RELEASED);

            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED);
            assertThat(rows(c)).isEqualTo(before);
            assertThat(schema(c)).isEqualTo(schemaBefore);
            assertThat(c.getAutoCommit()).isTrue();
        }
        // The real scripts open the file afterwards as it was.
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(RELEASED);
            assertThat(foreignKeysOnEveryPooledConnection(db, Database.POOL_SIZE)).isTrue();
        }
    }

    @Test
    void aRebuildThatLeavesAViewOnTheDroppedTableFailsAtTheRenameAndKeepsTheVersionBefore() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            migrator(SKU_EXTRAS).migrate(c);
            Map<String, List<String>> before = rows(c);
            List<String> schemaBefore = schema(c);

            assertThatThrownBy(() -> migrator(SKU_EXTRAS, REBUILD_SKU_KEEPING_A_VIEW).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("version " + (RELEASED + 2))
                    .hasMessageContaining("sku_on_hand")
                    .hasMessageContaining("stays at version " + (RELEASED + 1));

            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED + 1);
            assertThat(rows(c)).isEqualTo(before);
            assertThat(schema(c)).isEqualTo(schemaBefore);
        }
    }

    @Test
    void aRebuildThatForgetsAnIndexIsRefusedNamingIt() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            List<String> schemaBefore = schema(c);

            assertThatThrownBy(() -> migrator(WITHOUT_PRICE_INDEX).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("lost index sku_price of table sku")
                    .hasMessageNotContaining("sku_product")
                    .hasMessageContaining("stays at version " + RELEASED);

            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED);
            assertThat(schema(c)).isEqualTo(schemaBefore);
            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
        }
    }

    @Test
    void renamingTheOldTableAwayInsteadOfTheNewOneIntoPlaceIsRefused() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            Map<String, List<String>> before = rows(c);
            List<String> schemaBefore = schema(c);

            assertThatThrownBy(() -> migrator(RENAMING_THE_OLD_TABLE).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("order_line refers to table old_sku")
                    .hasMessageContaining("stock_level refers to table old_sku")
                    .hasMessageContaining("stock_movement refers to table old_sku")
                    .hasMessageContaining("never rename the old table away");

            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED);
            assertThat(schema(c)).isEqualTo(schemaBefore);
            assertThat(rows(c)).isEqualTo(before);
            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
        }
    }

    @Test
    void anUnmarkedScriptThatDropsAReferencedTableIsRefusedBeforeItDeletesAnything() throws Exception {
        Path file = copy();
        try (Connection c = Database.connect(file)) {
            Map<String, List<String>> before = rows(c);

            assertThatThrownBy(() -> migrator(UNMARKED_DROP).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("drops table sku, which order_line, stock_level, stock_movement refer to")
                    .hasMessageContaining(MigrationScript.FOREIGN_KEYS_OFF)
                    .hasMessageContaining("stays at version " + RELEASED);

            assertThat(Migrator.currentVersion(c)).isEqualTo(RELEASED);
            assertThat(rows(c)).isEqualTo(before);
            assertThat(pragma(c, "foreign_keys")).isEqualTo(1);
        }
    }

    /** Every "table rowid N" the message names is a row whose SKU the failed rebuild left out. */
    private static void assertNamedRowsAreDangling(Connection c, String message) {
        // Order lines (WITHOUT ROWID since V3) are named without a rowid: "order_line (sku_no -> sku)".
        Matcher named = Pattern.compile("(stock_level|stock_movement) rowid (\\d+) \\(sku_id \u2192 sku\\)"
                + "|order_line \\(sku_no \u2192 sku\\)").matcher(message);
        int seen = 0;
        while (named.find()) {
            seen++;
            try {
                String row = named.group(1) == null
                        ? "SELECT count(*) > 0 FROM order_line"
                        : "SELECT count(*) FROM " + named.group(1) + " WHERE rowid = " + named.group(2)
                                + " AND sku_id IN (SELECT s.id FROM sku s JOIN order_line l ON l.sku_no = s.sku_no)";
                assertThat(strings(c, row)).as(named.group()).containsExactly("1");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(seen).as("rows named in: " + message).isEqualTo(RebuildCheck.ROWS_NAMED);
    }

    /** Holds all pooled connections at once (nested reads), so each one is asked. */
    private static boolean foreignKeysOnEveryPooledConnection(Database db, int depth) {
        if (depth == 0) {
            return true;
        }
        return db.read(c -> pragma(c, "foreign_keys") == 1 && foreignKeysOnEveryPooledConnection(db, depth - 1));
    }

    private static List<Order> allOrders(OrderService orders) {
        return orders.search(OrderQuery.newest(100)).items().stream()
                .map(row -> orders.find(row.id()).orElseThrow()).toList();
    }

    /** Every row of every table (FTS5 tables and their shadow tables too), as text, sorted per table. */
    static Map<String, List<String>> rows(Connection c) throws SQLException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            result.put(table, rows);
        }
        return result;
    }

    private static Map<String, Integer> counts(Map<String, List<String>> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, list) -> counts.put(table, list.size()));
        return counts;
    }

    /** Every table, index, trigger and view with its SQL. */
    static List<String> schema(Connection c) throws SQLException {
        return strings(c, "SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master"
                + " ORDER BY type, name");
    }

    private static List<String> withoutTable(List<String> schema, String table) {
        return schema.stream().filter(s -> !s.startsWith("table " + table + " on ")).toList();
    }

    private static int pragma(Connection c, String name) throws SQLException {
        return Integer.parseInt(strings(c, "PRAGMA " + name).get(0));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        return MigrationTest.strings(c, sql);
    }
}
