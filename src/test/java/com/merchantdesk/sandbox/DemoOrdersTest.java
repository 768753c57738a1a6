package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo account's online orders, read back through the API (every answer checked against
 * docs/platform-api.yaml): the desk demo's platform orders of the same year, with parcels whose tracking is
 * consistent, refunds with their requests; and a large account of exactly N orders, each once in the feed.
 */
class DemoOrdersTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path sandboxFolder;

    @TempDir
    Path deskFolder;

    @Test
    void theDemoYearIsTheDeskDemosPlatformOrdersWithParcelsTrackedInOrder() {
        Instant now = SandboxFixture.START;
        Map<String, String> desk = new TreeMap<>();
        try (AppContext app = AppContext.open(new DataDirectory(deskFolder), Clock.fixed(now, ZoneOffset.UTC))) {
            new DemoShop(app).fill();
            app.demoHistory().write(app.clock(), SEOUL, USD);
            for (int offset = 0; ; offset += OrderQuery.MAX_LIMIT) {
                List<OrderRow> rows = app.orders().search(new OrderQuery(null, Set.of(Channel.PLATFORM), null, null, "",
                        OrderQuery.Sort.NUMBER, false, offset, OrderQuery.MAX_LIMIT)).items();
                rows.forEach(r -> desk.put(r.number(), r.createdAt() + " " + r.total().minorUnits() + " "
                        + r.status().name().toLowerCase(java.util.Locale.ROOT)));
                if (rows.size() < OrderQuery.MAX_LIMIT) {
                    break;
                }
            }
        }
        try (SandboxFixture sandbox = new SandboxFixture(sandboxFolder)) {
            DemoAccount.Seeded seeded = DemoAccount.seed(sandbox.db(), "alpha", USD, now);
            DemoOrders.Written written = DemoOrders.writeYear(sandbox.db(), "alpha", seeded.onSale(), now, SEOUL, done -> { });
            Feed feed = Feed.read(sandbox.alpha, 2_000);

            Map<String, String> platform = new TreeMap<>();
            feed.of("order").forEach(o -> platform.put(o.path("number").asText(), Instant.parse(o.path("placed_at").asText()) + " "
                    + o.path("total").path("amount_minor").asLong() + " " + o.path("status").asText()));
            assertThat(platform).as("number, time, total and status of each online order, as the desk's demo has them")
                    .hasSizeGreaterThan(500).isEqualTo(desk);
            assertThat(written.orders()).isEqualTo(platform.size());

            Set<String> months = new TreeSet<>();
            feed.of("order").forEach(o -> months.add(o.path("placed_at").asText().substring(0, 7)));
            assertThat(months).as("a year of orders").hasSizeGreaterThanOrEqualTo(12);

            Map<String, JsonNode> orders = feed.byId("order");
            Map<String, List<JsonNode>> parcelsOf = new HashMap<>();
            Set<String> numbers = new HashSet<>();
            int customs = 0;
            int delayed = 0;
            for (JsonNode parcel : feed.of("shipment")) {
                JsonNode order = orders.get(parcel.path("order_id").asText());
                assertThat(order).as("the parcel's order is in the feed").isNotNull();
                parcelsOf.computeIfAbsent(order.path("id").asText(), k -> new ArrayList<>()).add(parcel);
                String carrier = parcel.path("carrier").asText();
                String tracking = parcel.path("tracking_number").asText();
                assertThat(DemoCarriers.byCode(carrier).orElseThrow().accepts(tracking)).as(carrier + " " + tracking).isTrue();
                assertThat(numbers.add(carrier + " " + tracking)).as("each waybill once").isTrue();
                Instant shipped = Instant.parse(parcel.path("shipped_at").asText());
                Instant previous = shipped;
                List<String> steps = new ArrayList<>();
                for (JsonNode event : parcel.path("events")) {
                    Instant at = Instant.parse(event.path("at").asText());
                    assertThat(at).as("events in order, after shipping, none in the future").isAfterOrEqualTo(previous)
                            .isBeforeOrEqualTo(now);
                    previous = at;
                    steps.add(event.path("status").asText());
                }
                assertThat(steps).as("a parcel's journey").isNotEmpty().startsWith("picked_up");
                boolean abroad = !"KR".equals(order.path("ship_to").path("country").asText());
                assertThat(abroad || !steps.contains("customs")).as("customs only abroad").isTrue();
                assertThat(abroad ? Set.of("EMS", "GLX") : Set.of("HANA", "SWIFT", "POST")).contains(carrier);
                customs += abroad ? 1 : 0;
                delayed += steps.contains("delayed") ? 1 : 0;
                boolean delivered = !parcel.path("delivered_at").isMissingNode() && !parcel.path("delivered_at").isNull();
                assertThat(steps.contains("delivered")).isEqualTo(delivered);
                if (delivered) {
                    assertThat(steps.contains("customs")).as("a parcel delivered abroad cleared customs").isEqualTo(abroad);
                    assertThat(steps.get(steps.size() - 1)).isEqualTo("delivered");
                    assertThat(parcel.path("events").get(steps.size() - 1).path("at").asText()).isEqualTo(parcel.path("delivered_at").asText());
                    assertThat(history(order)).contains("delivered");
                }
                assertThat(shipped.toString()).isEqualTo(historyAt(order, "shipped"));
            }
            assertThat(customs).as("parcels abroad").isPositive();
            assertThat(delayed).as("delayed parcels").isPositive();
            for (JsonNode order : orders.values()) {
                boolean shipped = history(order).contains("shipped");
                assertThat(parcelsOf.getOrDefault(order.path("id").asText(), List.of())).as(order.path("number").asText())
                        .hasSize(shipped ? 1 : 0);
            }
            assertThat(orders.values().stream().filter(o -> o.path("status").asText().equals("shipped")))
                    .as("parcels still on their way").isNotEmpty();

            Map<String, JsonNode> requests = feed.byId("after_sale");
            Map<String, Long> refundedPerOrder = new HashMap<>();
            for (JsonNode refund : feed.of("refund")) {
                refundedPerOrder.merge(refund.path("order_id").asText(), refund.path("amount").path("amount_minor").asLong(), Long::sum);
                JsonNode request = requests.get(refund.path("after_sale_id").asText());
                assertThat(request.path("state").asText()).isEqualTo("accepted");
                assertThat(request.path("refund_id").asText()).isEqualTo(refund.path("id").asText());
            }
            assertThat(refundedPerOrder).as("refunds").hasSizeGreaterThan(10);
            for (JsonNode order : orders.values()) {
                assertThat(order.path("refunded").path("amount_minor").asLong())
                        .isEqualTo(refundedPerOrder.getOrDefault(order.path("id").asText(), 0L));
            }
            assertThat(requests.values().stream().filter(r -> r.path("state").asText().equals("open")))
                    .as("requests waiting for the seller").isNotEmpty();
            assertThat(orders.values().stream().filter(o -> o.path("status").asText().equals("cancelled")))
                    .as("buyers' cancellations").isNotEmpty()
                    .allSatisfy(o -> assertThat(lastStep(o).path("actor").asText()).isEqualTo("buyer"));
        }
    }

    @Test
    void aLargeAccountHasExactlyTheOrdersAskedEachOnceInTheFeed() {
        int count = DemoOrders.CHUNK + 2_345;
        try (SandboxFixture sandbox = new SandboxFixture(sandboxFolder)) {
            DemoAccount.Seeded seeded = DemoAccount.seed(sandbox.db(), "alpha", USD, SandboxFixture.START);
            List<Long> progress = new CopyOnWriteArrayList<>();
            DemoOrders.Written written = DemoOrders.writeMany(sandbox.db(), "alpha", seeded.onSale(), SandboxFixture.START, SEOUL,
                    count, progress::add);

            assertThat(written.orders()).isEqualTo(count);
            assertThat(progress).as("a progress report per transaction").containsExactly((long) DemoOrders.CHUNK, (long) count);
            Feed feed = Feed.read(sandbox.alpha, 5_000);
            assertThat(feed.of("order")).hasSize(count);
            assertThat(feed.byId("order")).as("each order once").hasSize(count);
            assertThat(feed.byId("shipment")).hasSize((int) written.shipments());
            long catalogue = seeded.products() + 2L * seeded.skus() + feed.byId("stock_adjustment").size();
            assertThat(feed.entries).as("every record once").isEqualTo(catalogue + written.feedEntries())
                    .isEqualTo(feed.ids.size());
            Set<String> months = new TreeSet<>();
            feed.of("order").forEach(o -> months.add(o.path("placed_at").asText().substring(0, 7)));
            assertThat(months).hasSizeGreaterThanOrEqualTo(12);

            int snapshot = 0;
            String token = null;
            do {
                JsonNode page = sandbox.alpha.get("/v1/snapshot?kind=order&limit=5000" + (token == null ? "" : "&page_token=" + token)).json();
                snapshot += page.path("items").size();
                token = page.path("has_more").asBoolean() ? page.path("next_page_token").asText() : null;
            } while (token != null);
            assertThat(snapshot).as("the order snapshot").isEqualTo(count);
        }
    }

    private static List<String> history(JsonNode order) {
        List<String> steps = new ArrayList<>();
        order.path("history").forEach(h -> steps.add(h.path("status").asText()));
        return steps;
    }

    private static String historyAt(JsonNode order, String status) {
        for (JsonNode h : order.path("history")) {
            if (h.path("status").asText().equals(status)) {
                return Instant.parse(h.path("at").asText()).toString();
            }
        }
        return null;
    }

    private static JsonNode lastStep(JsonNode order) { return order.path("history").get(order.path("history").size() - 1); }

    /** The whole feed of a seller, paged through {@code GET /v1/changes}. */
    private static final class Feed {
        final Map<String, List<JsonNode>> byKind = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        long entries;

        static Feed read(SandboxClient client, int limit) {
            Feed feed = new Feed();
            String cursor = null;
            boolean more = true;
            while (more) {
                JsonNode page = client.get("/v1/changes?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor)).json();
                for (JsonNode change : page.path("changes")) {
                    feed.entries++;
                    feed.ids.add(change.path("kind").asText() + " " + change.path("id").asText());
                    feed.byKind.computeIfAbsent(change.path("kind").asText(), k -> new ArrayList<>()).add(change.path("data"));
                }
                cursor = page.path("next_cursor").asText();
                more = page.path("has_more").asBoolean();
            }
            return feed;
        }

        List<JsonNode> of(String kind) { return byKind.getOrDefault(kind, List.of()); }

        Map<String, JsonNode> byId(String kind) {
            Map<String, JsonNode> map = new HashMap<>();
            of(kind).forEach(n -> map.put(n.path("id").asText(), n));
            return map;
        }
    }
}
