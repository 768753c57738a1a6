package com.merchantdesk.shipping;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shipments, tracking, carriers and the ship-by cockpit. Every change is one SQLite transaction with its outbox
 * row (entity {@code shipment} or {@code tracking_event}) and, when it moves the order, the order's history
 * steps. Blocking: call from a background thread, never the JavaFX thread.
 *
 * <p>Refusals are {@link com.merchantdesk.kernel.ValidationException}s naming the field ({@code order},
 * {@code carrier}, {@code service}, {@code tracking}, {@code lines[i].quantity}, {@code weight}, {@code at},
 * {@code id}); nothing is changed when one is thrown.
 */
public interface ShippingService {

    /** Who the history names when the caller does not say. */
    String DEFAULT_ACTOR = "seller";

    /**
     * Records a parcel of a paid (or packed, or partly shipped) order. A paid order becomes packed; the order
     * becomes shipped once every line is in a parcel.
     */
    Shipment create(ShipmentDraft draft, String actor);

    /** Adds a tracking event entered by hand; a delivered event closes the promise (and may deliver the order). */
    TrackingEvent addEvent(String shipmentId, TrackingEventDraft draft, String actor);

    Optional<Shipment> find(String shipmentId);

    /** Oldest first. */
    List<TrackingEvent> events(String shipmentId);

    /** The order's parcels and what is left to ship; empty when there is no such order (id or number). */
    Optional<OrderParcels> parcels(String order);

    Page<Shipment> search(ShipmentQuery query);

    /** The cockpit's page: open orders with a promise, least time left first. */
    Page<ToShipRow> toShip(ToShipQuery query);

    ToShipCounts toShipCounts(Instant now);

    /** Shipped-on-time and delivered-on-time per carrier and service, for parcels shipped in {@code [from, before)}. */
    default List<ShippingPerformance> performance(Instant from, Instant before) { return performance(from, before, Set.of()); }

    /** The same, only for parcels of orders of {@code channels} (all when empty). */
    List<ShippingPerformance> performance(Instant from, Instant before, Set<Channel> channels);

    /**
     * The deadlines an order paid at {@code paidAt} to an address in {@code country} would get now, with the stored
     * policy and the zone's default service (Settings shows them as an example beside the rules).
     */
    Deadlines deadlinesIfPaid(Instant paidAt, String country);

    List<Carrier> carriers();

    /** Adds a carrier or replaces the one with its code (its services keep their numbers by code). */
    Carrier saveCarrier(Carrier carrier);

    ShippingPolicy policy();

    ShippingPolicy savePolicy(ShippingPolicy policy);
}
