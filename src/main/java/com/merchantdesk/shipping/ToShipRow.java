package com.merchantdesk.shipping;

import com.merchantdesk.orders.OrderStatus;
import java.time.Instant;

/**
 * An order still to ship, as the cockpit lists it.
 *
 * @param partlyShipped some of its lines are in parcels already
 */
public record ToShipRow(String orderId, String orderNumber, String customerName, OrderStatus status, Zone zone,
                        String country, Instant paidAt, Deadlines deadlines, long itemCount, boolean partlyShipped) {}
