package com.merchantdesk.shipping;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderFulfilment;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** {@link ShippingService} on the app's SQLite database. */
public final class SqliteShippingService implements ShippingService {

    static final int MAX_PLACE = 200;
    static final int MAX_DESCRIPTION = 500;
    /** How far ahead of this computer's clock an event may be (another device's clock may run a little fast). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final Database db;
    private final Clock clock;
    private final OrderFulfilment orders = new OrderFulfilment();
    private final ShipmentRepository shipments = new ShipmentRepository();
    private final CarrierRepository carriers = new CarrierRepository();
    private final ToShipList toShip = new ToShipList();
    private final ShipmentList list = new ShipmentList();

    public SqliteShippingService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Shipment create(ShipmentDraft draft, String actor) {
        return db.write(c -> create(c, draft, actor, clock.instant()));
    }

    /**
     * Checks the draft, then writes the shipment, the order's steps and the outbox rows on the caller's transaction
     * (public for batch fulfilment, which ships many orders with pool numbers in one transaction).
     */
    public Shipment create(Connection c, ShipmentDraft draft, String actor, Instant now) throws SQLException {
        ShippingSetup setup = ShippingSetup.load(c);
        List<FieldError> errors = new ArrayList<>();
        Optional<OrderFulfilment.Found> found = shippableOrder(c, draft.order(), errors);
        Zone zone = found.map(f -> Zone.of(f.order().shippingAddress().country(), setup.policy().shopCountry()))
                .orElse(Zone.DOMESTIC);
        Optional<CarrierRepository.Stored> carrier = carrier(setup, draft.carrierCode(), errors);
        Optional<CarrierService> service = carrier.flatMap(cr -> service(cr.carrier(), draft.serviceCode(), zone,
                found.isPresent(), errors));
        String tracking = CarrierDefinition.normalize(draft.trackingNumber());
        carrier.ifPresent(cr -> checkTracking(c, cr, tracking, errors));
        if (tracking.isEmpty()) {
            errors.add(FieldError.of("tracking", "shipping.validation.trackingRequired"));
        }
        if (draft.weightGrams() != null && draft.weightGrams() <= 0) {
            errors.add(FieldError.of("weight", "shipping.validation.weightPositive", draft.weightGrams()));
        }
        List<ShipmentLine> lines = List.of();
        OrderParcels parcels = null;
        if (found.isPresent()) {
            parcels = parcels(c, setup, found.get());
            lines = lines(parcels, draft.lines(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Order order = found.get().order();
        Deadlines deadlines = parcels.deadlines();
        Shipment shipment = new Shipment(Ids.newIdString(), order.id(), order.number(), carrier.get().carrier().code(),
                service.get().code(), tracking, lines, draft.weightGrams(), draft.size(), TrackingStatus.SHIPPED, now,
                deadlines == null ? null : deadlines.shipBy(), deadlines == null ? null : deadlines.deliverBy(), null);
        shipments.insert(c, shipment, found.get().orderNo(), carrier.get().carrierNo(),
                carrier.get().serviceNos().get(service.get().code()));
        ShipmentPayloads.created(c, shipment, now);
        OrderParcels before = parcels;
        Map<Integer, Long> inThisParcel = new HashMap<>();
        lines.forEach(l -> inThisParcel.merge(l.position(), l.quantity(), Long::sum));
        boolean complete = order.lines().stream()
                .allMatch(l -> before.left(l) - inThisParcel.getOrDefault(l.position(), 0L) == 0);
        orders.parcelShipped(c, found.get(), complete, actor, shipment.carrierCode() + " " + tracking, now);
        return shipment;
    }

    private Optional<OrderFulfilment.Found> shippableOrder(Connection c, String ref, List<FieldError> errors)
            throws SQLException {
        if (ref.isEmpty()) {
            errors.add(FieldError.of("order", "shipping.validation.orderRequired"));
            return Optional.empty();
        }
        Optional<OrderFulfilment.Found> found = orders.find(c, ref);
        if (found.isEmpty()) {
            errors.add(FieldError.of("order", "shipping.validation.orderMissing", ref));
            return Optional.empty();
        }
        Order o = found.get().order();
        String refusal = switch (o.status()) {
            case PENDING_PAYMENT -> "shipping.validation.orderUnpaid";
            case CANCELLED -> "shipping.validation.orderCancelled";
            case SHIPPED, DELIVERED, PARTIALLY_REFUNDED, REFUNDED -> "shipping.validation.orderShipped";
            case PAID, PACKED -> null;
        };
        if (refusal != null) {
            errors.add(FieldError.of("order", refusal, o.number()));
            return Optional.empty();
        }
        return found;
    }

    private static Optional<CarrierRepository.Stored> carrier(ShippingSetup setup, String code, List<FieldError> errors) {
        if (code.isEmpty()) {
            errors.add(FieldError.of("carrier", "shipping.validation.carrierRequired"));
            return Optional.empty();
        }
        Optional<CarrierRepository.Stored> carrier = setup.carrier(code);
        if (carrier.isEmpty()) {
            errors.add(FieldError.of("carrier", "shipping.validation.unknownCarrier", code, setup.carriers().stream()
                    .map(s -> s.carrier().code()).collect(Collectors.joining(", "))));
        }
        return carrier;
    }

    /** The named service, or (none named) the carrier's first service for the order's zone. */
    private static Optional<CarrierService> service(Carrier carrier, String code, Zone zone, boolean knownZone,
                                                    List<FieldError> errors) {
        List<CarrierService> services = carrier.definition().services();
        if (code.isEmpty()) {
            Optional<CarrierService> fitting = services.stream()
                    .filter(s -> s.international() == (zone == Zone.INTERNATIONAL)).findFirst();
            if (fitting.isEmpty() && knownZone) {
                errors.add(FieldError.of("service", "shipping.validation.noServiceForZone", carrier.name(),
                        zone == Zone.INTERNATIONAL ? "international" : "domestic"));
            }
            return fitting;
        }
        Optional<CarrierService> named = carrier.definition().service(code);
        if (named.isEmpty()) {
            errors.add(FieldError.of("service", "shipping.validation.unknownService", code, carrier.name(),
                    services.stream().map(CarrierService::code).collect(Collectors.joining(", "))));
        } else if (knownZone && named.get().international() != (zone == Zone.INTERNATIONAL)) {
            errors.add(FieldError.of("service", zone == Zone.INTERNATIONAL ? "shipping.validation.serviceDomesticOnly"
                    : "shipping.validation.serviceInternationalOnly", named.get().name()));
            return Optional.empty();
        }
        return named;
    }

    private void checkTracking(Connection c, CarrierRepository.Stored stored, String tracking, List<FieldError> errors) {
        if (tracking.isEmpty()) {
            return;
        }
        CarrierDefinition d = stored.carrier().definition();
        if (!Pattern.compile(d.trackingPattern()).matcher(tracking).matches()) {
            errors.add(FieldError.of("tracking", "shipping.validation.trackingPattern", tracking, d.name(), example(d)));
            return;
        }
        if (!d.accepts(tracking)) {
            errors.add(FieldError.of("tracking", "shipping.validation.trackingCheckDigit", tracking, d.name()));
            return;
        }
        try {
            shipments.holderOf(c, tracking, stored.carrierNo()).ifPresent(number ->
                    errors.add(FieldError.of("tracking", "shipping.validation.trackingTaken", tracking, d.name(), number)));
        } catch (SQLException e) {
            throw new com.merchantdesk.store.StoreException("Cannot look up the tracking number: " + e.getMessage(), e);
        }
    }

    /** A valid number to show as an example, or the pattern when the carrier's numbers cannot be made up. */
    private static String example(CarrierDefinition d) {
        try {
            return d.trackingNumberFor(12_345_678);
        } catch (RuntimeException e) {
            return d.trackingPattern();
        }
    }

    /** The parcel's lines: those asked for, checked against what is left; none asked for: everything left. */
    private static List<ShipmentLine> lines(OrderParcels parcels, List<ShipmentDraft.LineRequest> requested,
                                            List<FieldError> errors) {
        Map<Integer, OrderLine> byPosition = new LinkedHashMap<>();
        parcels.order().lines().forEach(l -> byPosition.put(l.position(), l));
        if (requested.isEmpty()) {
            List<ShipmentLine> all = parcels.order().lines().stream().filter(l -> parcels.left(l) > 0)
                    .map(l -> new ShipmentLine(l.position(), l.skuCode(), parcels.left(l))).toList();
            if (all.isEmpty()) {
                errors.add(FieldError.of("order", "shipping.validation.orderShipped", parcels.order().number()));
            }
            return all;
        }
        Map<Integer, Long> asked = new LinkedHashMap<>();
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            ShipmentDraft.LineRequest r = requested.get(i);
            OrderLine line = byPosition.get(r.position());
            if (line == null) {
                errors.add(FieldError.of("lines[" + i + "].position", "shipping.validation.unknownLine", r.position() + 1,
                        parcels.order().number()));
            } else if (r.quantity() <= 0) {
                errors.add(FieldError.of("lines[" + i + "].quantity", "shipping.validation.quantityPositive", line.skuCode()));
            } else {
                asked.merge(r.position(), r.quantity(), Long::sum);
                firstIndex.putIfAbsent(r.position(), i);
            }
        }
        List<ShipmentLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : asked.entrySet()) {
            OrderLine line = byPosition.get(e.getKey());
            String field = "lines[" + firstIndex.get(e.getKey()) + "].quantity";
            if (e.getValue() > line.remainingQuantity()) {
                errors.add(FieldError.of(field, "shipping.validation.moreThanOrdered", e.getValue(), line.skuCode(),
                        line.remainingQuantity()));
            } else if (e.getValue() > parcels.left(line)) {
                errors.add(FieldError.of(field, "shipping.validation.moreThanLeft", e.getValue(), line.skuCode(),
                        parcels.left(line)));
            } else {
                lines.add(new ShipmentLine(line.position(), line.skuCode(), e.getValue()));
            }
        }
        return lines;
    }

    @Override
    public TrackingEvent addEvent(String shipmentId, TrackingEventDraft draft, String actor) {
        return db.write(c -> {
            Instant now = clock.instant();
            ShipmentRepository.Stored stored = shipments.find(c, shipmentId).orElseThrow(() -> new ValidationException(
                    FieldError.of("id", "shipping.validation.shipmentMissing", shipmentId)));
            Shipment shipment = stored.shipment();
            List<FieldError> errors = new ArrayList<>();
            if (draft.status() == null) {
                errors.add(FieldError.of("status", "shipping.validation.eventStatusRequired"));
            }
            Instant at = eventTime(draft.at(), shipment, now, errors);
            if (draft.place().length() > MAX_PLACE) {
                errors.add(FieldError.of("place", "validation.tooLong", MAX_PLACE));
            }
            if (draft.description().length() > MAX_DESCRIPTION) {
                errors.add(FieldError.of("description", "validation.tooLong", MAX_DESCRIPTION));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            TrackingEvent event = new TrackingEvent(shipment.id(), 0, draft.status(), at, draft.place(), draft.description());
            int seq = shipments.insertEvent(c, stored.shipmentNo(), event);
            event = new TrackingEvent(shipment.id(), seq, event.status(), at, event.place(), event.description());
            List<TrackingEvent> all = shipments.events(c, stored.shipmentNo(), shipment.id());
            TrackingStatus status = all.get(all.size() - 1).status();
            Instant delivered = all.stream().filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::at)
                    .findFirst().orElse(null);
            shipments.updateState(c, stored.shipmentNo(), status, delivered);
            ShipmentPayloads.event(c, shipment, event, now);
            if (delivered != null) {
                deliverOrderWhenAllArrived(c, stored, actor, now);
            }
            return event;
        });
    }

    private static Instant eventTime(String text, Shipment shipment, Instant now, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(FieldError.of("at", "shipping.validation.eventTimeRequired"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("at", "shipping.validation.eventTime", text));
            return null;
        }
        if (at.isBefore(shipment.shippedAt().minus(FUTURE_TOLERANCE))) {
            errors.add(FieldError.of("at", "shipping.validation.eventBeforeShipping", text, shipment.shippedAt().toString()));
        } else if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(FieldError.of("at", "shipping.validation.eventInFuture", text));
        }
        return at;
    }

    /** A shipped order whose every parcel has a delivered event is delivered. */
    private void deliverOrderWhenAllArrived(Connection c, ShipmentRepository.Stored stored, String actor, Instant now)
            throws SQLException {
        Optional<OrderFulfilment.Found> found = orders.find(c, stored.shipment().orderId());
        if (found.isEmpty() || found.get().order().status() != OrderStatus.SHIPPED) {
            return;
        }
        boolean allArrived = shipments.forOrder(c, stored.orderNo()).stream()
                .allMatch(s -> s.shipment().deliveredAt() != null);
        if (allArrived) {
            orders.delivered(c, found.get(), actor, "", now);
        }
    }

    @Override
    public Optional<Shipment> find(String shipmentId) {
        return db.read(c -> {
            Optional<ShipmentRepository.Stored> stored = shipments.find(c, shipmentId);
            return stored.isEmpty() ? Optional.empty() : Optional.of(shipments.withSkuCodes(c, stored.get()).shipment());
        });
    }

    @Override
    public List<TrackingEvent> events(String shipmentId) {
        return db.read(c -> {
            Optional<ShipmentRepository.Stored> stored = shipments.find(c, shipmentId);
            return stored.isEmpty() ? List.of() : shipments.events(c, stored.get().shipmentNo(), stored.get().shipment().id());
        });
    }

    @Override
    public Optional<OrderParcels> parcels(String order) {
        return db.read(c -> {
            Optional<OrderFulfilment.Found> found = orders.find(c, order);
            return found.isEmpty() ? Optional.empty() : Optional.of(parcels(c, ShippingSetup.load(c), found.get()));
        });
    }

    private OrderParcels parcels(Connection c, ShippingSetup setup, OrderFulfilment.Found found) throws SQLException {
        List<Shipment> list = new ArrayList<>();
        Map<Integer, Long> shipped = new HashMap<>();
        for (ShipmentRepository.Stored s : shipments.forOrder(c, found.orderNo())) {
            Shipment shipment = shipments.withSkuCodes(c, s).shipment();
            list.add(shipment);
            shipment.lines().forEach(l -> shipped.merge(l.position(), l.quantity(), Long::sum));
        }
        Order o = found.order();
        Deadlines deadlines = o.paidAt() == null || o.shippingAddress().blank() ? null
                : setup.deadlines(o.paidAt(), o.shippingAddress().country());
        return new OrderParcels(o, list, shipped, deadlines);
    }

    @Override
    public Page<Shipment> search(ShipmentQuery query) {
        return db.read(c -> list.page(c, query, carriers.policy(c)));
    }

    @Override
    public Page<ToShipRow> toShip(ToShipQuery query) {
        return db.read(c -> toShip.page(c, query));
    }

    @Override
    public ToShipCounts toShipCounts(Instant now) {
        return db.read(c -> toShip.counts(c, now));
    }

    @Override
    public List<ShippingPerformance> performance(Instant from, Instant before, Set<Channel> channels) {
        // Counted by SQLite, one row per carrier and service; a channel is the order's, found by its key.
        String onlyChannels = channels == null || channels.isEmpty() ? ""
                : " AND s.channel IN ("
                + channels.stream().map(ch -> Integer.toString(OrderCodes.of(ch))).sorted().collect(Collectors.joining(",")) + ")";
        return db.read(c -> {
            List<ShippingPerformance> result = new ArrayList<>();
            // Counted per carrier and service in the covering index shipment_performance's order (V10), then named.
            try (PreparedStatement ps = c.prepareStatement("SELECT c.code, cs.code, t.n, t.on_time, t.delivered, "
                    + "t.delivered_on_time FROM (SELECT s.carrier_no, s.service_no, count(*) AS n, "
                    + "coalesce(sum(s.shipped_at <= s.ship_by), 0) AS on_time, count(s.delivered_at) AS delivered, "
                    + "coalesce(sum(s.delivered_at <= s.deliver_by), 0) AS delivered_on_time FROM shipment s "
                    + "WHERE s.ship_by IS NOT NULL AND s.shipped_at >= ? AND s.shipped_at < ?" + onlyChannels
                    + " GROUP BY s.carrier_no, s.service_no) t "
                    + "JOIN carrier c ON c.carrier_no = t.carrier_no "
                    + "JOIN carrier_service cs ON cs.carrier_no = t.carrier_no AND cs.service_no = t.service_no "
                    + "ORDER BY c.code, cs.code")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, before.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new ShippingPerformance(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6)));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public Deadlines deadlinesIfPaid(Instant paidAt, String country) {
        return db.read(c -> ShippingSetup.load(c).deadlines(paidAt, country));
    }

    @Override
    public List<Carrier> carriers() {
        return db.read(c -> carriers.all(c).stream().map(CarrierRepository.Stored::carrier).toList());
    }

    @Override
    public Carrier saveCarrier(Carrier carrier) {
        List<FieldError> errors = CarrierRules.errors(carrier);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return db.write(c -> {
            carriers.save(c, carrier);
            return carriers.byCode(c, carrier.code()).orElseThrow().carrier();
        });
    }

    @Override
    public ShippingPolicy policy() {
        return db.read(carriers::policy);
    }

    @Override
    public ShippingPolicy savePolicy(ShippingPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (!policy.timeZone().isEmpty()) {
            try {
                java.time.ZoneId.of(policy.timeZone());
            } catch (java.time.DateTimeException e) {
                errors.add(FieldError.of("timeZone", "shipping.validation.timeZone", policy.timeZone()));
            }
        }
        if (!policy.country().isEmpty() && !policy.country().matches("[A-Z]{2}")) {
            errors.add(FieldError.of("country", "shipping.validation.country", policy.country()));
        }
        for (Duration d : List.of(policy.atRisk(), policy.domesticPromise(), policy.internationalPromise())) {
            if (d.toMinutes() <= 0) {
                errors.add(FieldError.of("windows", "shipping.validation.windowPositive"));
                break;
            }
        }
        return db.write(c -> {
            ShippingSetup setup = ShippingSetup.load(c);
            int[] domestic = serviceKey(setup, policy.domesticService(), false, "domesticService", errors);
            int[] international = serviceKey(setup, policy.internationalService(), true, "internationalService", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            carriers.savePolicy(c, policy, domestic, international);
            return carriers.policy(c);
        });
    }

    private static int[] serviceKey(ShippingSetup setup, ServiceRef ref, boolean international, String field,
                                    List<FieldError> errors) {
        Optional<CarrierRepository.Stored> carrier = setup.carrier(ref.carrierCode());
        Integer serviceNo = carrier.flatMap(s -> s.serviceNos().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(ref.serviceCode())).map(Map.Entry::getValue).findFirst()).orElse(null);
        if (serviceNo == null) {
            errors.add(FieldError.of(field, "shipping.validation.unknownService", ref.serviceCode(), ref.carrierCode(), ""));
            return null;
        }
        CarrierService service = carrier.get().service(serviceNo).orElseThrow();
        if (service.international() != international) {
            errors.add(FieldError.of(field, international ? "shipping.validation.serviceDomesticOnly"
                    : "shipping.validation.serviceInternationalOnly", service.name()));
        }
        return new int[] {(int) carrier.get().carrierNo(), serviceNo};
    }

    /** The rules a carrier typed in Settings must meet. */
    static final class CarrierRules {
        private CarrierRules() {}

        static List<FieldError> errors(Carrier carrier) {
            List<FieldError> errors = new ArrayList<>();
            CarrierDefinition d = carrier.definition();
            if (!d.code().matches("[A-Za-z0-9_]{2,12}")) {
                errors.add(FieldError.of("code", "shipping.validation.carrierCode", d.code()));
            }
            if (d.name().isBlank()) {
                errors.add(FieldError.of("name", "validation.required"));
            }
            try {
                Pattern.compile(d.trackingPattern());
            } catch (PatternSyntaxException e) {
                errors.add(FieldError.of("trackingPattern", "shipping.validation.pattern", e.getDescription()));
            }
            if (!d.trackingUrlTemplate().isEmpty() && !d.trackingUrlTemplate().contains(CarrierDefinition.TRACKING_PLACEHOLDER)) {
                errors.add(FieldError.of("trackingUrl", "shipping.validation.trackingUrl", CarrierDefinition.TRACKING_PLACEHOLDER));
            }
            if (d.services().isEmpty()) {
                errors.add(FieldError.of("services", "shipping.validation.servicesRequired"));
            }
            for (int i = 0; i < d.services().size(); i++) {
                CarrierService s = d.services().get(i);
                if (s.dispatchWindow().toMinutes() <= 0 || s.transitTime().toMinutes() <= 0) {
                    errors.add(FieldError.of("services[" + i + "]", "shipping.validation.windowPositive"));
                }
            }
            return errors;
        }
    }
}
