package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.demo.DemoCatalog;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform account seeded with a year of online orders (the sandbox's demo account: {@code sandbox --demo}, the
 * sync benchmarks, the live demo) is one the platform could have made by selling: its stock is an opening stocktake
 * before the first order plus what the orders, cancellations and restocked refunds moved, and the stock the seller
 * sees today is the catalogue's. So a desk's first sync, history included, ends with every SKU's on-hand the
 * platform's level and the sum of the desk's own movements ({@link SyncEndState#assertBothSidesAgree()}).
 */
class SeededHistorySyncTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = PlatformForTests.START;

    @TempDir
    Path root;

    @Test
    void aLargeAccountsFirstSyncEndsWithTheDesksStockThePlatforms() throws Exception {
        firstSyncAgrees((db, seeded) -> DemoOrders.writeMany(db, "alpha", seeded.onSale(), NOW, SEOUL, 3_000, done -> { }));
    }

    @Test
    void theLiveDemosYearSyncsToTheSameStockOnBothSides() throws Exception {
        firstSyncAgrees((db, seeded) -> DemoOrders.writeYear(db, "alpha", seeded.onSale(), NOW, SEOUL, done -> { }));
    }

    private void firstSyncAgrees(BiFunction<Database, DemoAccount.Seeded, DemoOrders.Written> history) throws Exception {
        ScenarioRun.endOf(root, false, run -> {
            Database db = run.platform.server.database();
            DemoAccount.Seeded seeded = DemoAccount.seed(db, "alpha", USD, NOW);
            DemoOrders.Written written = history.apply(db, seeded);
            assertThat(written.refunds()).as("restocked refunds among the history").isPositive();

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            Map<String, Long> levels = new TreeMap<>();
            for (JsonNode s : SyncEndState.snapshot(run.platform, "stock")) {
                levels.put(s.path("sku_code").asText(), s.path("on_hand").asLong());
            }
            assertThat(levels).as("the stock the seller sees today is the catalogue's, after the year's sales")
                    .isEqualTo(catalogueStock());
            Map<String, Long> desk = new TreeMap<>();
            for (String row : run.desk().strings("SELECT s.code || ' ' || l.on_hand FROM sku s JOIN stock_level l ON l.sku_id = s.id")) {
                desk.put(row.substring(0, row.lastIndexOf(' ')), Long.parseLong(row.substring(row.lastIndexOf(' ') + 1)));
            }
            assertThat(desk).as("each SKU's on-hand on the desk after its first sync").isEqualTo(levels);

            // The opening: per SKU the history moved, its adjustments add up to today's level plus what the orders took
            // net (lines of orders not cancelled, less restocked refunds), and they come before the first order.
            Map<String, String> codes = new HashMap<>();
            SyncEndState.snapshot(run.platform, "stock").forEach(s -> codes.put(s.path("sku_id").asText(), s.path("sku_code").asText()));
            Instant firstOrder = Instant.MAX;
            Map<String, Long> taken = new TreeMap<>();
            Map<String, String> skuOfLine = new HashMap<>();
            for (JsonNode o : SyncEndState.snapshot(run.platform, "order")) {
                Instant placed = Instant.parse(o.path("placed_at").asText());
                firstOrder = placed.isBefore(firstOrder) ? placed : firstOrder;
                boolean cancelled = o.path("status").asText().equals("cancelled");
                for (JsonNode l : o.path("lines")) {
                    String code = codes.get(l.path("sku_id").asText());
                    skuOfLine.put(l.path("id").asText(), code);
                    taken.merge(code, cancelled ? 0 : l.path("quantity").asLong(), Long::sum);
                }
            }
            for (JsonNode r : SyncEndState.snapshot(run.platform, "refund")) {
                for (JsonNode l : r.path("lines")) {
                    taken.merge(skuOfLine.get(l.path("line_id").asText()), r.path("restock").asBoolean() ? -l.path("quantity").asLong() : 0,
                            Long::sum);
                }
            }
            assertThat(taken).as("the history sells many SKUs").hasSizeGreaterThan(50);
            Map<String, Long> opening = new TreeMap<>();
            taken.keySet().forEach(code -> opening.put(code, 0L));
            for (JsonNode a : SyncEndState.snapshot(run.platform, "stock_adjustment")) {
                String code = codes.get(a.path("sku_id").asText());
                if (taken.containsKey(code)) {
                    opening.merge(code, a.path("delta").asLong(), Long::sum);
                    assertThat(Instant.parse(a.path("at").asText())).as("the opening stock of " + code + " comes before the first order")
                            .isBefore(firstOrder);
                }
            }
            Map<String, Long> expected = new TreeMap<>();
            taken.forEach((code, units) -> expected.put(code, levels.get(code) + units));
            assertThat(opening).as("each sold SKU's opening stock: today's level plus what the orders took").isEqualTo(expected);
        });
    }

    /** Every SKU's stock as the demo catalogue plans it, by code. */
    private static Map<String, Long> catalogueStock() {
        Map<String, Long> stock = new TreeMap<>();
        for (DemoCatalog.DemoProduct p : DemoCatalog.plan(USD, NOW)) {
            p.skus().forEach(s -> stock.put(s.code(), s.stock()));
        }
        return stock;
    }
}
