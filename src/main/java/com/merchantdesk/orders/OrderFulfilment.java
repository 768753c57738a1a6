package com.merchantdesk.orders;

import com.merchantdesk.store.Outbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the shipping feature does to an order inside its own write transaction: find it, and move it along as
 * its parcels leave and arrive. Shipping owns the shipped and delivered steps of the orders it ships (an order
 * becomes shipped when every line is in a parcel, docs/shipping.md); each step is a history row and an outbox
 * {@code status} row, as {@link OrderService#transition} writes them.
 */
public final class OrderFulfilment {

    /** An order and its integer key (what a shipment row points at). */
    public record Found(long orderNo, Order order) {}

    private final OrderRepository orders = new OrderRepository();

    /** The order with this id, or else this number (case-insensitive). */
    public Optional<Found> find(Connection c, String idOrNumber) throws SQLException {
        String ref = idOrNumber == null ? "" : idOrNumber.strip();
        Optional<OrderRepository.Stored> stored = orders.find(c, ref);
        if (stored.isEmpty()) {
            stored = orders.findByNumber(c, ref);
        }
        return stored.map(s -> new Found(s.orderNo(), s.order()));
    }

    /**
     * A parcel of the order left: a paid order is packed first (both steps in its history), and the order is
     * shipped once {@code complete} (every unit is in a parcel). Returns the order as it now is.
     */
    public Order parcelShipped(Connection c, Found found, boolean complete, String actor, String note, Instant now)
            throws SQLException {
        Order order = found.order();
        if (order.status() == OrderStatus.PAID) {
            order = step(c, found.orderNo(), order, OrderStatus.PACKED, actor, note, now);
        }
        if (complete && order.status() == OrderStatus.PACKED) {
            order = step(c, found.orderNo(), order, OrderStatus.SHIPPED, actor, note, now);
        }
        return order;
    }

    /** Every parcel of a shipped order arrived: the order is delivered. Other statuses are left as they are. */
    public Order delivered(Connection c, Found found, String actor, String note, Instant now) throws SQLException {
        return delivered(c, found, actor, note, now, com.merchantdesk.kernel.Origin.DESK);
    }

    /**
     * {@link #delivered(Connection, Found, String, String, Instant)} by {@code origin}: the carrier's delivered event
     * pulled from the platform (which owns tracking events) moves the order without queuing anything.
     */
    public Order delivered(Connection c, Found found, String actor, String note, Instant now,
                           com.merchantdesk.kernel.Origin origin) throws SQLException {
        Order order = found.order();
        return order.status() == OrderStatus.SHIPPED
                ? step(c, found.orderNo(), order, OrderStatus.DELIVERED, actor, note, now, origin) : order;
    }

    private Order step(Connection c, long orderNo, Order before, OrderStatus target, String actor, String note, Instant now)
            throws SQLException {
        return step(c, orderNo, before, target, actor, note, now, com.merchantdesk.kernel.Origin.DESK);
    }

    private Order step(Connection c, long orderNo, Order before, OrderStatus target, String actor, String note, Instant now,
                       com.merchantdesk.kernel.Origin origin) throws SQLException {
        Order after = new Order(before.id(), before.number(), before.channel(), before.customerId(), before.customerName(),
                before.customerPhone(), before.shippingAddress(), before.lines(), before.totals(), before.currency(),
                before.paymentMethod(), before.paymentState(), before.refunded(), before.memo(), before.memoFlag(),
                before.oversold(), target, before.createdAt(), now, before.paidAt());
        orders.updateState(c, orderNo, after, before.status());
        orders.addHistory(c, orderNo, before.status(), target, actor, note, now);
        if (origin.queues()) {
            OrderOutbox.transitioned(c, before, after, now);
        }
        return after;
    }
}
