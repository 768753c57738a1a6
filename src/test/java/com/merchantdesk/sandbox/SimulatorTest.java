package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.sandbox.simulation.Simulator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated marketplace, ticked by the test (never by time): stock never below zero, parcels move in order. */
class SimulatorTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    List<String> skus = new ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        String productId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        for (int i = 0; i < 3; i++) {
            String sku = Bodies.id();
            skus.add(sku);
            alpha.post("/v1/skus", Bodies.sku(sku, productId, "TEE-" + i));
            alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), sku, 4));
        }
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void buyersNeverTakePlatformStockBelowZero() {
        try (Simulator simulator = new Simulator(sandbox.db(), sandbox.server.marketplace(), "alpha", 120, 3, 42)) {
            for (int t = 0; t < 40; t++) {
                simulator.tick();
                for (String sku : skus) {
                    assertThat(onHand(sku)).as("after tick " + t).isGreaterThanOrEqualTo(0);
                }
            }
            assertThat(simulator.ordersPlaced()).as("orders were placed until the shop sold out").isPositive();
            long left = skus.stream().mapToLong(this::onHand).sum();
            assertThat(left).as("12 units, each order takes 1 to 3, a few come back by cancellation").isLessThan(12);
        }
        assertThat(changesOfKind("order")).isNotEmpty();
    }

    @Test
    void aShippedParcelsEventsArriveInOrder() {
        String deskId = Bodies.id();
        alpha.post("/v1/desks", Bodies.desk(deskId));
        try (Simulator simulator = new Simulator(sandbox.db(), sandbox.server.marketplace(), "alpha", 60, 2, 7)) {
            simulator.tick();
            JsonNode order = alpha.get("/v1/changes").json().path("changes").findValues("data").stream()
                    .filter(d -> "platform".equals(d.path("channel").asText())).findFirst().orElseThrow();
            String tracking = alpha.post("/v1/carriers/HANA/waybills", map("count", 1)).json().path("numbers").get(0).asText();
            String shipmentId = Bodies.id();
            assertThat(alpha.post("/v1/shipments", map("id", shipmentId, "order_id", order.path("id").asText(), "carrier", "HANA",
                    "service", "STD", "tracking_number", tracking, "shipped_at", Instant.now().toString())).status()).isEqualTo(201);
            for (int t = 0; t < 30; t++) {
                simulator.tick();
            }
            JsonNode events = alpha.get("/v1/shipments/" + shipmentId).json().path("events");
            List<String> statuses = new ArrayList<>();
            events.forEach(e -> statuses.add(e.path("status").asText()));
            assertThat(statuses).first().isEqualTo(TrackingStatus.PICKED_UP.wire());
            assertThat(statuses).contains(TrackingStatus.IN_TRANSIT.wire());
            assertThat(statuses.get(statuses.size() - 1)).isIn(TrackingStatus.DELIVERED.wire(), TrackingStatus.RETURNED.wire());
            for (int i = 1; i < events.size(); i++) {
                assertThat(Instant.parse(events.get(i).path("at").asText()))
                        .isAfterOrEqualTo(Instant.parse(events.get(i - 1).path("at").asText()));
            }
            if (statuses.contains("delivered")) {
                assertThat(alpha.get("/v1/orders/" + order.path("id").asText()).json().path("status").asText()).isEqualTo("delivered");
            }
        }
    }

    @Test
    void onALargeDemoAccountAParcelShippedBeforeTheSimulationStartedStillMoves() {
        SandboxClient beta = sandbox.beta;
        DemoAccount.Seeded seeded = DemoAccount.seed(sandbox.db(), "beta", java.util.Currency.getInstance("USD"), SandboxFixture.START);
        DemoOrders.Written history = DemoOrders.writeMany(sandbox.db(), "beta", seeded.onSale(), SandboxFixture.START,
                java.time.ZoneId.of("Asia/Seoul"), 6_000, done -> { });
        assertThat(history.feedEntries()).as("more history than the simulation looks back on").isGreaterThan(10_000);
        String skuId = seeded.onSale().stream().map(DemoAccount.OnSale::id)
                .filter(id -> beta.get("/v1/stock/" + id).json().path("on_hand").asLong() > 0).findFirst().orElseThrow();
        String orderId = sandbox.server.marketplace().placeOnlineOrder("beta", "Kim Minji", null,
                List.of(new com.merchantdesk.sandbox.market.Marketplace.Wanted(skuId, 1))).id();
        String tracking = beta.post("/v1/carriers/HANA/waybills", map("count", 1)).json().path("numbers").get(0).asText();
        String shipmentId = Bodies.id();
        assertThat(beta.post("/v1/shipments", map("id", shipmentId, "order_id", orderId, "carrier", "HANA", "service", "STD",
                "tracking_number", tracking, "shipped_at", SandboxFixture.START.toString())).status())
                .as("the history's HANA numbers are not handed out again").isEqualTo(201);

        try (Simulator simulator = new Simulator(sandbox.db(), sandbox.server.marketplace(), "beta", 0, 2, 7)) {
            // The first tick finds the parcel near the feed's end (reading the history 1,000 changes a tick would take
            // 16); then at most six steps, one every 2 ticks.
            for (int t = 0; t < 16; t++) {
                simulator.tick();
            }
        }
        List<String> statuses = new ArrayList<>();
        beta.get("/v1/shipments/" + shipmentId).json().path("events").forEach(e -> statuses.add(e.path("status").asText()));
        assertThat(statuses).first().isEqualTo(TrackingStatus.PICKED_UP.wire());
        assertThat(statuses.get(statuses.size() - 1)).isIn(TrackingStatus.DELIVERED.wire(), TrackingStatus.RETURNED.wire());
    }

    private long onHand(String sku) { return alpha.get("/v1/stock/" + sku).json().path("on_hand").asLong(); }

    private List<JsonNode> changesOfKind(String kind) {
        List<JsonNode> found = new ArrayList<>();
        alpha.get("/v1/changes?limit=5000").json().path("changes").forEach(c -> {
            if (kind.equals(c.path("kind").asText())) {
                found.add(c);
            }
        });
        return found;
    }
}
