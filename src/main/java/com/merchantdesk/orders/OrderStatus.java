package com.merchantdesk.orders;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An order's place in its life. One status carries both fulfilment and after-sale state:
 *
 * <pre>
 * PENDING_PAYMENT -> PAID -> PACKED -> SHIPPED -> DELIVERED
 *        \             \        \          \          \
 *         +-------------+--------+-> CANCELLED   +----+-> PARTIALLY_REFUNDED -> REFUNDED   (by refund only)
 * </pre>
 *
 * Cancelling is possible only before shipping (stock goes back through the ledger); after shipping, a
 * refund (some or all lines, an amount, restock or not) moves the order to {@code PARTIALLY_REFUNDED} or,
 * once the whole total is refunded, {@code REFUNDED}. {@code CANCELLED} and {@code REFUNDED} are final.
 * {@link #refusal(OrderStatus)} says why any other move is refused.
 */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED;

    /** Summary counters of the orders list. */
    public static final Set<OrderStatus> TO_PAY = EnumSet.of(PENDING_PAYMENT);
    public static final Set<OrderStatus> TO_PACK = EnumSet.of(PAID);
    public static final Set<OrderStatus> TO_SHIP = EnumSet.of(PACKED);
    public static final Set<OrderStatus> AFTER_SALE = EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);

    /** Statuses from which a refund may be recorded. */
    public static final Set<OrderStatus> REFUNDABLE = EnumSet.of(SHIPPED, DELIVERED, PARTIALLY_REFUNDED);

    /** Not yet shipped and not cancelled: the stock is sold but still on the shelf. */
    public boolean isOpenUnshipped() { return this == PENDING_PAYMENT || this == PAID || this == PACKED; }

    public boolean isFinal() { return this == CANCELLED || this == REFUNDED; }

    /** The statuses {@link OrderService#transition} accepts from this one (refunds go through {@code refund}). */
    public Set<OrderStatus> nextByTransition() {
        return switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(PACKED, CANCELLED);
            case PACKED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /**
     * Why {@code target} cannot follow this status by a plain transition: a message key (arguments: this
     * status, the target), or empty when the move is legal.
     */
    public Optional<String> refusal(OrderStatus target) {
        if (nextByTransition().contains(target)) {
            return Optional.empty();
        }
        if (this == target) {
            return Optional.of("orders.transition.already");
        }
        if (isFinal()) {
            return Optional.of("orders.transition.final");
        }
        if (target == CANCELLED) {
            return Optional.of("orders.transition.cancelAfterShipping");
        }
        if (target == PARTIALLY_REFUNDED || target == REFUNDED) {
            return Optional.of(REFUNDABLE.contains(this) ? "orders.transition.useRefund" : "orders.transition.refundBeforeShipping");
        }
        if (target.ordinal() < ordinal() && target.ordinal() <= DELIVERED.ordinal()) {
            return Optional.of("orders.transition.backwards");
        }
        return Optional.of("orders.transition.skip");
    }

    public String messageKey() { return "orders.status." + name(); }
}
