package com.merchantdesk.cli;

import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.StatusChange;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One order as plain text for the terminal: header, lines table, totals, payment, memo and (for show) history. */
final class OrderText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private OrderText() {}

    static void print(PrintWriter out, Order o, List<StatusChange> history) {
        out.println(Messages.get("cli.orders.header", o.number(), o.id()));
        out.println(Messages.get("cli.orders.summary", Messages.get(o.status().messageKey()),
                Messages.get(o.channel().messageKey()), time(o.createdAt())));
        if (!o.customerName().isEmpty() || !o.customerPhone().isEmpty()) {
            out.println(Messages.get("cli.orders.customer", String.join(", ",
                    List.of(o.customerName(), o.customerPhone()).stream().filter(s -> !s.isEmpty()).toList())));
        }
        if (!o.shippingAddress().blank()) {
            out.println(Messages.get("cli.orders.shipTo", o.shippingAddress().oneLine()));
        }
        TextTable table = new TextTable(List.of(new Column(h("code"), false, 32), new Column(h("item"), false, 48),
                new Column(h("quantity"), true, 8), new Column(h("unitPrice"), true, 16),
                new Column(h("discount"), true, 16), new Column(h("amount"), true, 16),
                new Column(h("refunded"), true, 10)));
        for (OrderLine l : o.lines()) {
            table.add(l.needsMapping() ? Messages.get("orders.line.needsMapping", l.unmappedSku()) : l.skuCode(), l.label(), Long.toString(l.quantity()), l.unitPrice().toPlainString(),
                    l.discount().minorUnits() == 0 ? "" : l.discount().toPlainString(), l.net().toPlainString(),
                    l.refundedQuantity() == 0 ? "" : Long.toString(l.refundedQuantity()));
        }
        table.lines().forEach(out::println);
        OrderTotals t = o.totals();
        out.println(Messages.get("cli.orders.subtotal", money(t.subtotal())));
        if (t.orderDiscount().minorUnits() != 0) {
            out.println(Messages.get("cli.orders.orderDiscount", money(t.orderDiscount())));
        }
        if (t.shippingFee().minorUnits() != 0) {
            out.println(Messages.get("cli.orders.shipping", money(t.shippingFee())));
        }
        if (t.taxRateBasisPoints() != 0) {
            out.println(Messages.get("cli.orders.tax", ShownOrder.percent(t.taxRateBasisPoints()), money(t.tax())));
        }
        out.println(Messages.get("cli.orders.total", money(t.total())));
        if (o.refunded().minorUnits() != 0) {
            out.println(Messages.get("cli.orders.refunded", money(o.refunded())));
        }
        out.println(Messages.get("cli.orders.payment", Messages.get(o.paymentMethod().messageKey()),
                Messages.get(o.paymentState().messageKey())));
        if (!o.memo().isEmpty() || o.memoFlag() != MemoFlag.NONE) {
            out.println(Messages.get("cli.orders.memo", Messages.get(o.memoFlag().messageKey()), o.memo()));
        }
        if (o.oversold()) {
            out.println(Messages.get("cli.orders.oversold"));
        }
        if (history != null && !history.isEmpty()) {
            out.println(Messages.get("cli.orders.history"));
            for (StatusChange s : history) {
                String from = s.from() == null ? "" : Messages.get(s.from().messageKey()) + " -> ";
                String note = s.note().isEmpty() ? "" : " (" + s.note() + ")";
                out.println("  " + time(s.at()) + "  " + from + Messages.get(s.to().messageKey()) + "  " + s.actor() + note);
            }
        }
        out.flush();
    }

    static String time(Instant at) { return TIME.format(at.atZone(OrderArgs.zone())); }

    static String money(Money m) { return m.toPlainString() + " " + m.currency().getCurrencyCode(); }

    private static String h(String key) { return Messages.get("cli.orders.column." + key); }
}
