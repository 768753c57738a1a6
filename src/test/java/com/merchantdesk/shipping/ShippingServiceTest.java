package com.merchantdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.orders.StatusChange;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.WireRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippingServiceTest {

    @TempDir Path dir;
    private ShippingShop s;
    private String mug;
    private String tee;

    @BeforeEach
    void open() {
        s = new ShippingShop(dir);
        mug = s.shop.sku("Ceramic Mug", "MUG-1", "12.50", 50);
        tee = s.shop.sku("Linen T-Shirt", "TEE-M", "19.90", 50);
    }

    @AfterEach
    void close() { s.close(); }

    @Test
    void shippingEveryLineMakesAPaidOrderPackedThenShippedInOneTransaction() throws Exception {
        Order order = s.paidOrder("", mug, 3, tee, 2);
        long outboxBefore = s.count("SELECT count(*) FROM outbox");
        String tracking = s.hana();

        Shipment shipment = s.ship(order, "hana", " " + tracking.substring(0, 4) + "-" + tracking.substring(4) + " ");

        assertThat(shipment.trackingNumber()).isEqualTo(tracking);
        assertThat(shipment.carrierCode()).isEqualTo("HANA");
        assertThat(shipment.serviceCode()).isEqualTo("STD");
        assertThat(shipment.lines()).extracting(ShipmentLine::skuCode, ShipmentLine::quantity)
                .containsExactly(tuple("MUG-1", 3L), tuple("TEE-M", 2L));
        assertThat(shipment.status()).isEqualTo(TrackingStatus.SHIPPED);
        assertThat(shipment.shipBy()).isNotNull();
        assertThat(s.shipping().find(shipment.id())).contains(shipment);
        assertThat(s.shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(s.shop.orders().history(order.id())).extracting(StatusChange::from, StatusChange::to)
                .containsExactly(tuple(null, OrderStatus.PAID), tuple(OrderStatus.PAID, OrderStatus.PACKED),
                        tuple(OrderStatus.PACKED, OrderStatus.SHIPPED));

        List<Outbox.Entry> added = s.shop.app.database().read(c -> Outbox.pending(c, 100)).subList((int) outboxBefore,
                (int) s.count("SELECT count(*) FROM outbox"));
        assertThat(added).extracting(Outbox.Entry::entityType, Outbox.Entry::operation).containsExactly(
                tuple("shipment", "create"), tuple("order", "fulfilment"), tuple("order", "fulfilment"));
        WireRequests.assertAccepted("POST", "/v1/shipments", added.get(0).payload());
        WireRequests.assertAccepted("POST", "/v1/orders/" + order.id() + "/fulfilment", added.get(1).payload());
        JsonNode payload = Json.mapper().readTree(added.get(0).payload());
        assertThat(payload.get("id").asText()).isEqualTo(shipment.id());
        assertThat(payload.get("order_id").asText()).isEqualTo(order.id());
        assertThat(payload.get("carrier").asText()).isEqualTo("HANA");
        assertThat(payload.get("service").asText()).isEqualTo("STD");
        assertThat(payload.get("tracking_number").asText()).isEqualTo(tracking);
        assertThat(payload.get("weight_grams").asLong()).isEqualTo(800);
        assertThat(payload.get("lines")).hasSize(2);
        assertThat(payload.get("lines").get(1).get("line_id").asText())
                .isEqualTo(com.merchantdesk.orders.OrderWire.lineId(order.id(), 1));
        assertThat(payload.get("lines").get(1).get("quantity").asLong()).isEqualTo(2);
        assertThat(payload.get("shipped_at").asText()).isEqualTo(shipment.shippedAt().toString());
        assertThat(Json.mapper().readTree(added.get(2).payload()).get("step").asText()).isEqualTo("shipped");
    }

    @Test
    void aPartialShipmentLeavesTheOrderPackedAndPartlyShipped() {
        Order order = s.paidOrder("", mug, 3, tee, 2);
        s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 2));

        OrderParcels parcels = s.shipping().parcels(order.number()).orElseThrow();
        assertThat(parcels.order().status()).isEqualTo(OrderStatus.PACKED);
        assertThat(parcels.partlyShipped()).isTrue();
        assertThat(parcels.left(parcels.order().lines().get(0))).isEqualTo(1);
        assertThat(parcels.left(parcels.order().lines().get(1))).isEqualTo(2);
        assertThat(s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.PARTLY_SHIPPED, s.shop.clock.instant(), 0, 10))
                .items()).extracting(ToShipRow::orderNumber).containsExactly(order.number());

        // The rest, in a second parcel of another carrier: the order is shipped, packed only once in its history.
        Shipment rest = s.ship(order, "SWIFT", DemoCarriers.SWIFT.trackingNumberFor(77));
        assertThat(rest.lines()).extracting(ShipmentLine::position, ShipmentLine::quantity)
                .containsExactly(tuple(0, 1L), tuple(1, 2L));
        OrderParcels after = s.shipping().parcels(order.id()).orElseThrow();
        assertThat(after.order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(after.partlyShipped()).isFalse();
        assertThat(after.shipments()).hasSize(2);
        assertThat(s.shop.orders().history(order.id())).extracting(StatusChange::to)
                .containsExactly(OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED);
        assertThat(s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.ALL, s.shop.clock.instant(), 0, 10)).items()).isEmpty();
    }

    @Test
    void aPartlyShippedOrderCannotBeCancelled() {
        Order order = s.paidOrder("", mug, 2, tee, 1);
        s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 1));
        long onHand = s.shop.row(mug).onHand();
        assertThatThrownBy(() -> s.shop.orders().cancel(order.id(), "t")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("orders.transition.cancelPartlyShipped"));
        assertThat(s.shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PACKED);
        assertThat(s.shop.row(mug).onHand()).as("no stock came back").isEqualTo(onHand);
        // Without a parcel a packed order still cancels.
        Order other = s.paidOrder("", mug, 1);
        s.shop.orders().transition(other.id(), OrderStatus.PACKED, "t");
        assertThat(s.shop.orders().cancel(other.id(), "t").status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void performanceCountsParcelsShippedAndDeliveredOnTimePerCarrierAndService() {
        // Paid Monday 18:00 in Seoul, after the cut-off: ship-by Tuesday 12:00, promise Wednesday 00:00 (KST).
        Order onTime = s.paidOrder("", mug, 1);
        Order late = s.paidOrder("", tee, 1);
        s.ship(onTime, "HANA", s.hana());
        s.advance(Duration.ofHours(20)); // Tuesday 14:00 KST: after the ship-by
        Shipment lateParcel = s.ship(late, "HANA", s.hana());
        assertThat(lateParcel.shippedLate()).isTrue();
        s.shipping().addEvent(lateParcel.id(), new TrackingEventDraft(TrackingStatus.DELIVERED,
                s.shop.clock.instant().atOffset(java.time.ZoneOffset.ofHours(9)).toString(), "", ""), "t");

        List<ShippingPerformance> rows = s.shipping().performance(Shop.START.minus(Duration.ofDays(1)),
                Shop.START.plus(Duration.ofDays(2)));
        assertThat(rows).containsExactly(new ShippingPerformance("HANA", "STD", 2, 1, 1, 1));
        assertThat(rows.get(0).shippedOnTimeRate()).isEqualTo(0.5);
    }

    @Test
    void aPackedOrderShippedWholeIsShippedWithoutASecondPackedStep() {
        Order order = s.paidOrder("", mug, 1);
        s.shop.orders().transition(order.id(), OrderStatus.PACKED, "t");
        s.ship(order, "HANA", s.hana());
        assertThat(s.shop.orders().history(order.id())).extracting(StatusChange::to)
                .containsExactly(OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED);
    }

    @Test
    void aTrackingNumberThatFailsItsCarriersPatternIsRefused() {
        Order order = s.paidOrder("", mug, 1);
        refused(() -> s.ship(order, "HANA", "12345"), "tracking", "shipping.validation.trackingPattern");
        refused(() -> s.ship(order, "EMS", "XX123456785KR"), "tracking", "shipping.validation.trackingPattern");
    }

    @Test
    void aTrackingNumberWithAWrongCheckDigitIsRefused() {
        Order order = s.paidOrder("JP", mug, 1);
        refused(() -> s.ship(order, "EMS", "EE123456784KR"), "tracking", "shipping.validation.trackingCheckDigit");
        String good = s.hana();
        String bad = good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
        Order domestic = s.paidOrder("", mug, 1);
        refused(() -> s.ship(domestic, "HANA", bad), "tracking", "shipping.validation.trackingCheckDigit");
    }

    @Test
    void theSameNumberTwiceForOneCarrierIsRefusedButAnotherCarrierMayHaveIt() {
        Order first = s.paidOrder("", mug, 1);
        Order second = s.paidOrder("", mug, 1);
        String number = DemoCarriers.HANA.trackingNumberFor(4242);
        s.ship(first, "HANA", number);
        refused(() -> s.ship(second, "HANA", number), "tracking", "shipping.validation.trackingTaken");
        // Another carrier with the same number form may have the same number.
        s.shipping().saveCarrier(new Carrier(new com.merchantdesk.platform.carriers.CarrierDefinition("KDEX", "K Express",
                "\\d{12}", com.merchantdesk.platform.carriers.CheckDigit.MOD7, "", DemoCarriers.HANA.services()), null));
        assertThat(s.ship(second, "KDEX", number).trackingNumber()).isEqualTo(number);
    }

    @Test
    void shippingMoreThanWasOrderedOrThanIsLeftIsRefused() {
        Order order = s.paidOrder("", mug, 3, tee, 1);
        refused(() -> s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 4)), "lines[0].quantity",
                "shipping.validation.moreThanOrdered");
        // Two requests for one line add up.
        refused(() -> s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(1, 1), new ShipmentDraft.LineRequest(0, 2),
                new ShipmentDraft.LineRequest(0, 2)), "lines[1].quantity", "shipping.validation.moreThanOrdered");
        s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 2));
        refused(() -> s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 2)), "lines[0].quantity",
                "shipping.validation.moreThanLeft");
        refused(() -> s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(5, 1)), "lines[0].position",
                "shipping.validation.unknownLine");
        refused(() -> s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(1, 0)), "lines[0].quantity",
                "shipping.validation.quantityPositive");
    }

    @Test
    void aCancelledOrUnpaidOrFullyShippedOrderIsRefused() {
        Order cancelled = s.paidOrder("", mug, 1);
        s.shop.orders().cancel(cancelled.id(), "t");
        refused(() -> s.ship(cancelled, "HANA", s.hana()), "order", "shipping.validation.orderCancelled");
        Order unpaid = s.shop.orders().create(ShippingShop.draft("", mug, 1));
        refused(() -> s.ship(unpaid, "HANA", s.hana()), "order", "shipping.validation.orderUnpaid");
        Order shipped = s.paidOrder("", mug, 1);
        s.ship(shipped, "HANA", s.hana());
        refused(() -> s.ship(shipped, "HANA", s.hana()), "order", "shipping.validation.orderShipped");
        refused(() -> s.shipping().create(new ShipmentDraft("D-1999-000001", "HANA", "", s.hana(), List.of(), null, null), "t"),
                "order", "shipping.validation.orderMissing");
    }

    @Test
    void aWeightOfZeroAnUnknownCarrierOrAWrongServiceIsRefused() {
        Order order = s.paidOrder("", mug, 1);
        refused(() -> s.shipping().create(new ShipmentDraft(order.id(), "HANA", "", s.hana(), List.of(), 0L, null), "t"),
                "weight", "shipping.validation.weightPositive");
        refused(() -> s.ship(order, "DHX", "123"), "carrier", "shipping.validation.unknownCarrier");
        refused(() -> s.shipping().create(new ShipmentDraft(order.id(), "HANA", "FAST", s.hana(), List.of(), null, null), "t"),
                "service", "shipping.validation.unknownService");
        refused(() -> s.shipping().create(new ShipmentDraft(order.id(), "EMS", "EMS", s.ems(), List.of(), null, null), "t"),
                "service", "shipping.validation.serviceInternationalOnly");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Order order = s.paidOrder("", mug, 1);
        assertThatThrownBy(() -> s.shipping().create(new ShipmentDraft(order.id(), "HANA", "", "12", List.of(
                new ShipmentDraft.LineRequest(0, 9)), -5L, null), "t"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("tracking", "weight", "lines[0].quantity"));
    }

    @Test
    void aDeliveredEventClosesThePromiseAndDeliversTheOrderOnceEveryParcelArrived() throws Exception {
        Order order = s.paidOrder("", mug, 2);
        Shipment first = s.ship(order, "HANA", s.hana(), new ShipmentDraft.LineRequest(0, 1));
        Shipment second = s.ship(order, "HANA", s.hana());
        s.advance(Duration.ofHours(5));
        TrackingEvent moving = s.shipping().addEvent(first.id(), new TrackingEventDraft(TrackingStatus.IN_TRANSIT,
                "2026-03-02T20:00+09:00", "Seoul hub", ""), "t");
        assertThat(moving.seq()).isZero();
        assertThat(s.shipping().find(first.id()).orElseThrow().status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        s.shipping().addEvent(first.id(), new TrackingEventDraft(TrackingStatus.DELIVERED, "2026-03-02T22:30+09:00",
                "Gangnam", "Left with the guard"), "t");
        Shipment arrived = s.shipping().find(first.id()).orElseThrow();
        assertThat(arrived.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(arrived.deliveredAt()).isEqualTo(java.time.Instant.parse("2026-03-02T13:30:00Z"));
        assertThat(arrived.deliveryLateAt(s.shop.clock.instant())).isFalse();
        assertThat(s.shop.orders().find(order.id()).orElseThrow().status()).as("one parcel still on its way")
                .isEqualTo(OrderStatus.SHIPPED);

        s.shipping().addEvent(second.id(), new TrackingEventDraft(TrackingStatus.DELIVERED, "2026-03-02T23:00+09:00", "", ""), "t");
        assertThat(s.shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(s.shipping().events(first.id())).extracting(TrackingEvent::status, TrackingEvent::place)
                .containsExactly(tuple(TrackingStatus.IN_TRANSIT, "Seoul hub"), tuple(TrackingStatus.DELIVERED, "Gangnam"));
        Outbox.Entry last = s.shop.app.database().read(c -> Outbox.pending(c, 100)).stream()
                .filter(e -> e.entityType().equals("tracking_event")).reduce((a, b) -> b).orElseThrow();
        JsonNode payload = Json.mapper().readTree(last.payload());
        WireRequests.assertAccepted("POST", "/v1/shipments/" + second.id() + "/events", last.payload());
        assertThat(payload.get("status").asText()).isEqualTo("delivered");
        assertThat(payload.get("at").asText()).isEqualTo("2026-03-02T14:00:00Z");
        assertThat(payload.has("place")).as("none given").isFalse();
        // It goes after its parcel's create.
        List<Outbox.Entry> pending = s.shop.app.database().read(c -> Outbox.pending(c, 100));
        long parcel = pending.stream().filter(e -> e.entityId().equals(second.id())).findFirst().orElseThrow().seq();
        List<Long> waiting = s.shop.app.database().read(c -> Outbox.waitingOn(c, parcel));
        assertThat(waiting).contains(last.seq());
    }

    @Test
    void anEventTimeThatIsNotIso8601WithAnOffsetIsRefused() {
        Order order = s.paidOrder("", mug, 1);
        Shipment shipment = s.ship(order, "HANA", s.hana());
        s.advance(Duration.ofHours(3));
        for (String bad : List.of("2026-03-02 20:00", "2026-03-02T20:00", "yesterday", "2026-03-02T20:00:00[Asia/Seoul]")) {
            refused(() -> s.shipping().addEvent(shipment.id(), new TrackingEventDraft(TrackingStatus.IN_TRANSIT, bad, "", ""),
                    "t"), "at", "shipping.validation.eventTime");
        }
        refused(() -> s.shipping().addEvent(shipment.id(), new TrackingEventDraft(TrackingStatus.IN_TRANSIT,
                "2026-03-01T20:00+09:00", "", ""), "t"), "at", "shipping.validation.eventBeforeShipping");
        refused(() -> s.shipping().addEvent(shipment.id(), new TrackingEventDraft(TrackingStatus.IN_TRANSIT,
                "2026-03-09T20:00+09:00", "", ""), "t"), "at", "shipping.validation.eventInFuture");
        refused(() -> s.shipping().addEvent("0190d7c4-0000-7000-8000-000000000000", new TrackingEventDraft(
                TrackingStatus.IN_TRANSIT, "2026-03-02T20:00+09:00", "", ""), "t"), "id", "shipping.validation.shipmentMissing");
    }

    @Test
    void theDesksCarriersAreTheDemoCarriers() {
        assertThat(s.shipping().carriers()).extracting(Carrier::definition).containsExactlyElementsOf(DemoCarriers.all());
        assertThat(s.shipping().carriers()).extracting(Carrier::cutOff).doesNotContainNull();
    }

    @Test
    void aCarrierEditedInSettingsKeepsItsServicesNumbersAndIsUsedAtOnce() {
        Carrier hana = s.shipping().carriers().get(0);
        Carrier later = new Carrier(hana.definition(), java.time.LocalTime.of(18, 30));
        assertThat(s.shipping().saveCarrier(later).cutOff()).isEqualTo(java.time.LocalTime.of(18, 30));
        assertThatThrownBy(() -> s.shipping().saveCarrier(new Carrier(new com.merchantdesk.platform.carriers.CarrierDefinition(
                "BAD CODE", "", "[", com.merchantdesk.platform.carriers.CheckDigit.NONE, "https://x.example/", List.of()), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("code", "name", "trackingPattern", "trackingUrl", "services"));
    }

    private void refused(Runnable action, String field, String key) {
        List<Long> before = s.footprint();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).contains(tuple(field, key)));
        assertThat(s.footprint()).as("nothing written").isEqualTo(before);
    }
}
