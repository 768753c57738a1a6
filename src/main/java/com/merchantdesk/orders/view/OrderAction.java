package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import java.util.List;
import java.util.Optional;

/**
 * What can be done to an order from its detail pane: the lifecycle steps and recording a refund. Each one says
 * whether it is allowed for a given order and, when not, why (the state machine's own reason).
 */
public enum OrderAction {
    MARK_PAID(OrderStatus.PAID),
    MARK_PACKED(OrderStatus.PACKED),
    MARK_SHIPPED(OrderStatus.SHIPPED),
    MARK_DELIVERED(OrderStatus.DELIVERED),
    CANCEL(OrderStatus.CANCELLED),
    REFUND(null);

    /** In the order the buttons appear. */
    public static final List<OrderAction> ALL = List.of(values());

    private final OrderStatus target;

    OrderAction(OrderStatus target) { this.target = target; }

    /** The status a plain transition moves to; null for a refund. */
    public OrderStatus target() { return target; }

    /** Why the action is refused for {@code order}, in the seller's language; empty when it is allowed. */
    public Optional<String> refusal(Order order) {
        if (order == null) {
            return Optional.of(Messages.get("orders.view.action.noOrder"));
        }
        OrderStatus from = order.status();
        if (this == REFUND) {
            if (!OrderStatus.REFUNDABLE.contains(from)) {
                return from.refusal(OrderStatus.PARTIALLY_REFUNDED)
                        .or(() -> Optional.of("orders.transition.final"))
                        .map(key -> Messages.get(key, OrderFormats.status(from), OrderFormats.status(OrderStatus.PARTIALLY_REFUNDED)));
            }
            if (order.refundable().minorUnits() <= 0) {
                return Optional.of(Messages.get("orders.view.refund.nothingLeft"));
            }
            return Optional.empty();
        }
        // With a ship form (the shipping feature), a paid order ships from its parcel: packed and shipped in one go.
        if (this == MARK_SHIPPED && from == OrderStatus.PAID && ShipForm.find().isPresent()) {
            return Optional.empty();
        }
        return from.refusal(target).map(key -> Messages.get(key, OrderFormats.status(from), OrderFormats.status(target)));
    }

    public String labelKey() {
        return this == REFUND ? "orders.view.action.refund" : "orders.view.action." + target.name();
    }
}
