package com.merchantdesk.orders.demo;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Origin;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.orders.SqliteOrderService;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a {@link DemoOrderHistory} on this desk through the order service (each step at its planned time, so the
 * history, stock ledger, outbox and sales figures are what the seller's own work would have made), a few hundred
 * orders per transaction, without outbox rows (the platform knows this history already). Stock is topped up with a supplier delivery before a sale would take a SKU below zero.
 * Blocking: call off the FX thread.
 */
public final class DemoHistoryWriter {

    private static final int ORDERS_PER_WRITE = 250;
    private static final String ACTOR = "demo";

    private final Database db;
    private final SqliteOrderService orders;
    private final StockLedger ledger = new StockLedger();
    private final Map<Integer, Integer> platformNumbers = new HashMap<>();

    /** {@code orders} must tell the sales figures (the app's own service does). */
    public DemoHistoryWriter(Database db, SqliteOrderService orders) {
        this.db = db;
        this.orders = orders;
    }

    /** True when the desk has no order yet: the demo history is only written into an empty order book. */
    public boolean noOrders() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM orders)"); ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    /** Plans the year before {@code clock}'s now on the catalogue's active SKUs priced in {@code currency}, and saves it. */
    public int write(Clock clock, ZoneId zone, Currency currency) {
        List<String> ids = new ArrayList<>();
        List<DemoOrderHistory.Sku> skus = new ArrayList<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, s.price_minor FROM sku s JOIN product p "
                    + "ON p.id = s.product_id WHERE p.status = 'ACTIVE' AND s.currency = ? ORDER BY s.sku_no")) {
                ps.setString(1, currency.getCurrencyCode());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        skus.add(new DemoOrderHistory.Sku(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return null;
        });
        if (skus.isEmpty()) {
            return 0;
        }
        DemoOrderHistory.Plan plan = DemoOrderHistory.plan(DemoOrderHistory.SEED, skus, clock.instant(), zone);
        Map<Integer, String> customerIds = new HashMap<>();
        List<DemoOrderHistory.Order> all = plan.orders();
        for (int from = 0; from < all.size(); from += ORDERS_PER_WRITE) {
            List<DemoOrderHistory.Order> part = all.subList(from, Math.min(all.size(), from + ORDERS_PER_WRITE));
            db.write(c -> {
                long outboxBefore = lastOutboxSeq(c);
                for (DemoOrderHistory.Order o : part) {
                    save(c, o, plan, ids, customerIds, currency);
                }
                // The demo year stands for orders the platform already knows (as generated ones do): nothing to push.
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq > ?")) {
                    ps.setLong(1, outboxBefore);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return all.size();
    }

    private void save(Connection c, DemoOrderHistory.Order o, DemoOrderHistory.Plan plan, List<String> skuIds,
                      Map<Integer, String> customerIds, Currency currency) throws SQLException {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        for (DemoOrderHistory.Line l : o.lines()) {
            String skuId = skuIds.get(l.sku());
            long onHand = ledger.onHand(c, skuId);
            if (onHand < l.quantity()) {
                ledger.record(c, skuId, MovementKind.RECEIVED, l.quantity() - onHand + 20, "Supplier delivery", "",
                        "demo", o.createdAt());
            }
            lines.add(new OrderDraft.LineDraft(skuId, Long.toString(l.quantity()), plain(l.unitPriceMinor(), currency),
                    plain(l.discountMinor(), currency)));
        }
        String customerId = o.customer() < 0 ? null : customerIds.get(o.customer());
        CustomerInput newCustomer = null;
        if (o.customer() >= 0 && customerId == null) {
            DemoOrderHistory.Customer who = plan.customers().get(o.customer());
            newCustomer = CustomerInput.named(who.name(), who.phone());
        }
        OrderDraft draft = new OrderDraft(currency, o.channel(), customerId, newCustomer, Address.EMPTY, lines,
                plain(o.orderDiscountMinor(), currency), plain(o.shippingFeeMinor(), currency),
                o.taxRateBasisPoints() == 0 ? "" : Double.toString(o.taxRateBasisPoints() / 100.0), o.paymentMethod(), false,
                "", MemoFlag.NONE, true);
        Order saved = o.channel() == com.merchantdesk.orders.Channel.PLATFORM
                ? orders.createFromPlatform(c, draft, platformNumber(o.createdAt()), "sync", o.createdAt())
                : orders.create(c, draft, ACTOR, o.createdAt());
        if (newCustomer != null && saved.customerId() != null) {
            customerIds.put(o.customer(), saved.customerId());
        }
        // The platform's online orders follow the platform: their payment, cancellation and refunds are its.
        Origin origin = o.channel() == com.merchantdesk.orders.Channel.PLATFORM ? Origin.PLATFORM : Origin.DESK;
        Order now = saved;
        now = step(c, now, OrderStatus.PAID, o.paidAt(), origin);
        now = step(c, now, OrderStatus.PACKED, o.packedAt(), origin);
        now = step(c, now, OrderStatus.SHIPPED, o.shippedAt(), origin);
        now = step(c, now, OrderStatus.DELIVERED, o.deliveredAt(), origin);
        now = step(c, now, OrderStatus.CANCELLED, o.cancelledAt(), origin);
        for (DemoOrderHistory.Refund r : o.refunds()) {
            List<RefundRequest.RefundLine> back = new ArrayList<>();
            for (long[] u : r.unitsByLine()) {
                back.add(new RefundRequest.RefundLine(saved.lines().get((int) u[0]).skuId(), u[1]));
            }
            long amount = Math.min(r.amountMinor(), now.refundable().minorUnits());
            now = orders.refund(c, saved.id(), new RefundRequest(plain(amount, currency), back, r.restock(), r.reason()),
                    ACTOR, r.at(), origin);
        }
    }

    private static long lastOutboxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM outbox"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The platform's numbers, as pulled orders carry them: P-2026-0000001, one sequence per year. */
    private String platformNumber(Instant at) {
        int year = at.atZone(java.time.ZoneOffset.UTC).getYear();
        int next = platformNumbers.merge(year, 1, Integer::sum);
        return String.format(java.util.Locale.ROOT, "P-%d-%07d", year, next);
    }

    private Order step(Connection c, Order o, OrderStatus to, Instant at, Origin origin) throws SQLException {
        return at == null ? o : orders.transition(c, o.id(), to, ACTOR, at, origin);
    }

    private static String plain(long minor, Currency currency) { return new Money(minor, currency).toPlainString(); }
}
