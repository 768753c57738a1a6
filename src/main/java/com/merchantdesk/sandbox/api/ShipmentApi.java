package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.Carrier;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.platform.TrackingEvent;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.sandbox.store.Waybills;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carriers, waybills and shipments. A shipment is created by the desk's UUID with carrier, service and a tracking
 * number that matches the carrier's pattern and check digit (each number once per carrier); it holds some or
 * all of the order's units, and the order becomes shipped when all are in shipments. Tracking events come from
 * the carriers through the platform; a desk may add events for its own deliveries. A delivered event closes the
 * parcel, and the order when all its parcels are delivered.
 */
public final class ShipmentApi {

    static final int MAX_WAYBILLS = 100;

    private final Database db;

    public ShipmentApi(Database db) { this.db = db; }

    public ApiResponse carriers(Call call) {
        return ApiResponse.ok(Map.of("carriers", DemoCarriers.all().stream().map(Carrier::of).toList()));
    }

    public ApiResponse shipment(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Records.find(c, call.seller(), ChangeKind.SHIPMENT, id))
                .orElseThrow(() -> ApiFailure.notFound("shipment", id)).doc()));
    }

    /** Allocates waybill numbers of the seller's account with a carrier: valid numbers, never handed out twice. */
    public ApiResponse waybills(Connection c, Call call) throws SQLException {
        CarrierDefinition carrier = DemoCarriers.byCode(call.parameter("code"))
                .orElseThrow(() -> ApiFailure.notFound("carrier", call.parameter("code")));
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("count"));
        Long count = f.integer(body, "", "count", 1, MAX_WAYBILLS, true);
        f.done();
        long first = Waybills.reserve(c, call.seller(), carrier.code(), count.intValue());
        List<String> numbers = new ArrayList<>();
        for (long serial = first; serial < first + count; serial++) {
            numbers.add(carrier.trackingNumberFor(serial));
        }
        return ApiResponse.ok(Map.of("carrier", carrier.code(), "numbers", numbers));
    }

    public ApiResponse create(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "order_id", "carrier", "service", "tracking_number", "lines", "weight_grams",
                "shipped_at", "desk_id"));
        String id = f.uuid(body, "", "id", true);
        String orderId = f.uuid(body, "", "order_id", true);
        String carrierCode = f.text(body, "", "carrier", 16, true);
        String serviceCode = f.text(body, "", "service", 16, true);
        String tracking = f.text(body, "", "tracking_number", 40, true);
        Long weight = f.integer(body, "", "weight_grams", 1, 1_000_000, false);
        Instant shippedAt = f.instant(body, "", "shipped_at", true);
        String deskId = f.uuid(body, "", "desk_id", false);
        List<RefundLine> lines = RefundApi.lines(f, body, "");
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.SHIPMENT, id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().doc()));
        }
        StockApi.requireDesk(c, call, deskId);
        Optional<CarrierDefinition> carrier = DemoCarriers.byCode(carrierCode);
        String number = CarrierDefinition.normalize(tracking);
        if (carrier.isEmpty()) {
            f.problem("carrier", "\"" + carrierCode + "\" is no carrier of the platform (GET /v1/carriers lists them)");
        } else {
            if (carrier.get().service(serviceCode).isEmpty()) {
                f.problem("service", "\"" + serviceCode + "\" is no service of " + carrier.get().code() + " (it has "
                        + String.join(", ", carrier.get().services().stream().map(CarrierService::code).toList()) + ")");
            }
            if (!carrier.get().accepts(number)) {
                f.problem("tracking_number", "\"" + tracking + "\" is not a " + carrier.get().name()
                        + " tracking number (its form or check digit is wrong)");
            } else {
                Optional<String> holder = Waybills.holder(c, call.seller(), carrier.get().code(), number);
                holder.ifPresent(other -> f.problem("tracking_number", "is already the number of shipment " + other));
            }
        }
        Optional<Order> found = Orders.find(c, call.seller(), orderId);
        if (found.isEmpty()) {
            f.problem("order_id", "names no order of this account");
        }
        f.done();
        Order order = found.get();
        if (order.status() == PlatformOrderStatus.CANCELLED || order.status() == PlatformOrderStatus.PENDING_PAYMENT) {
            throw ApiFailure.invalid("order_id", "the order is " + order.status().wire() + "; only a paid order ships");
        }
        Map<String, Long> left = unshipped(c, call.seller(), order);
        List<RefundLine> shipped = lines.isEmpty() ? all(left) : lines;
        for (int i = 0; i < shipped.size() && !lines.isEmpty(); i++) {
            RefundLine line = shipped.get(i);
            Long remaining = left.get(line.lineId());
            if (remaining == null) {
                f.problem("lines[" + i + "].line_id", "is not a line of order " + order.number());
            } else if (line.quantity() > remaining) {
                f.problem("lines[" + i + "].quantity", "is more than the " + remaining + " units of that line left to ship");
            } else {
                left.put(line.lineId(), remaining - line.quantity());
            }
        }
        if (shipped.isEmpty()) {
            f.problem("lines", "nothing of the order is left to ship");
        }
        f.done();
        Shipment shipment = new Shipment(id, orderId, carrier.get().code(), carrier.get().service(serviceCode).get().code(), number,
                shipped, weight == null ? null : weight.intValue(), shippedAt, null, List.of(), 1);
        Waybills.use(c, call.seller(), carrier.get().code(), number, id);
        Records.put(c, call.seller(), ChangeKind.SHIPMENT, id, orderId, 1, Map.of(), Docs.write(shipment), call.now());
        boolean everything = lines.isEmpty() || left.values().stream().allMatch(n -> n == 0);
        if (everything) {
            Optional<Order> next = OrderApi.fulfilled(order, PlatformOrderStatus.SHIPPED, shippedAt, Actor.DESK, deskId, call.now());
            if (next.isPresent()) {
                Orders.put(c, call.seller(), next.get(), call.now());
            }
        }
        return ApiResponse.created(shipment, "/v1/shipments/" + id);
    }

    /** A tracking event the desk enters for its own delivery; an event id already there changes nothing. */
    public ApiResponse addEvent(Connection c, Call call) throws SQLException {
        String shipmentId = call.parameter("id");
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "status", "at", "place", "description"));
        String id = f.uuid(body, "", "id", true);
        TrackingStatus status = f.enumValue(body, "", "status", TrackingStatus.class, true);
        Instant at = f.instant(body, "", "at", true);
        String place = f.text(body, "", "place", 120, false);
        String description = f.text(body, "", "description", 500, false);
        f.done();
        StoredRecord stored = Records.find(c, call.seller(), ChangeKind.SHIPMENT, shipmentId)
                .orElseThrow(() -> ApiFailure.notFound("shipment", shipmentId));
        Shipment shipment = Docs.read(stored.doc(), Shipment.class);
        if (shipment.events().stream().anyMatch(e -> e.id().equals(id))) {
            return ApiResponse.ok(shipment);
        }
        return ApiResponse.created(track(c, call.seller(), shipment, new TrackingEvent(id, status, at, place, description, "desk"),
                call.now()), "/v1/shipments/" + shipmentId);
    }

    /**
     * Adds an event to a parcel (from a desk, or from the carrier through the platform); a delivered event closes
     * it, and its order once every parcel of the order is delivered and nothing is left to ship.
     */
    public static Shipment track(Connection c, Seller seller, Shipment shipment, TrackingEvent event, Instant now) throws SQLException {
        List<TrackingEvent> events = new ArrayList<>(shipment.events());
        events.add(event);
        events.sort((a, b) -> a.at().compareTo(b.at()));
        Instant delivered = event.status() == TrackingStatus.DELIVERED && shipment.deliveredAt() == null ? event.at() : shipment.deliveredAt();
        Shipment next = new Shipment(shipment.id(), shipment.orderId(), shipment.carrier(), shipment.service(),
                shipment.trackingNumber(), shipment.lines(), shipment.weightGrams(), shipment.shippedAt(), delivered, events,
                shipment.version() + 1);
        Records.put(c, seller, ChangeKind.SHIPMENT, next.id(), next.orderId(), next.version(), Map.of(), Docs.write(next), now);
        if (delivered != null && shipment.deliveredAt() == null) {
            Optional<Order> order = Orders.find(c, seller, shipment.orderId());
            if (order.isPresent() && allDelivered(c, seller, order.get())) {
                Actor actor = "desk".equals(event.source()) ? Actor.DESK : Actor.PLATFORM;
                Optional<Order> done = OrderApi.fulfilled(order.get(), PlatformOrderStatus.DELIVERED, delivered, actor, null, now);
                if (done.isPresent()) {
                    Orders.put(c, seller, done.get(), now);
                }
            }
        }
        return next;
    }

    private static boolean allDelivered(Connection c, Seller seller, Order order) throws SQLException {
        if (unshipped(c, seller, order).values().stream().anyMatch(n -> n > 0)) {
            return false;
        }
        for (StoredRecord r : Records.children(c, seller, ChangeKind.SHIPMENT, order.id())) {
            if (Docs.read(r.doc(), Shipment.class).deliveredAt() == null) {
                return false;
            }
        }
        return true;
    }

    /** Units of each line not yet in a shipment. */
    static Map<String, Long> unshipped(Connection c, Seller seller, Order order) throws SQLException {
        Map<String, Long> left = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            left.put(line.id(), line.quantity());
        }
        Map<String, Long> shipped = new HashMap<>();
        for (StoredRecord r : Records.children(c, seller, ChangeKind.SHIPMENT, order.id())) {
            for (RefundLine line : Docs.read(r.doc(), Shipment.class).lines()) {
                shipped.merge(line.lineId(), line.quantity(), Long::sum);
            }
        }
        shipped.forEach((line, n) -> left.computeIfPresent(line, (k, v) -> v - n));
        return left;
    }

    private static List<RefundLine> all(Map<String, Long> left) {
        List<RefundLine> lines = new ArrayList<>();
        left.forEach((line, n) -> {
            if (n > 0) {
                lines.add(new RefundLine(line, n));
            }
        });
        return lines;
    }
}
