package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.OrderStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status choices of the orders list: everything, one status, or after-sale (partly and fully refunded).
 * The summary counters pick {@link #PENDING_PAYMENT} (to pay), {@link #PAID} (to pack), {@link #PACKED}
 * (to ship) and {@link #AFTER_SALE}.
 */
public enum StatusChoice {
    ALL(EnumSet.allOf(OrderStatus.class)),
    PENDING_PAYMENT(OrderStatus.TO_PAY),
    PAID(OrderStatus.TO_PACK),
    PACKED(OrderStatus.TO_SHIP),
    SHIPPED(EnumSet.of(OrderStatus.SHIPPED)),
    DELIVERED(EnumSet.of(OrderStatus.DELIVERED)),
    CANCELLED(EnumSet.of(OrderStatus.CANCELLED)),
    AFTER_SALE(OrderStatus.AFTER_SALE),
    PARTIALLY_REFUNDED(EnumSet.of(OrderStatus.PARTIALLY_REFUNDED)),
    REFUNDED(EnumSet.of(OrderStatus.REFUNDED));

    private final Set<OrderStatus> statuses;

    StatusChoice(Set<OrderStatus> statuses) { this.statuses = EnumSet.copyOf(statuses); }

    public Set<OrderStatus> statuses() { return EnumSet.copyOf(statuses); }

    public String label() {
        return switch (this) {
            case ALL -> Messages.get("orders.view.filter.allStatuses");
            case AFTER_SALE -> Messages.get("orders.view.filter.afterSale");
            default -> Messages.get(OrderStatus.valueOf(name()).messageKey());
        };
    }
}
