package com.merchantdesk.orders.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated order history is what the service would have written (whole orders, stock equal to the ledger,
 * numbers the next order continues), and the orders list finds the same orders in it whichever way the query
 * is led (few or many text matches, with and without filters) as a plain query without any tricks.
 */
class SyntheticOrdersTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    @TempDir static Path dir;
    private static AppContext app;

    @BeforeAll
    static void generate() {
        app = AppContext.open(new DataDirectory(dir), Clock.fixed(NOW, ZoneOffset.UTC));
        new SyntheticCatalog(app.database(), app.clock()).generate(60, 7, USD);
        SyntheticOrdersSummary s = new SyntheticOrders(app.database(), app.clock(), app.salesLedger()).generate(6_000, 7, USD);
        walAfterGenerate = walBytes();
        assertThat(s.orders()).isEqualTo(6_000);
        assertThat(s.lines()).isBetween(15_000L, 20_000L);
    }

    private static long walAfterGenerate;

    private static long walBytes() {
        java.nio.file.Path wal = dir.resolve(DataDirectory.DATABASE_FILE + "-wal");
        try {
            return java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theWalIsTruncatedWhenGenerationEnds() {
        // 6,000 orders in one transaction left about 15 MB of WAL; chunks and a final checkpoint leave none.
        assertThat(walAfterGenerate).isZero();
    }

    @AfterAll
    static void close() { app.close(); }

    private static long count(String sql) {
        return app.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void ordersAreWholeAndStockMatchesTheLedger() {
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(6_000);
        assertThat(count("SELECT count(*) FROM orders o WHERE o.line_count <> (SELECT count(*) FROM order_line l "
                + "WHERE l.order_no = o.order_no)")).isZero();
        assertThat(count("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_status_history h "
                + "WHERE h.order_no = o.order_no)")).isZero();
        assertThat(count("SELECT count(*) FROM order_search")).isEqualTo(6_000);
        assertThat(count("SELECT count(*) FROM stock_level l WHERE l.on_hand <> (SELECT coalesce(sum(m.delta), 0) "
                + "FROM stock_movement m WHERE m.sku_id = l.sku_id)")).isZero();
        assertThat(count("SELECT count(*) FROM stock_level WHERE on_hand < 0")).as("topped up, never negative").isZero();
        assertThat(count("SELECT min(created_at) FROM orders")).isGreaterThanOrEqualTo(NOW.minusSeconds(731L * 86_400).toEpochMilli());
        assertThat(count("SELECT max(created_at) FROM orders")).isLessThanOrEqualTo(NOW.toEpochMilli());
        // Every status and channel occurs; recent orders are the ones still to do.
        assertThat(count("SELECT count(DISTINCT status) FROM orders")).isEqualTo(OrderStatus.values().length);
        assertThat(count("SELECT count(DISTINCT channel) FROM orders")).isEqualTo(Channel.values().length);
        // Statuses are stored as codes (schema V3, OrderCodes): 0 pending payment, 1 paid, 2 packed, 7 refunded.
        assertThat(count("SELECT count(*) FROM orders WHERE status IN (0, 1, 2) "
                + "AND created_at < " + NOW.minusSeconds(5 * 86_400).toEpochMilli())).isZero();
        assertThat(count("SELECT count(*) FROM orders WHERE refunded_minor > total_minor OR (status = 7 "
                + "AND refunded_minor <> total_minor)")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).as("history the platform already knows").isZero();
    }

    @Test
    void theNextOrderContinuesTheNumbers() {
        long last = count("SELECT max(CAST(substr(number, 8) AS INTEGER)) FROM orders WHERE number LIKE 'D-2026-%'");
        List<String> skus = app.database().read(c -> {
            List<String> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM sku LIMIT 1")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        Order o = app.orders().create(new OrderDraft(USD, Channel.PHONE, null, null, null, List.of(OrderDraft.LineDraft.of(skus.get(0), 1)),
                "", "", "", null, false, "", null, true));
        assertThat(o.number()).isEqualTo(String.format("D-2026-%06d", last + 1));
    }

    @Test
    void searchAgreesWithAPlainQueryHoweverItIsLed() {
        OrderQuery base = new OrderQuery(null, null, null, null, "", OrderQuery.Sort.CREATED, true, 0, 50);
        Instant from = NOW.minusSeconds(200L * 86_400);
        for (String text : List.of("k", "kim", "010", "5", "minjun", "app", "d-2025", "王", "nothing-like-this")) {
            for (OrderQuery q : List.of(base.withText(text),
                    base.withText(text).withStatuses(Set.of(OrderStatus.DELIVERED)),
                    base.withText(text).withChannels(EnumSet.of(Channel.PHONE, Channel.STALL)),
                    base.withText(text).withStatuses(OrderStatus.AFTER_SALE).withCreated(from, null),
                    base.withText(text).withCreated(from, NOW).withOffset(50))) {
                Page<OrderRow> page = app.orders().search(q);
                List<String> expected = plain(q);
                assertThat(page.total()).as(q.toString()).isEqualTo(Long.parseLong(expected.get(0)));
                assertThat(page.items().stream().map(OrderRow::number).toList()).as(q.toString())
                        .isEqualTo(expected.subList(1, expected.size()));
            }
        }
    }

    /** The total, then the page's numbers, from straightforward SQL with the same meaning (statuses and channels as their stored codes). */
    private static List<String> plain(OrderQuery q) {
        String words = com.merchantdesk.catalog.SearchText.matchExpression(q.text());
        StringBuilder where = new StringBuilder(" FROM orders o WHERE o.order_no IN (SELECT rowid FROM order_search "
                + "WHERE order_search MATCH 'terms : (' || ? || ')')");
        if (q.statuses().size() < OrderStatus.values().length) {
            where.append(" AND o.status IN (").append(String.join(",", q.statuses().stream().map(s -> String.valueOf(OrderCodes.of(s))).toList())).append(')');
        }
        if (q.channels().size() < Channel.values().length) {
            where.append(" AND o.channel IN (").append(String.join(",", q.channels().stream().map(s -> String.valueOf(OrderCodes.of(s))).toList())).append(')');
        }
        if (q.createdFrom() != null) {
            where.append(" AND o.created_at >= ").append(q.createdFrom().toEpochMilli());
        }
        if (q.createdBefore() != null) {
            where.append(" AND o.created_at < ").append(q.createdBefore().toEpochMilli());
        }
        return app.database().read(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                ps.setString(1, words);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    result.add(Long.toString(rs.getLong(1)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT o.number" + where
                    + " ORDER BY o.created_at DESC, o.order_no DESC LIMIT " + q.limit() + " OFFSET " + q.offset())) {
                ps.setString(1, words);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
            return result;
        });
    }

    @Test
    void anEmptyCatalogueIsRefused() {
        try (AppContext empty = AppContext.open(new DataDirectory(dir.resolve("empty")), Clock.systemUTC())) {
            assertThatThrownBy(() -> new SyntheticOrders(empty.database(), empty.clock(), empty.salesLedger()).generate(5, 1, USD))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
