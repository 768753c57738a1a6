package com.merchantdesk.sandbox;

import com.merchantdesk.sandbox.market.Marketplace;
import static com.merchantdesk.sandbox.SandboxClient.list;
import static com.merchantdesk.sandbox.SandboxClient.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.DemoCarriers;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipments, tracking, refunds, after-sale answers and customers on a real server, checked against the document. */
class SandboxFulfilmentTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Marketplace marketplace;
    String deskId;
    String skuA;
    String skuB;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        marketplace = new Marketplace(sandbox.db(), sandbox.clock);
        deskId = Bodies.id();
        alpha.post("/v1/desks", Bodies.desk(deskId));
        String productId = Bodies.id();
        skuA = Bodies.id();
        skuB = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        alpha.post("/v1/skus", Bodies.sku(skuA, productId, "SHIRT-S"));
        alpha.post("/v1/skus", Bodies.sku(skuB, productId, "SHIRT-XL"));
        alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuA, 20));
        alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuB, 20));
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void waybillsAreValidNumbersOfTheCarrierAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (String code : List.of("HANA", "SWIFT", "EMS", "GLX")) {
            JsonNode first = alpha.post("/v1/carriers/" + code + "/waybills", map("count", 3)).json();
            JsonNode second = alpha.post("/v1/carriers/" + code + "/waybills", map("count", 2)).json();
            for (JsonNode n : List.of(first.path("numbers"), second.path("numbers"))) {
                n.forEach(number -> {
                    assertThat(DemoCarriers.byCode(code).orElseThrow().accepts(number.asText())).as(number.asText()).isTrue();
                    assertThat(seen.add(code + number.asText())).as("handed out once: " + number).isTrue();
                });
            }
        }
        assertThat(alpha.get("/v1/carriers").json().path("carriers")).hasSize(DemoCarriers.all().size());
        assertThat(alpha.post("/v1/carriers/NOPE/waybills", map("count", 1)).status()).isEqualTo(404);
    }

    @Test
    void anOrderShipsInTwoParcelsAndIsDeliveredWhenBothAre() {
        String orderId = Bodies.id();
        JsonNode order = alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000010",
                Bodies.line(skuA, 2), Bodies.line(skuB, 1))).json();
        String lineA = order.path("lines").get(0).path("id").asText();
        String lineB = order.path("lines").get(1).path("id").asText();
        List<String> numbers = numbers("HANA", 2);

        Reply first = alpha.post("/v1/shipments", shipment(orderId, numbers.get(0), list(map("line_id", lineA, "quantity", 2))));
        assertThat(first.status()).isEqualTo(201);
        assertThat(alpha.get("/v1/orders/" + orderId).json().path("status").asText()).as("partly shipped stays paid").isEqualTo("paid");

        Reply tooMany = alpha.post("/v1/shipments", shipment(orderId, numbers.get(1), list(map("line_id", lineA, "quantity", 1))));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.fields()).containsExactly("lines[0].quantity");

        Reply second = alpha.post("/v1/shipments", shipment(orderId, numbers.get(1), list(map("line_id", lineB, "quantity", 1))));
        assertThat(second.status()).isEqualTo(201);
        assertThat(alpha.get("/v1/orders/" + orderId).json().path("status").asText()).isEqualTo("shipped");

        marketplace.carrierReports("alpha", first.json().path("id").asText(), TrackingStatus.DELIVERED, "Seoul");
        assertThat(alpha.get("/v1/orders/" + orderId).json().path("status").asText()).as("one parcel of two").isEqualTo("shipped");
        Reply event = alpha.post("/v1/shipments/" + second.json().path("id").asText() + "/events",
                map("id", Bodies.id(), "status", "delivered", "at", "2026-12-05T10:00:00Z", "place", "Busan"));
        assertThat(event.status()).isEqualTo(201);
        assertThat(event.json().path("events").get(0).path("source").asText()).isEqualTo("desk");
        JsonNode delivered = alpha.get("/v1/orders/" + orderId).json();
        assertThat(delivered.path("status").asText()).isEqualTo("delivered");
    }

    @Test
    void aTrackingNumberIsCheckedAndUsedOncePerCarrier() {
        String orderId = Bodies.id();
        alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000011", Bodies.line(skuA, 1)));
        String good = numbers("SWIFT", 1).get(0);
        String badCheckDigit = good.substring(0, good.length() - 1) + (char) ('0' + (good.charAt(good.length() - 1) - '0' + 1) % 10);

        Reply bad = alpha.post("/v1/shipments", map("id", Bodies.id(), "order_id", orderId, "carrier", "SWIFT", "service", "STD",
                "tracking_number", badCheckDigit, "shipped_at", "2026-12-04T10:00:00Z"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fields()).containsExactly("tracking_number");

        String other = Bodies.id();
        alpha.post("/v1/orders", Bodies.order(other, deskId, "AA-2026-000012", Bodies.line(skuA, 1)));
        assertThat(alpha.post("/v1/shipments", map("id", Bodies.id(), "order_id", orderId, "carrier", "SWIFT", "service", "STD",
                "tracking_number", good, "shipped_at", "2026-12-04T10:00:00Z")).status()).isEqualTo(201);
        Reply twice = alpha.post("/v1/shipments", map("id", Bodies.id(), "order_id", other, "carrier", "SWIFT", "service", "STD",
                "tracking_number", good, "shipped_at", "2026-12-04T10:00:00Z"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().path("errors").get(0).path("message").asText()).contains("already the number of shipment");
    }

    @Test
    void aRestockedRefundPutsUnitsBackOnceAndAnswersTheAfterSaleRequest() {
        String orderId = Bodies.id();
        JsonNode order = alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000013", Bodies.line(skuA, 3))).json();
        String lineId = order.path("lines").get(0).path("id").asText();
        alpha.post("/v1/shipments", shipment(orderId, numbers("HANA", 1).get(0), null));
        assertThat(stock(skuA)).isEqualTo(17);
        AfterSale request = marketplace.openAfterSale("alpha", orderId, AfterSaleKind.RETURN_AND_REFUND, "too small",
                List.of(new RefundLine(lineId, 1)), new Money("KRW", 39000));

        String refundId = Bodies.id();
        Object refund = map("id", refundId, "order_id", orderId, "lines", list(map("line_id", lineId, "quantity", 1)),
                "amount", Bodies.money("KRW", 39000), "restock", true, "reason", "return", "after_sale_id", request.id(), "desk_id", deskId);
        Reply created = alpha.post("/v1/refunds", refund);
        Reply again = alpha.post("/v1/refunds", refund);

        assertThat(created.status()).isEqualTo(201);
        assertThat(again.status()).as("a create whose id exists answers it").isEqualTo(200);
        assertThat(stock(skuA)).as("restocked once").isEqualTo(18);
        JsonNode after = alpha.get("/v1/orders/" + orderId).json();
        assertThat(after.path("status").asText()).isEqualTo("partially_refunded");
        assertThat(after.path("lines").get(0).path("refunded_quantity").asLong()).isEqualTo(1);
        JsonNode answered = alpha.get("/v1/after-sales/" + request.id()).json();
        assertThat(answered.path("state").asText()).isEqualTo("accepted");
        assertThat(answered.path("refund_id").asText()).isEqualTo(refundId);

        Reply tooMuch = alpha.post("/v1/refunds", map("id", Bodies.id(), "order_id", orderId, "lines",
                list(map("line_id", lineId, "quantity", 3)), "amount", Bodies.money("KRW", 500000), "restock", false));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.fields()).containsExactlyInAnyOrder("amount", "lines[0].quantity");
    }

    @Test
    void aRefundBeforeShippingIsRefusedAndTheAnswerToARequestIsKept() {
        String orderId = Bodies.id();
        alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000014", Bodies.line(skuA, 1)));
        Reply early = alpha.post("/v1/refunds", map("id", Bodies.id(), "order_id", orderId, "amount", Bodies.money("KRW", 1000), "restock", false));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.fields()).containsExactly("order_id");

        AfterSale request = marketplace.openAfterSale("alpha", orderId, AfterSaleKind.REFUND_ONLY, "late", List.of(), new Money("KRW", 3000));
        Reply rejected = alpha.post("/v1/after-sales/" + request.id() + "/answer", map("decision", "reject", "note", "arrived on time"));
        assertThat(rejected.json().path("state").asText()).isEqualTo("rejected");
        assertThat(alpha.post("/v1/after-sales/" + request.id() + "/answer", map("decision", "accept")).status()).isEqualTo(422);
    }

    @Test
    void aPlatformOrdersPaymentAndCancellationAreThePlatformsButTheDeskShipsIt() {
        Order online = marketplace.placeOnlineOrder("alpha", "Li Wei", new Address("Li Wei", null, "8 Nanjing Rd", null, "Shanghai",
                null, "200001", "CN"), List.of(new Marketplace.Wanted(skuB, 2)));
        assertThat(stock(skuB)).isEqualTo(18);

        Reply pay = alpha.post("/v1/orders/" + online.id() + "/payment", map("paid_at", "2026-12-04T10:00:00Z"));
        Reply cancel = alpha.post("/v1/orders/" + online.id() + "/cancellation", map("at", "2026-12-04T10:00:00Z"));
        assertThat(pay.status()).isEqualTo(403);
        assertThat(pay.problem()).isEqualTo("not-owner");
        assertThat(cancel.status()).isEqualTo(403);

        Reply packed = alpha.post("/v1/orders/" + online.id() + "/fulfilment", map("step", "packed", "at", "2026-12-04T10:05:00Z", "desk_id", deskId));
        assertThat(packed.json().path("status").asText()).isEqualTo("packed");
        assertThat(alpha.post("/v1/shipments", shipment(online.id(), numbers("EMS", 1).get(0), null, "EMS", "EMS")).status()).isEqualTo(201);
        assertThat(alpha.get("/v1/orders/" + online.id()).json().path("status").asText()).isEqualTo("shipped");
    }

    @Test
    void customersMergeEditsOfDifferentFieldsAndRefuseTheSameFieldChangedTwice() {
        String id = Bodies.id();
        Reply created = alpha.post("/v1/customers", map("id", id, "name", "Park Jisoo", "phone", "010-1234-5678",
                "addresses", list(map("recipient", "Park Jisoo", "line1", "3 Sejong-daero", "city", "Seoul", "country", "KR"))));
        assertThat(created.status()).isEqualTo(201);
        Reply phone = alpha.patch("/v1/customers/" + id, map("base_version", 1, "changes", map("phone", "010-9999-0000")));
        Reply email = alpha.patch("/v1/customers/" + id, map("base_version", 1, "changes", map("email", "jisoo@example.com")));
        Reply stale = alpha.patch("/v1/customers/" + id, map("base_version", 1, "changes", map("phone", "010-1111-2222")));

        assertThat(phone.status()).isEqualTo(200);
        assertThat(email.status()).as("another field merges").isEqualTo(200);
        assertThat(email.json().path("phone").asText()).isEqualTo("010-9999-0000");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("conflicting_fields")).extracting(JsonNode::asText).containsExactly("phone");
        assertThat(stale.json().path("current").path("version").asLong()).isEqualTo(3);
        Reply badEmail = alpha.post("/v1/customers", map("id", Bodies.id(), "name", "X", "email", "not an address"));
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.fields()).containsExactly("email");
    }

    private long stock(String skuId) { return alpha.get("/v1/stock/" + skuId).json().path("on_hand").asLong(); }

    private List<String> numbers(String carrier, int count) {
        List<String> numbers = new java.util.ArrayList<>();
        alpha.post("/v1/carriers/" + carrier + "/waybills", map("count", count)).json().path("numbers").forEach(n -> numbers.add(n.asText()));
        return numbers;
    }

    private Object shipment(String orderId, String tracking, Object lines) { return shipment(orderId, tracking, lines, "HANA", "STD"); }

    private Object shipment(String orderId, String tracking, Object lines, String carrier, String service) {
        var body = map("id", Bodies.id(), "order_id", orderId, "carrier", carrier, "service", service, "tracking_number", tracking,
                "weight_grams", 800, "shipped_at", "2026-12-04T11:00:00Z", "desk_id", deskId);
        if (lines != null) {
            body.put("lines", lines);
        }
        return body;
    }
}
