package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.apply.PulledChanges;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's own change feed, as the platform writes it, applied to a desk's store: another desk's order, its
 * shipping and a restocked refund arrive once and move the desk's stock exactly once, however often the feed is
 * applied, and nothing is queued back.
 */
class SandboxFeedAppliedTest {

    @TempDir Path folder;
    private SandboxFixture sandbox;
    private Shop otherDesk;
    private AppContext desk;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder.resolve("platform"));
        otherDesk = new Shop(sandbox.alpha);
        desk = AppContext.open(new DataDirectory(folder.resolve("desk")), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        desk.close();
        sandbox.close();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private List<Change> feed() throws Exception {
        List<Change> changes = new ArrayList<>();
        for (JsonNode node : Shop.readAll(sandbox.alpha, null, 50).changes()) {
            changes.add(PlatformJson.mapper().treeToValue(node, Change.class));
        }
        return changes;
    }

    private void applyAll(List<Change> changes) {
        PulledChanges appliers = PulledChanges.standard();
        desk.database().write(c -> {
            for (Change change : changes) {
                appliers.apply(c, change); // products, SKUs and customers have their own appliers (not here)
            }
            return null;
        });
    }

    private long count(String sql) {
        return desk.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void anotherDesksOrderShippingAndRestockedRefundFromTheFeedCountOnce() throws Exception {
        String platformSku = otherDesk.sku(10);
        String code = expect(200, sandbox.alpha.get("/v1/skus/" + platformSku)).json().path("code").asText();
        // This desk sells the same article under the same code (its own SKU id).
        String skuId = desk.catalog().save(new ProductInput(null, "Linen shirt", "", "Apparel", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", "39000", "", "", "", "0")), List.of(), null),
                Currency.getInstance("KRW")).skus().get(0).id();
        desk.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 10, "delivery", "", ""));
        String orderId = otherDesk.createOrder(Bodies.line(platformSku, 2));
        JsonNode order = expect(200, sandbox.alpha.get("/v1/orders/" + orderId)).json();
        String lineId = order.path("lines").get(0).path("id").asText();
        expect(200, sandbox.alpha.post("/v1/orders/" + orderId + "/fulfilment", map("step", "packed",
                "at", "2026-12-04T10:00:00Z", "desk_id", otherDesk.deskId)));
        expect(200, sandbox.alpha.post("/v1/orders/" + orderId + "/fulfilment", map("step", "shipped",
                "at", "2026-12-04T11:00:00Z", "desk_id", otherDesk.deskId)));
        expect(201, sandbox.alpha.post("/v1/refunds", map("id", Bodies.id(), "order_id", orderId,
                "lines", List.of(map("line_id", lineId, "quantity", 1)), "amount", Bodies.money("KRW", 39000),
                "restock", true, "reason", "too small", "desk_id", otherDesk.deskId)));
        long queued = count("SELECT count(*) FROM outbox");

        List<Change> changes = feed();
        applyAll(changes);
        applyAll(changes);

        Order pulled = desk.orders().find(orderId).orElseThrow();
        assertThat(pulled.number()).isEqualTo(order.path("number").asText()).startsWith(otherDesk.deskCode + "-");
        assertThat(pulled.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(pulled.refunded().minorUnits()).isEqualTo(39000);
        // The platform names its own SKU id, which this desk does not have: the line waits for mapping.
        assertThat(pulled.lines()).singleElement().satisfies(l -> {
            assertThat(l.needsMapping()).isTrue();
            assertThat(l.unmappedSku()).isEqualTo(platformSku);
            assertThat(l.refundedQuantity()).isEqualTo(1);
        });
        assertThat(desk.stock().onHand(skuId)).isEqualTo(10);

        LineMapping.Mapped mapped = new LineMapping(desk.database(), desk.clock(), desk.salesLedger()).map(lineId, code);
        applyAll(changes);

        assertThat(mapped.unitsMoved()).as("sold 2, one restocked").isEqualTo(1);
        assertThat(desk.stock().onHand(skuId)).as("sold 2, one back, each once").isEqualTo(9);
        assertThat(count("SELECT count(*) FROM outbox")).as("nothing queued back").isEqualTo(queued);
        assertThat(count("SELECT count(*) FROM orders WHERE desk_code IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sync_desk")).as("the other desk's code is known").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM platform_stock")).isEqualTo(1);
        // The platform's first delivery of its own SKU id waits for that SKU (catalogue sync brings it).
        assertThat(count("SELECT count(*) FROM sync_waiting WHERE kind = 'stock_adjustment'")).isEqualTo(1);
    }
}
