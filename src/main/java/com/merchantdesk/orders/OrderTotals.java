package com.merchantdesk.orders;

import com.merchantdesk.kernel.Money;
import java.util.List;
import java.util.Objects;

/**
 * An order's money, exact in minor units. The rule (also in docs/orders.md):
 *
 * <ol>
 *   <li>{@code subtotal} = sum over lines of (unit price x quantity − line discount);</li>
 *   <li>{@code orderDiscount} comes off the subtotal (never more than it);</li>
 *   <li>{@code tax} = (subtotal − orderDiscount) x taxRate / 10,000, the rate in basis points (1,000 = 10 %),
 *       rounded half up to a whole minor unit; shipping is not taxed. Rate 0 means prices already include
 *       tax or none is charged;</li>
 *   <li>{@code total} = subtotal − orderDiscount + shippingFee + tax.</li>
 * </ol>
 */
public record OrderTotals(Money subtotal, Money orderDiscount, Money shippingFee, int taxRateBasisPoints, Money tax,
                          Money total) {

    /** 100 % in basis points: the highest tax rate accepted. */
    public static final int MAX_TAX_RATE_BASIS_POINTS = 10_000;

    public OrderTotals {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(orderDiscount, "orderDiscount");
        Objects.requireNonNull(shippingFee, "shippingFee");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
    }

    /** Totals of lines whose net amounts are {@code lineNets}, by the rule above. */
    public static OrderTotals compute(List<Money> lineNets, Money orderDiscount, Money shippingFee,
                                      int taxRateBasisPoints) {
        Money subtotal = Money.zero(orderDiscount.currency());
        for (Money net : lineNets) {
            subtotal = subtotal.plus(net);
        }
        Money taxable = subtotal.minus(orderDiscount);
        Money tax = new Money(taxOf(taxable.minorUnits(), taxRateBasisPoints), subtotal.currency());
        Money total = taxable.plus(shippingFee).plus(tax);
        return new OrderTotals(subtotal, orderDiscount, shippingFee, taxRateBasisPoints, tax, total);
    }

    /** Totals of an order's lines. */
    public static OrderTotals of(List<OrderLine> lines, Money orderDiscount, Money shippingFee, int taxRateBasisPoints) {
        return compute(lines.stream().map(OrderLine::net).toList(), orderDiscount, shippingFee, taxRateBasisPoints);
    }

    /** {@code amount x basisPoints / 10,000} rounded half up (half away from zero), exact. */
    static long taxOf(long amount, int basisPoints) {
        long scaled = Math.multiplyExact(Math.abs(amount), (long) basisPoints);
        long rounded = Math.addExact(scaled, 5_000L) / 10_000L;
        return amount < 0 ? -rounded : rounded;
    }
}
