package com.merchantdesk.orders.documents;

import com.merchantdesk.kernel.Money;
import java.util.List;
import java.util.Objects;

/**
 * The order's totals as the order computed them.
 *
 * @param discount order-level plus line discounts, as a positive amount (printed with a minus sign)
 */
public record DocumentTotals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {

    public DocumentTotals {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
    }

    List<Money> all() { return List.of(subtotal, discount, shipping, tax, total); }
}
