package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.list;
import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.StatusChange;
import com.merchantdesk.sandbox.store.Orders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders: batches answered per item, and the transitions each side owns (payment, fulfilment, cancellation). */
class SandboxOrderTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Shop shop;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        shop = new Shop(alpha);
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void aBatchOfOrdersIsAnsweredPerItemAndARefusedOrderTakesNoStock() {
        String skuId = shop.sku(10);
        String first = Bodies.id();
        String refused = Bodies.id();
        String third = Bodies.id();
        List<Object> items = list(shop.order(first, Bodies.line(skuId, 2)),
                shop.order(refused, Bodies.line(skuId, 1), Bodies.line(Bodies.id(), 1)),
                shop.order(third, Bodies.line(skuId, 3)),
                shop.order(first, Bodies.line(skuId, 2)));

        Reply batch = expect(200, alpha.post("/v1/orders/batch", map("items", items)));

        JsonNode results = batch.json().path("results");
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(201, 422, 201, 200);
        assertThat(results).extracting(r -> r.path("id").asText()).containsExactly(first, refused, third, first);
        assertThat(results.get(1).path("problem").path("errors")).extracting(e -> e.path("field").asText())
                .containsExactly("lines[1].sku_id");
        assertThat(results.get(3).path("record")).as("the same order again is the order as it is").isEqualTo(results.get(0).path("record"));
        assertThat(shop.onHand(skuId)).as("2 + 3 units; none for the refused order, none for the repeat").isEqualTo(5);
        expect(404, alpha.get("/v1/orders/" + refused));
        expect(200, alpha.get("/v1/orders/" + third));
    }

    @Test
    void aDeskPaysItsPendingOrderAndPayingAPaidOrderChangesNothing() {
        String skuId = shop.sku(5);
        String id = Bodies.id();
        Map<String, Object> pending = shop.order(id, Bodies.line(skuId, 1));
        pending.put("status", "pending_payment");
        Reply created = expect(201, alpha.post("/v1/orders", pending));
        assertThat(created.json().path("payment_state").asText()).isEqualTo("unpaid");

        Reply paid = expect(200, alpha.post("/v1/orders/" + id + "/payment",
                map("paid_at", "2026-12-04T09:20:00Z", "payment_method", "card", "desk_id", shop.deskId)));
        Reply again = expect(200, alpha.post("/v1/orders/" + id + "/payment", map("paid_at", "2026-12-04T09:30:00Z")));

        assertThat(paid.json().path("status").asText()).isEqualTo("paid");
        assertThat(paid.json().path("payment_state").asText()).isEqualTo("paid");
        assertThat(paid.json().path("payment_method").asText()).isEqualTo("card");
        assertThat(paid.json().path("paid_at").asText()).isEqualTo("2026-12-04T09:20:00Z");
        assertThat(paid.json().path("version").asLong()).isEqualTo(2);
        assertThat(again.json()).as("already paid: the order as it is").isEqualTo(paid.json());
        assertThat(alpha.get("/v1/orders/" + id).json().path("history")).hasSize(2);
    }

    @Test
    void fulfilmentStepsMayBeSkippedAndAStepAlreadyPassedChangesNothing() {
        String skuId = shop.sku(5);
        String id = shop.createOrder(Bodies.line(skuId, 1));

        Reply shipped = expect(200, alpha.post("/v1/orders/" + id + "/fulfilment", step("shipped")));
        Reply packedLate = expect(200, alpha.post("/v1/orders/" + id + "/fulfilment", step("packed")));
        Reply shippedAgain = expect(200, alpha.post("/v1/orders/" + id + "/fulfilment", step("shipped")));
        Reply delivered = expect(200, alpha.post("/v1/orders/" + id + "/fulfilment", step("delivered")));

        assertThat(shipped.json().path("status").asText()).isEqualTo("shipped");
        assertThat(shipped.json().path("version").asLong()).isEqualTo(2);
        assertThat(packedLate.json()).isEqualTo(shipped.json());
        assertThat(shippedAgain.json()).isEqualTo(shipped.json());
        assertThat(delivered.json().path("status").asText()).isEqualTo("delivered");
        assertThat(delivered.json().path("history")).extracting(h -> h.path("status").asText())
                .containsExactly("paid", "shipped", "delivered");
        assertThat(shop.onHand(skuId)).isEqualTo(4);
    }

    @Test
    void aPendingOrCancelledOrderCannotBeFulfilled() {
        String skuId = shop.sku(5);
        String pendingId = Bodies.id();
        Map<String, Object> pending = shop.order(pendingId, Bodies.line(skuId, 1));
        pending.put("status", "pending_payment");
        alpha.post("/v1/orders", pending);
        String cancelledId = shop.createOrder(Bodies.line(skuId, 1));
        alpha.post("/v1/orders/" + cancelledId + "/cancellation", map("at", "2026-12-04T09:10:00Z"));

        Reply notPaid = expect(422, alpha.post("/v1/orders/" + pendingId + "/fulfilment", step("packed")));
        Reply cancelled = expect(422, alpha.post("/v1/orders/" + cancelledId + "/fulfilment", step("shipped")));

        assertThat(notPaid.fields()).containsExactly("step");
        assertThat(cancelled.fields()).containsExactly("step");
        assertThat(alpha.get("/v1/orders/" + pendingId).json().path("version").asLong()).isEqualTo(1);
        assertThat(alpha.get("/v1/orders/" + cancelledId).json().path("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void aShippedOrderCannotBeCancelledAndKeepsItsStock() {
        String skuId = shop.sku(10);
        String id = shop.createOrder(Bodies.line(skuId, 4));
        alpha.post("/v1/orders/" + id + "/fulfilment", step("shipped"));

        Reply refused = expect(422, alpha.post("/v1/orders/" + id + "/cancellation", map("at", "2026-12-04T10:00:00Z")));

        assertThat(refused.problem()).isEqualTo("validation");
        assertThat(refused.fields()).containsExactly("at");
        assertThat(alpha.get("/v1/orders/" + id).json().path("status").asText()).isEqualTo("shipped");
        assertThat(shop.onHand(skuId)).isEqualTo(6);
    }

    @Test
    void aPlatformOrdersPaymentAndCancellationAreThePlatformsButTheDeskFulfilsIt() {
        String skuId = shop.sku(10);
        String id = platformOrder(skuId, 2);
        String before = Shop.everything(alpha);

        Reply pay = expect(403, alpha.post("/v1/orders/" + id + "/payment", map("paid_at", "2026-12-04T09:20:00Z")));
        Reply cancel = expect(403, alpha.post("/v1/orders/" + id + "/cancellation", map("at", "2026-12-04T09:20:00Z")));

        assertThat(pay.problem()).isEqualTo("not-owner");
        assertThat(cancel.problem()).isEqualTo("not-owner");
        assertThat(Shop.everything(alpha)).as("nothing written").isEqualTo(before);
        Reply packed = expect(200, alpha.post("/v1/orders/" + id + "/fulfilment", step("packed")));
        assertThat(packed.json().path("status").asText()).isEqualTo("packed");
        assertThat(packed.json().path("channel").asText()).isEqualTo("platform");
    }

    /** A paid online order of the platform, put into the store as the marketplace would (no desk makes one). */
    private String platformOrder(String skuId, long quantity) {
        String id = Bodies.id();
        Money price = new Money("KRW", 39000);
        java.time.Instant placed = SandboxFixture.START.minusSeconds(600);
        Order order = new Order(id, "P-20261204-0001", null, null, PlatformChannel.PLATFORM, PlatformOrderStatus.PAID,
                PaymentState.PAID, PaymentMethod.PLATFORM, null, "Lee Jiho", null, null, null,
                List.of(new OrderLine(Bodies.id(), skuId, null, "Linen shirt M", price, quantity, Money.zero("KRW"), 0)), "KRW",
                Money.zero("KRW"), Money.zero("KRW"), price.times(quantity), Money.zero("KRW"), false, null, placed, placed,
                placed, 1, List.of(new StatusChange(PlatformOrderStatus.PAID, placed, Actor.BUYER, null)));
        var seller = Shop.seller(sandbox, "alpha");
        sandbox.db().write(c -> {
            Orders.put(c, seller, order, SandboxFixture.START);
            return null;
        });
        return id;
    }

    static Map<String, Object> step(String step) { return map("step", step, "at", "2026-12-04T11:00:00Z"); }
}
