package com.merchantdesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.merchantdesk.cli.ListedSku.Amount;
import com.merchantdesk.customers.Address;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.StatusChange;
import java.util.List;
import java.util.Locale;

/**
 * An order as {@code orders create --json} and {@code orders show --json} print it. Money is an exact decimal
 * string with its currency, as in {@code products list --json}; enums are lower case; times ISO-8601 UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ShownOrder(String id, String number, String status, String channel, String createdAt, String updatedAt,
                  String paidAt, Customer customer, Address shippingAddress, List<Line> lines, Amount subtotal,
                  Amount orderDiscount, Amount shippingFee, String taxRatePercent, Amount tax, Amount total,
                  Amount refunded, String paymentMethod, String paymentState, String memo, String memoFlag,
                  boolean oversold, List<Step> history) {

    record Customer(String id, String name, String phone) {}

    record Line(String skuCode, String title, String options, Amount unitPrice, long quantity, Amount discount,
                Amount amount, long refundedQuantity, String skuId, String unmappedSku) {}

    record Step(String at, String from, String to, String actor, String note) {}

    static ShownOrder of(Order o, List<StatusChange> history) {
        return new ShownOrder(o.id(), o.number(), lower(o.status()), lower(o.channel()), o.createdAt().toString(),
                o.updatedAt().toString(), o.paidAt() == null ? null : o.paidAt().toString(),
                new Customer(o.customerId(), o.customerName(), o.customerPhone()), o.shippingAddress(),
                o.lines().stream().map(ShownOrder::line).toList(), Amount.of(o.totals().subtotal()),
                Amount.of(o.totals().orderDiscount()), Amount.of(o.totals().shippingFee()),
                percent(o.totals().taxRateBasisPoints()), Amount.of(o.totals().tax()), Amount.of(o.total()),
                Amount.of(o.refunded()), lower(o.paymentMethod()), lower(o.paymentState()), o.memo(), lower(o.memoFlag()),
                o.oversold(), history == null ? null : history.stream().map(ShownOrder::step).toList());
    }

    private static Line line(OrderLine l) {
        return new Line(l.skuCode(), l.title(), l.optionLabel(), Amount.of(l.unitPrice()), l.quantity(),
                Amount.of(l.discount()), Amount.of(l.net()), l.refundedQuantity(), l.skuId(), l.unmappedSku());
    }

    private static Step step(StatusChange s) {
        return new Step(s.at().toString(), s.from() == null ? null : lower(s.from()), lower(s.to()), s.actor(), s.note());
    }

    static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}
