package com.merchantdesk.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.AfterSaleRequest;
import com.merchantdesk.orders.AfterSaleService;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.platform.TrackingEvent;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.sales.SalesLedger;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.WireRequests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulled parcels with their tracking events, and buyers' after-sale requests answered through the outbox. */
class PulledParcelsAndRequestsTest {

    @TempDir Path dir;
    private Shop shop;
    private String mug;
    private final PulledChanges changes = PulledChanges.standard();

    @BeforeEach
    void open() {
        shop = new Shop(dir);
        mug = shop.sku("Mug", "MUG-1", "12.50", 20);
    }

    @AfterEach
    void close() { shop.close(); }

    private void apply(Change change) {
        shop.app.database().write(c -> {
            assertThat(changes.apply(c, change)).isEmpty();
            return null;
        });
    }

    private void applyTwice(Change change) {
        apply(change);
        apply(change);
    }

    private long count(String sql, Object... args) { return Long.parseLong(shop.strings(sql, args).get(0)); }

    private long onHand() { return shop.row(mug).onHand(); }

    private com.merchantdesk.platform.Order shippedOnlineOrder(String number, long units) {
        com.merchantdesk.platform.Order online = Pulled.online(number, List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, units)));
        com.merchantdesk.platform.Order shipped = Pulled.next(Pulled.next(online, PlatformOrderStatus.PACKED,
                Pulled.usd(0)), PlatformOrderStatus.SHIPPED, Pulled.usd(0));
        apply(Pulled.change(shipped));
        return shipped;
    }

    private static Shipment parcel(com.merchantdesk.platform.Order o, long version, TrackingEvent... events) {
        Instant shipped = o.updatedAt();
        return new Shipment("018f0a5d-ac96-774b-bcce-b302099a8057", o.id(), "HANA", "STD", "HN123456789KR",
                List.of(new RefundLine(o.lines().get(0).id(), o.lines().get(0).quantity())), 450, shipped,
                null, List.of(events), version);
    }

    private static TrackingEvent event(String id, TrackingStatus status, Instant at) {
        return new TrackingEvent(id, status, at, "Seoul hub", "", "carrier");
    }

    @Test
    void aPulledParcelIsStoredWithItsEventsOnceAndItsDeliveryDeliversTheOrder() {
        com.merchantdesk.platform.Order order = shippedOnlineOrder("P-2026-0000020", 2);
        long queued = count("SELECT count(*) FROM outbox");
        Instant t = order.updatedAt();
        Shipment v1 = parcel(order, 1, event(Pulled.id(), TrackingStatus.PICKED_UP, t.plusSeconds(600)));

        applyTwice(Pulled.change(ChangeKind.SHIPMENT, v1.id(), v1));

        assertThat(count("SELECT count(*) FROM shipment")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tracking_event")).isEqualTo(1);
        assertThat(shop.app.shipping().find(v1.id())).hasValueSatisfying(s -> {
            assertThat(s.trackingNumber()).isEqualTo("HN123456789KR");
            assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
        });

        Shipment v2 = parcel(order, 2, v1.events().get(0),
                event(Pulled.id(), TrackingStatus.CUSTOMS, t.plusSeconds(7200)),
                event(Pulled.id(), TrackingStatus.INFO, t.plusSeconds(8000)),
                event(Pulled.id(), TrackingStatus.DELIVERED, t.plusSeconds(86_400)));
        applyTwice(Pulled.change(ChangeKind.SHIPMENT, v2.id(), v2));

        List<com.merchantdesk.shipping.TrackingEvent> events = shop.app.shipping().events(v1.id());
        assertThat(events).extracting(com.merchantdesk.shipping.TrackingEvent::status).containsExactly(
                com.merchantdesk.shipping.TrackingStatus.SHIPPED, com.merchantdesk.shipping.TrackingStatus.IN_TRANSIT,
                com.merchantdesk.shipping.TrackingStatus.IN_TRANSIT, com.merchantdesk.shipping.TrackingStatus.DELIVERED);
        assertThat(shop.app.shipping().find(v1.id())).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(com.merchantdesk.shipping.TrackingStatus.DELIVERED);
            assertThat(s.deliveredAt()).isEqualTo(t.plusSeconds(86_400));
        });
        assertThat(shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(count("SELECT count(*) FROM outbox")).as("nothing queued").isEqualTo(queued);
        assertThat(onHand()).as("parcels move no stock").isEqualTo(18);
    }

    @Test
    void theCarriersEventsOfTheDesksOwnParcelAreAddedOnceAndItsOwnEventIsRecognised() {
        com.merchantdesk.orders.Order own = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
        com.merchantdesk.shipping.Shipment parcel = shop.app.shipping().create(
                new ShipmentDraft(own.id(), "HANA", "", com.merchantdesk.platform.carriers.DemoCarriers.HANA.trackingNumberFor(7),
                        List.of(), null, null), "seller");
        shop.clock.advance(java.time.Duration.ofHours(2));
        shop.app.shipping().addEvent(parcel.id(), new com.merchantdesk.shipping.TrackingEventDraft(
                com.merchantdesk.shipping.TrackingStatus.IN_TRANSIT, shop.clock.instant().toString(), "Busan", ""), "seller");
        String ownEventId = java.util.UUID.nameUUIDFromBytes((parcel.id() + "/event/0")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        long queued = count("SELECT count(*) FROM outbox");
        Instant at = shop.clock.instant();
        Shipment pulled = new Shipment(parcel.id(), own.id(), "HANA", parcel.serviceCode(), parcel.trackingNumber(),
                List.of(new RefundLine(com.merchantdesk.orders.OrderWire.lineId(own.id(), 0), 1)), null,
                parcel.shippedAt(), null, List.of(event(ownEventId, TrackingStatus.IN_TRANSIT, at),
                event(Pulled.id(), TrackingStatus.OUT_FOR_DELIVERY, at.plusSeconds(3600))), 3);

        applyTwice(Pulled.change(ChangeKind.SHIPMENT, pulled.id(), pulled));

        assertThat(shop.app.shipping().events(parcel.id())).extracting(com.merchantdesk.shipping.TrackingEvent::status)
                .containsExactly(com.merchantdesk.shipping.TrackingStatus.IN_TRANSIT,
                        com.merchantdesk.shipping.TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(count("SELECT platform_version FROM shipment")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(queued);
    }

    @Test
    void aParcelOfAPulledOrderShippedHereNamesTheOrderLinesByThePlatformsIds() throws Exception {
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000025", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 2)));
        apply(Pulled.change(online));

        com.merchantdesk.shipping.Shipment parcel = shop.app.shipping().create(new ShipmentDraft(online.id(), "HANA", "",
                com.merchantdesk.platform.carriers.DemoCarriers.HANA.trackingNumberFor(3), List.of(), null, null), "seller");

        List<String> queued = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'shipment' AND entity_id = ?", parcel.id());
        assertThat(queued).hasSize(1);
        WireRequests.assertAccepted("POST", "/v1/shipments", queued.get(0));
        JsonNode lines = Json.mapper().readTree(queued.get(0)).path("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("line_id").asText()).as("the pulled line's own id, which the platform knows")
                .isEqualTo(online.lines().get(0).id());
        assertThat(lines.get(0).path("quantity").asLong()).isEqualTo(2);
    }

    @Test
    void aParcelPulledBeforeItsOrderWaitsForIt() {
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000021", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)));
        com.merchantdesk.platform.Order shipped = Pulled.next(online, PlatformOrderStatus.SHIPPED, Pulled.usd(0));
        Shipment p = parcel(shipped, 1, event(Pulled.id(), TrackingStatus.PICKED_UP, shipped.updatedAt()));

        apply(Pulled.change(ChangeKind.SHIPMENT, p.id(), p));
        assertThat(count("SELECT count(*) FROM shipment")).isZero();
        apply(Pulled.change(shipped));

        assertThat(count("SELECT count(*) FROM shipment")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sync_waiting")).isZero();
    }

    @Test
    void anAcceptedRefundOnlyRequestQueuesExactlyOneValidAnswerAndItsRefund() throws Exception {
        com.merchantdesk.platform.Order order = shippedOnlineOrder("P-2026-0000022", 2);
        AfterSale request = Pulled.afterSale(order, AfterSaleKind.REFUND_ONLY, 1250,
                new RefundLine(order.lines().get(0).id(), 1));
        applyTwice(Pulled.change(ChangeKind.AFTER_SALE, request.id(), request));
        AfterSaleService service = new AfterSaleService(shop.app.database(), shop.clock, new SalesLedger());
        assertThat(service.waiting(10)).singleElement().satisfies(r -> {
            assertThat(r.orderNumber()).isEqualTo("P-2026-0000022");
            assertThat(r.state()).isEqualTo(AfterSaleState.OPEN);
            assertThat(r.unitsByPosition()).containsEntry(0, 1L);
        });
        long queued = count("SELECT count(*) FROM outbox");

        AfterSaleRequest answered = service.accept(request.id(), "sorry about that", false, false);

        assertThat(answered.state()).isEqualTo(AfterSaleState.ACCEPTED);
        assertThat(answered.refundId()).isNotNull();
        List<String> answers = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'after_sale' AND entity_id = ?",
                request.id());
        assertThat(answers).hasSize(1);
        WireRequests.assertAccepted("POST", "/v1/after-sales/" + request.id() + "/answer", answers.get(0));
        assertThat(Json.mapper().readTree(answers.get(0)).path("decision").asText()).isEqualTo("accept");
        List<String> refunds = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'refund'");
        assertThat(refunds).hasSize(1);
        WireRequests.assertAccepted("POST", "/v1/refunds", refunds.get(0));
        JsonNode refund = Json.mapper().readTree(refunds.get(0));
        assertThat(refund.path("after_sale_id").asText()).isEqualTo(request.id());
        assertThat(refund.path("restock").asBoolean()).isFalse();
        assertThat(refund.path("id").asText()).isEqualTo(answered.refundId());
        assertThat(refund.path("lines").get(0).path("line_id").asText()).as("the pulled line's own id, which the platform knows")
                .isEqualTo(order.lines().get(0).id());
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(queued + 2);
        assertThat(onHand()).as("a refund only brings nothing back").isEqualTo(18);
        assertThat(service.waiting(10)).isEmpty();
        assertThatThrownBy(() -> service.refuse(request.id(), ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("orders.afterSale.alreadyAnswered"));
        // The platform's older copy (still open) does not undo the answer while it is not acknowledged.
        apply(Pulled.change(ChangeKind.AFTER_SALE, request.id(), new AfterSale(request.id(), request.orderId(),
                request.kind(), AfterSaleState.OPEN, request.reason(), request.lines(), request.amount(), request.openedAt(),
                null, null, null, 2)));
        assertThat(service.find(request.id()).orElseThrow().state()).isEqualTo(AfterSaleState.ACCEPTED);
    }

    @Test
    void anAcceptedReturnIsRefundedAndRestockedWhenItsGoodsArrive() {
        com.merchantdesk.platform.Order order = shippedOnlineOrder("P-2026-0000023", 2);
        AfterSale request = Pulled.afterSale(order, AfterSaleKind.RETURN_AND_REFUND, 2500,
                new RefundLine(order.lines().get(0).id(), 2));
        apply(Pulled.change(ChangeKind.AFTER_SALE, request.id(), request));
        AfterSaleService service = new AfterSaleService(shop.app.database(), shop.clock, new SalesLedger());

        AfterSaleRequest accepted = service.accept(request.id(), null, false, false);
        assertThat(accepted.waitsForReturn()).isTrue();
        assertThat(count("SELECT count(*) FROM outbox WHERE entity_type = 'refund'")).isZero();
        assertThat(service.waiting(10)).extracting(AfterSaleRequest::id).containsExactly(request.id());

        AfterSaleRequest received = service.receiveReturn(request.id(), true);

        assertThat(received.waitsForReturn()).isFalse();
        assertThat(onHand()).as("both units back on the shelf, once").isEqualTo(20);
        assertThat(shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(count("SELECT count(*) FROM outbox WHERE entity_type = 'after_sale'")).isEqualTo(1);
        assertThatThrownBy(() -> service.receiveReturn(request.id(), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("orders.afterSale.noReturnWaiting"));
        assertThat(onHand()).isEqualTo(20);
    }

    @Test
    void aRefusalQueuesARejectAnswer() {
        com.merchantdesk.platform.Order order = shippedOnlineOrder("P-2026-0000024", 1);
        AfterSale request = Pulled.afterSale(order, AfterSaleKind.REFUND_ONLY, 1250,
                new RefundLine(order.lines().get(0).id(), 1));
        apply(Pulled.change(ChangeKind.AFTER_SALE, request.id(), request));
        AfterSaleService service = new AfterSaleService(shop.app.database(), shop.clock, new SalesLedger());

        assertThat(service.refuse(request.id(), "used for a month").state()).isEqualTo(AfterSaleState.REJECTED);

        List<String> answers = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'after_sale'");
        assertThat(answers).singleElement().satisfies(a -> {
            WireRequests.assertAccepted("POST", "/v1/after-sales/" + request.id() + "/answer", a);
            assertThat(a).contains("\"reject\"");
        });
        assertThat(shop.orders().find(order.id()).orElseThrow().refunded().minorUnits()).isZero();
    }

    @Test
    void aPageOfParcelsIsAppliedAsOneByOneAndAgainChangesNothing() {
        com.merchantdesk.platform.Order a = shippedOnlineOrder("P-2026-0000030", 1);
        com.merchantdesk.platform.Order b = Pulled.next(Pulled.next(Pulled.online("P-2026-0000031",
                List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1))), PlatformOrderStatus.PACKED, Pulled.usd(0)),
                PlatformOrderStatus.SHIPPED, Pulled.usd(0));
        Instant t = a.updatedAt();
        Shipment ofA = another(parcel(a, 1, event(Pulled.id(), TrackingStatus.PICKED_UP, t.plusSeconds(600)),
                event(Pulled.id(), TrackingStatus.DELIVERED, t.plusSeconds(86_400))), "HN100000001KR");
        Shipment ofB = another(parcel(b, 1, event(Pulled.id(), TrackingStatus.PICKED_UP, t.plusSeconds(900))),
                "HN100000002KR");
        // B's parcel before its order (it waits), and A's parcel twice in the page.
        List<Change> page = List.of(Pulled.change(ChangeKind.SHIPMENT, ofA.id(), ofA),
                Pulled.change(ChangeKind.SHIPMENT, ofB.id(), ofB), Pulled.change(ChangeKind.SHIPMENT, ofA.id(), ofA));

        applyPage(page);

        assertThat(count("SELECT count(*) FROM shipment")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tracking_event")).isEqualTo(2);
        assertThat(count("SELECT platform_version FROM shipment")).isEqualTo(1);
        assertThat(shop.orders().find(a.id()).orElseThrow().status()).as("its only parcel arrived")
                .isEqualTo(OrderStatus.DELIVERED);
        assertThat(count("SELECT count(*) FROM sync_waiting")).isEqualTo(1);

        applyPage(List.of(Pulled.change(b)));

        assertThat(count("SELECT count(*) FROM shipment")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM sync_waiting")).isZero();
        assertThat(shop.app.shipping().find(ofB.id())).hasValueSatisfying(s ->
                assertThat(s.status()).isEqualTo(com.merchantdesk.shipping.TrackingStatus.SHIPPED));

        applyPage(page);

        assertThat(count("SELECT count(*) FROM shipment")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM tracking_event")).isEqualTo(3);
    }

    private void applyPage(List<Change> page) {
        shop.app.database().write(c -> {
            assertThat(changes.applyPage(c, page)).isEmpty();
            return null;
        });
    }

    /** The same parcel under a new id and tracking number. */
    private static Shipment another(Shipment s, String tracking) {
        return new Shipment(Pulled.id(), s.orderId(), s.carrier(), s.service(), tracking, s.lines(), s.weightGrams(),
                s.shippedAt(), null, s.events(), s.version());
    }
}
