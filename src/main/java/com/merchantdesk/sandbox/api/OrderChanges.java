package com.merchantdesk.sandbox.api;

import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** New versions of an order record (records are immutable): a status step with its history line, a refund. */
final class OrderChanges {

    private OrderChanges() {}

    static Order moved(Order o, PlatformOrderStatus status, Instant at, Actor actor, String deskId, Instant now) {
        List<StatusChange> history = new ArrayList<>(o.history());
        history.add(new StatusChange(status, at, actor, deskId));
        PaymentState payment = status == PlatformOrderStatus.PAID && o.paymentState() == PaymentState.UNPAID ? PaymentState.PAID : o.paymentState();
        Instant paidAt = payment == PaymentState.PAID && o.paidAt() == null ? at : o.paidAt();
        return new Order(o.id(), o.number(), o.deskId(), o.deskCode(), o.channel(), status, payment, o.paymentMethod(),
                o.customerId(), o.customerName(), o.customerPhone(), o.customerEmail(), o.shipTo(), o.lines(), o.currency(),
                o.shippingFee(), o.tax(), o.total(), o.refunded(), o.oversold(), o.notes(), o.placedAt(), paidAt, now,
                o.version() + 1, history);
    }

    static Order paid(Order o, PaymentMethod method, Instant at, Actor actor, String deskId, Instant now) {
        Order moved = moved(o, PlatformOrderStatus.PAID, at, actor, deskId, now);
        return new Order(moved.id(), moved.number(), moved.deskId(), moved.deskCode(), moved.channel(), moved.status(),
                PaymentState.PAID, method == null ? o.paymentMethod() : method, moved.customerId(), moved.customerName(),
                moved.customerPhone(), moved.customerEmail(), moved.shipTo(), moved.lines(), moved.currency(),
                moved.shippingFee(), moved.tax(), moved.total(), moved.refunded(), moved.oversold(), moved.notes(),
                moved.placedAt(), at, now, moved.version(), moved.history());
    }

    /** The order after a refund of {@code amount} returning {@code units} per line id. */
    static Order refunded(Order o, java.util.Map<String, Long> units, Money amount, Instant at, Actor actor, String deskId, Instant now) {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine line : o.lines()) {
            long more = units.getOrDefault(line.id(), 0L);
            lines.add(more == 0 ? line : new OrderLine(line.id(), line.skuId(), line.skuCode(), line.title(), line.unitPrice(),
                    line.quantity(), line.discount(), line.refundedQuantity() + more));
        }
        Money refunded = o.refunded().plus(amount);
        boolean whole = refunded.amountMinor() >= o.total().amountMinor();
        PlatformOrderStatus status = whole ? PlatformOrderStatus.REFUNDED : PlatformOrderStatus.PARTIALLY_REFUNDED;
        List<StatusChange> history = new ArrayList<>(o.history());
        history.add(new StatusChange(status, at, actor, deskId));
        return new Order(o.id(), o.number(), o.deskId(), o.deskCode(), o.channel(), status,
                whole ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED, o.paymentMethod(), o.customerId(),
                o.customerName(), o.customerPhone(), o.customerEmail(), o.shipTo(), lines, o.currency(), o.shippingFee(),
                o.tax(), o.total(), refunded, o.oversold(), o.notes(), o.placedAt(), o.paidAt(), now, o.version() + 1, history);
    }
}
