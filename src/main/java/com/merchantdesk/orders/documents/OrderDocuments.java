package com.merchantdesk.orders.documents;

import com.merchantdesk.customers.Address;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.settings.Settings;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns a saved order into the paper the seller prints: amounts exactly as the order holds them. */
public final class OrderDocuments {

    private OrderDocuments() {}

    public static OrderDocument of(Order order, DocumentKind kind, Settings shop, Locale locale, ZoneId zone) {
        List<DocumentLine> lines = order.lines().stream()
                .map(l -> new DocumentLine(l.skuCode(), l.title(), l.optionLabel(), Math.toIntExact(l.quantity()),
                        l.unitPrice(), l.discount(), l.net()))
                .toList();
        var t = order.totals();
        DocumentTotals totals = new DocumentTotals(t.subtotal(), t.orderDiscount(), t.shippingFee(), t.tax(), t.total());
        String payment = Messages.format(locale, order.paymentMethod().messageKey()) + " · "
                + Messages.format(locale, order.paymentState().messageKey());
        return new OrderDocument(kind, locale, shop.shopName(), shop.shopAddress(), order.number(), order.createdAt(),
                zone, Messages.format(locale, order.channel().messageKey()), order.customerName(),
                order.customerPhone(), addressLines(order.shippingAddress()), payment, lines, totals, order.memo());
    }

    static List<String> addressLines(Address a) {
        if (a == null || a.blank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Stream.of(a.recipient(), a.line1(), a.line2()).filter(s -> s != null && !s.isBlank()).forEach(lines::add);
        String cityLine = String.join(" ", Stream.of(a.city(), a.region(), a.postalCode())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!cityLine.isBlank()) {
            lines.add(cityLine);
        }
        if (a.country() != null && !a.country().isBlank()) {
            lines.add(a.country());
        }
        return lines;
    }

}
