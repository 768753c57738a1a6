package com.merchantdesk.shipping;

import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import java.util.List;
import java.util.Map;

/**
 * An order seen from shipping: its parcels, the units of each line already in one, and its deadlines (null for an
 * order without a promise: no ship-to address, or not paid).
 */
public record OrderParcels(Order order, List<Shipment> shipments, Map<Integer, Long> shippedByPosition,
                           Deadlines deadlines) {

    public OrderParcels {
        shipments = List.copyOf(shipments);
        shippedByPosition = Map.copyOf(shippedByPosition);
    }

    public long shipped(int position) { return shippedByPosition.getOrDefault(position, 0L); }

    /** Units of the line not yet in a parcel (refunded units need no parcel). */
    public long left(OrderLine line) { return Math.max(0, line.remainingQuantity() - shipped(line.position())); }

    public boolean partlyShipped() { return !shipments.isEmpty() && order.lines().stream().anyMatch(l -> left(l) > 0); }

    public boolean allShipped() { return order.lines().stream().allMatch(l -> left(l) == 0); }
}
