package com.merchantdesk.orders;

import com.merchantdesk.customers.CustomerWire;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.OrderCreate;
import com.merchantdesk.platform.OrderLineCreate;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The desk's order as the platform's wire types (docs/platform-api.yaml): what its outbox rows carry. */
public final class OrderWire {

    private OrderWire() {}

    /**
     * A line's id on the platform, made from the order's UUID and the line's position, so the desk need not store
     * one for the lines it makes (lines made elsewhere keep the platform's id in {@code order_line}).
     */
    public static String lineId(String orderId, int position) {
        return UUID.nameUUIDFromBytes((orderId + "/" + position).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The create request of a desk's order. The platform knows no order-wide discount: it is spread over the
     * lines in proportion to their amounts ({@link #lineDiscounts}), so the lines, shipping fee and tax still add
     * up to the total.
     */
    public static OrderCreate create(Order o, String deskId) {
        List<Money> discounts = lineDiscounts(o);
        List<OrderLineCreate> lines = new ArrayList<>();
        for (int i = 0; i < o.lines().size(); i++) {
            OrderLine l = o.lines().get(i);
            lines.add(new OrderLineCreate(lineId(o.id(), l.position()), l.skuId(), l.skuCode(), title(l),
                    money(l.unitPrice()), l.quantity(), money(discounts.get(i))));
        }
        OrderTotals t = o.totals();
        boolean paid = o.status() != OrderStatus.PENDING_PAYMENT;
        return new OrderCreate(o.id(), o.number(), deskId, PlatformChannel.valueOf(o.channel().name()),
                paid ? PlatformOrderStatus.PAID : PlatformOrderStatus.PENDING_PAYMENT,
                com.merchantdesk.platform.PaymentMethod.valueOf(o.paymentMethod().name()), o.customerId(),
                blankToNull(o.customerName()), blankToNull(o.customerPhone()), null,
                CustomerWire.address(o.shippingAddress()), o.currency().getCurrencyCode(), lines,
                money(t.shippingFee()), money(t.tax()), money(t.total()), blankToNull(o.memo()), o.createdAt(),
                o.paidAt());
    }

    private static String title(OrderLine l) {
        return l.optionLabel() == null || l.optionLabel().isBlank() ? l.title() : l.title() + " (" + l.optionLabel() + ")";
    }

    /**
     * Each line's own discount plus its share of the order's discount: in proportion to the lines' amounts, rounded
     * down, and the cents rounding left given one each to the lines from the last back, never more than a line's
     * amount (the order's discount is at most its goods, so the lines can take it all).
     */
    static List<Money> lineDiscounts(Order o) {
        long orderDiscount = o.totals().orderDiscount().minorUnits();
        int count = o.lines().size();
        long[] net = new long[count];
        long[] share = new long[count];
        long base = 0;
        for (int i = 0; i < count; i++) {
            OrderLine l = o.lines().get(i);
            net[i] = l.unitPrice().times(l.quantity()).minus(l.discount()).minorUnits();
            base += net[i];
        }
        long left = orderDiscount;
        for (int i = 0; i < count && base > 0; i++) {
            share[i] = Math.multiplyExact(orderDiscount, net[i]) / base;
            left -= share[i];
        }
        boolean took = true;
        while (left > 0 && took) {
            took = false;
            for (int i = count - 1; i >= 0 && left > 0; i--) {
                if (share[i] < net[i]) {
                    share[i]++;
                    left--;
                    took = true;
                }
            }
        }
        List<Money> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrderLine l = o.lines().get(i);
            result.add(l.discount().plus(Money.ofMinor(share[i], o.currency().getCurrencyCode())));
        }
        return result;
    }

    static com.merchantdesk.platform.Money money(Money m) {
        return new com.merchantdesk.platform.Money(m.currency().getCurrencyCode(), m.minorUnits());
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
