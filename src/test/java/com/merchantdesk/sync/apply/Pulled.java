package com.merchantdesk.sync.apply;

import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records as the platform sends them (the wire types of docs/platform-api.yaml, as JSON through the API's own
 * mapper), for applier tests: the fields a sandbox order, refund or request carries.
 */
final class Pulled {

    static final Instant PLACED = Shop.START.plusSeconds(600);

    private Pulled() {}

    static String id() { return UUID.randomUUID().toString(); }

    static Change change(ChangeKind kind, String id, Object record) {
        return new Change(kind, id, false, PLACED, PlatformJson.mapper().valueToTree(record));
    }

    static Change change(Order o) { return change(ChangeKind.ORDER, o.id(), o); }

    static Change change(Refund r) { return change(ChangeKind.REFUND, r.id(), r); }

    static OrderLine line(String skuId, String skuCode, String title, long unitMinor, long quantity) {
        return new OrderLine(id(), skuId, skuCode, title, usd(unitMinor), quantity, usd(0), 0);
    }

    static Money usd(long minor) { return new Money("USD", minor); }

    /** An online order of the platform's, paid, at version 1. */
    static Order online(String number, List<OrderLine> lines) {
        return order(id(), number, null, null, PlatformChannel.PLATFORM, PlatformOrderStatus.PAID, lines, 1,
                List.of(PlatformOrderStatus.PENDING_PAYMENT, PlatformOrderStatus.PAID));
    }

    static Order order(String id, String number, String deskId, String deskCode, PlatformChannel channel,
                       PlatformOrderStatus status, List<OrderLine> lines, long version,
                       List<PlatformOrderStatus> steps) {
        long goods = lines.stream().mapToLong(l -> l.unitPrice().amountMinor() * l.quantity()).sum();
        List<StatusChange> history = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            history.add(new StatusChange(steps.get(i), PLACED.plusSeconds(60L * i),
                    channel == PlatformChannel.PLATFORM ? Actor.BUYER : Actor.DESK, deskId));
        }
        boolean paid = steps.contains(PlatformOrderStatus.PAID);
        return new Order(id, number, deskId, deskCode, channel, status, paid ? PaymentState.PAID : PaymentState.UNPAID,
                channel == PlatformChannel.PLATFORM ? PaymentMethod.PLATFORM : PaymentMethod.CASH, null, "Lee Jiwoo",
                "010-2222-3333", null, null, lines, "USD", usd(0), usd(0), usd(goods), usd(0), false, null, PLACED,
                paid ? PLACED.plusSeconds(60) : null, PLACED.plusSeconds(60L * steps.size()), version, history);
    }

    /** The same order at a later version and status, its history one step longer. */
    static Order next(Order o, PlatformOrderStatus status, Money refunded) {
        List<StatusChange> history = new ArrayList<>(o.history());
        Instant at = o.updatedAt().plusSeconds(3600);
        history.add(new StatusChange(status, at, o.channel() == PlatformChannel.PLATFORM ? Actor.PLATFORM : Actor.DESK,
                o.deskId()));
        boolean paid = o.paidAt() != null || status == PlatformOrderStatus.PAID;
        PaymentState payment = status == PlatformOrderStatus.REFUNDED ? PaymentState.REFUNDED
                : status == PlatformOrderStatus.PARTIALLY_REFUNDED ? PaymentState.PARTIALLY_REFUNDED
                : paid ? PaymentState.PAID : PaymentState.UNPAID;
        return new Order(o.id(), o.number(), o.deskId(), o.deskCode(), o.channel(), status, payment, o.paymentMethod(),
                o.customerId(), o.customerName(), o.customerPhone(), o.customerEmail(), o.shipTo(), o.lines(),
                o.currency(), o.shippingFee(), o.tax(), o.total(), refunded, o.oversold(), o.notes(), o.placedAt(),
                paid && o.paidAt() == null ? at : o.paidAt(), at, o.version() + 1, history);
    }

    static Refund refund(Order o, long amountMinor, boolean restock, RefundLine... lines) {
        return new Refund(id(), o.id(), List.of(lines), usd(amountMinor), restock, "damaged in transit", null, null,
                o.updatedAt().plusSeconds(60));
    }

    static AfterSale afterSale(Order o, AfterSaleKind kind, long amountMinor, RefundLine... lines) {
        return new AfterSale(id(), o.id(), kind, AfterSaleState.OPEN, "arrived broken", List.of(lines),
                usd(amountMinor), o.updatedAt().plusSeconds(60), null, null, null, 1);
    }
}
