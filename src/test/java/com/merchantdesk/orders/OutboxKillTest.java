package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.store.Database;
import com.merchantdesk.testsupport.ChildJvm;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write path that queues for the platform, killed (the JVM halted, as {@code kill -9}) at named points: just
 * before one of its outbox rows is inserted and just after, inside the write's transaction. After each kill the
 * data folder is exactly as before the write: the record and its outbox rows are never separated. The points are
 * named, not timed: the child stops there whatever the speed of the machine.
 */
class OutboxKillTest {

    @TempDir static Path dir;
    private static String sku;
    private static String unpaid;
    private static String shipped;

    @BeforeAll
    static void shop() {
        try (Shop shop = new Shop(dir)) {
            sku = shop.sku("Mug", "MUG-1", "12.50", 20);
            unpaid = shop.orders().create(Shop.draft(sku, 1)).id();
            Order o = shop.orders().create(Shop.paid(Shop.draft(sku, 2)));
            shop.orders().transition(o.id(), OrderStatus.PACKED, "a");
            shipped = shop.orders().transition(o.id(), OrderStatus.SHIPPED, "a").id();
        }
    }

    static Stream<Arguments> points() {
        return Stream.of(
                Arguments.of("product-create", "product", "BEFORE"), Arguments.of("product-create", "product", "AFTER"),
                Arguments.of("product-create", "sku", "BEFORE"), Arguments.of("product-create", "sku", "AFTER"),
                Arguments.of("stock-adjust", "stock_adjustment", "BEFORE"), Arguments.of("stock-adjust", "stock_adjustment", "AFTER"),
                Arguments.of("customer-create", "customer", "BEFORE"), Arguments.of("customer-create", "customer", "AFTER"),
                Arguments.of("order-create", "customer", "AFTER"), Arguments.of("order-create", "order", "BEFORE"),
                Arguments.of("order-create", "order", "AFTER"),
                Arguments.of("order-pay", "order", "BEFORE"), Arguments.of("order-pay", "order", "AFTER"),
                Arguments.of("refund", "refund", "BEFORE"), Arguments.of("refund", "refund", "AFTER"));
    }

    @ParameterizedTest(name = "{0} killed {2} its {1} outbox row")
    @MethodSource("points")
    void aKillAtANamedPointLeavesNeitherTheRecordNorItsOutboxRow(String action, String entity, String when) throws Exception {
        Map<String, Long> before = footprint();
        List<String> args = new ArrayList<>(List.of(dir.toString(), when, entity, action));
        switch (action) {
            case "stock-adjust", "order-create" -> args.add(sku);
            case "order-pay" -> args.add(unpaid);
            case "refund" -> { args.add(shipped); args.add(sku); }
            default -> { }
        }
        try (ChildJvm child = ChildJvm.start(OutboxKillProbe.class, args.toArray(String[]::new))) {
            child.awaitOut("armed", l -> l.equals("ARMED"));
            child.awaitOut("the kill", l -> l.equals("KILLED AT " + when + " " + entity) || l.equals("NOT KILLED"));
            assertThat(child.awaitExit()).as("halted at the named point, not run to the end").isEqualTo(9);
        }
        assertThat(footprint()).isEqualTo(before);
    }

    /** Rows of every table, the stock on hand and the outbox by state: what any half-written write would change. */
    private static Map<String, Long> footprint() throws Exception {
        try (Database db = Database.open(dir.resolve("merchant-desk.db"))) {
            return db.read(c -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                List<String> tables = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                + "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    counts.put(t, count(c, "SELECT count(*) FROM \"" + t + "\""));
                }
                counts.put("on hand", count(c, "SELECT coalesce(sum(on_hand), 0) FROM stock_level"));
                counts.put("outbox states", count(c, "SELECT coalesce(sum(state * 10 + 1), 0) FROM outbox"));
                counts.put("quick_check ok", "ok".equals(Database.quickCheck(c)) ? 1L : 0L);
                return counts;
            });
        }
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
