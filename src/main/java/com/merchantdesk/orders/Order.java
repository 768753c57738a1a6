package com.merchantdesk.orders;

import com.merchantdesk.customers.Address;
import com.merchantdesk.kernel.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An order as stored. {@code id} is a client-made, time-ordered UUID ({@link com.merchantdesk.store.Ids});
 * {@code number} is the human one, {@code D-2026-000123} (prefix, year of creation, sequence per year).
 * The customer's name and phone are a snapshot taken when the order was saved; {@code customerId} is null
 * for an order without a customer record (rare: a walk-up stall sale).
 *
 * @param refunded  money refunded so far (0 until a refund); never more than {@code totals.total}
 * @param oversold  the seller confirmed selling more than was available when the order was saved
 * @param paidAt    null until paid
 */
public record Order(String id, String number, Channel channel, String customerId, String customerName,
                    String customerPhone, Address shippingAddress, List<OrderLine> lines, OrderTotals totals,
                    Currency currency, PaymentMethod paymentMethod, PaymentState paymentState, Money refunded,
                    String memo, MemoFlag memoFlag, boolean oversold, OrderStatus status, Instant createdAt,
                    Instant updatedAt, Instant paidAt) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(paymentState, "paymentState");
        Objects.requireNonNull(status, "status");
        customerName = customerName == null ? "" : customerName;
        customerPhone = customerPhone == null ? "" : customerPhone;
        shippingAddress = shippingAddress == null ? Address.EMPTY : shippingAddress;
        lines = List.copyOf(lines);
        refunded = refunded == null ? Money.zero(currency) : refunded;
        memo = memo == null ? "" : memo;
        memoFlag = memoFlag == null ? MemoFlag.NONE : memoFlag;
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
        paidAt = paidAt == null ? null : paidAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public Money total() { return totals.total(); }

    /** Money that can still be refunded. */
    public Money refundable() { return total().minus(refunded); }

    /** Units over all lines. */
    public long itemCount() { return lines.stream().mapToLong(OrderLine::quantity).sum(); }
}
