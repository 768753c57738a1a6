package com.merchantdesk.sales;

import com.merchantdesk.orders.OrderSalesEvents;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way the sales summaries change: every order write tells it what happened, on the same transaction
 * ({@link OrderSalesEvents}), and it adds the difference to {@code sales_day} and {@code sales_sku}. Counting all
 * orders again ({@link SalesRebuild}) goes through the same steps. What each figure means: docs/sales.md.
 */
public final class SalesLedger implements OrderSalesEvents {

    private static final int CANCELLED_STATUS = OrderFacts.CANCELLED;

    /** The transaction running {@link #refundsTogether} and the refunds' figures it gathers; null otherwise. */
    private Connection refundsOn;
    private SalesDelta refundsDelta;

    @Override
    public void ordersWritten(Connection c, long fromOrderNo, long toOrderNo) throws SQLException {
        SalesBasis basis = SalesBasis.readForWrite(c);
        FirstPaid first = FirstPaid.ofCustomersIn(c, fromOrderNo, toOrderNo);
        SalesDelta delta = new SalesDelta();
        addOrders(c, basis, OrderFacts.read(c, fromOrderNo, toOrderNo), first, delta);
        first.demote(basis.days(), delta);
        delta.flush(c);
    }

    @Override
    public void paid(Connection c, long orderNo) throws SQLException {
        SalesBasis basis = SalesBasis.readForWrite(c);
        FirstPaid first = FirstPaid.ofCustomersIn(c, orderNo, orderNo);
        SalesDelta delta = new SalesDelta();
        addPaid(basis, OrderFacts.read(c, orderNo), first, delta);
        first.demote(basis.days(), delta);
        delta.flush(c);
    }

    @Override
    public void cancelled(Connection c, long orderNo, Instant at) throws SQLException {
        SalesBasis basis = SalesBasis.readForWrite(c);
        SalesDelta delta = new SalesDelta();
        addCancelled(basis, OrderFacts.read(c, orderNo), at.toEpochMilli(), delta);
        delta.flush(c);
    }

    @Override
    public void refunded(Connection c, long orderNo, int refundSeq) throws SQLException {
        SalesBasis basis = SalesBasis.readForWrite(c);
        OrderFacts order = OrderFacts.read(c, orderNo);
        boolean together = c == refundsOn;
        SalesDelta delta = together ? refundsDelta : new SalesDelta();
        long before = 0;
        for (RefundRow r : RefundRow.read(c, orderNo, orderNo)) {
            if (r.seq() == refundSeq) {
                addRefund(basis, order, before, r.amount(), r.units(), r.restocked(), r.at(), delta);
            }
            before += r.amount();
        }
        if (!together) {
            delta.flush(c);
        }
    }

    /**
     * The refunds' figures are gathered in one delta and written once at the end: each refund's part is worked out
     * from the order's rows, never from the figures, so the sums are those of writing them one by one. Only the
     * writing transaction's own calls are gathered (the ledger is shared; other writers wait for the write lock).
     */
    @Override
    public void refundsTogether(Connection c, LineChange work) throws SQLException {
        if (refundsOn != null) {
            work.run();
            return;
        }
        refundsOn = c;
        refundsDelta = new SalesDelta();
        try {
            work.run();
            refundsDelta.flush(c);
        } finally {
            refundsOn = null;
            refundsDelta = null;
        }
    }

    /**
     * The order's figures as counted before the change are taken out and counted again after it: only its
     * per-product figures ({@code sales_sku}) differ, as the change moves lines to other SKUs.
     */
    @Override
    public void skusChanged(Connection c, long orderNo, LineChange change) throws SQLException {
        SalesBasis basis = SalesBasis.readForWrite(c);
        SalesDelta before = new SalesDelta();
        addOrders(c, basis, OrderFacts.read(c, orderNo, orderNo), FirstPaid.ofCustomersIn(c, orderNo, orderNo), before);
        change.run();
        SalesDelta after = new SalesDelta();
        addOrders(c, basis, OrderFacts.read(c, orderNo, orderNo), FirstPaid.ofCustomersIn(c, orderNo, orderNo), after);
        after.subtract(before);
        after.flush(c);
    }

    /** Everything that happened to {@code orders}, none of it counted yet. */
    static void addOrders(Connection c, SalesBasis basis, List<OrderFacts> orders, FirstPaid first, SalesDelta delta)
            throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        Map<Long, OrderFacts> byNumber = new HashMap<>();
        try (PreparedStatement cancelTime = c.prepareStatement("SELECT occurred_at FROM order_status_history "
                + "WHERE order_no = ? AND to_status = " + CANCELLED_STATUS + " ORDER BY seq DESC LIMIT 1")) {
            for (OrderFacts o : orders) {
                byNumber.put(o.orderNo(), o);
                delta.add(basis.days().day(o.createdAt()), o.channel(), SalesColumn.CREATED, 1);
                if (o.paid()) {
                    addPaid(basis, o, first, delta);
                }
                if (o.status() == CANCELLED_STATUS) {
                    addCancelled(basis, o, cancelledAt(cancelTime, o), delta);
                }
            }
        }
        long before = 0;
        long beforeOf = -1;
        for (RefundRow r : RefundRow.read(c, orders.get(0).orderNo(), orders.get(orders.size() - 1).orderNo())) {
            if (r.orderNo() != beforeOf) {
                beforeOf = r.orderNo();
                before = 0;
            }
            OrderFacts o = byNumber.get(r.orderNo());
            if (o != null) {
                addRefund(basis, o, before, r.amount(), r.units(), r.restocked(), r.at(), delta);
            }
            before += r.amount();
        }
    }

    private static long cancelledAt(PreparedStatement cancelTime, OrderFacts o) throws SQLException {
        cancelTime.setLong(1, o.orderNo());
        try (ResultSet rs = cancelTime.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Math.max(o.createdAt(), o.paidAt());
        }
    }

    /** The order's goods, tax, shipping, units and cost on the day it was paid. */
    static void addPaid(SalesBasis basis, OrderFacts o, FirstPaid first, SalesDelta delta) {
        long day = basis.days().day(o.paidAt());
        int ch = o.channel();
        delta.add(day, ch, SalesColumn.ORDERS, 1);
        if (o.customerNo() != 0) {
            delta.add(day, ch, first.isFirst(o) ? SalesColumn.NEW_CUSTOMERS : SalesColumn.RETURNING, 1);
        }
        delta.add(day, ch, SalesColumn.GOODS, o.goods());
        delta.add(day, ch, SalesColumn.TAX, o.tax());
        delta.add(day, ch, SalesColumn.SHIPPING, o.shipping());
        boolean estimated = basis.costEstimated(o.orderNo());
        for (OrderFacts.Line l : o.lines()) {
            long cost = l.cost(l.quantity());
            delta.add(day, ch, SalesColumn.UNITS, l.quantity());
            delta.add(day, ch, SalesColumn.COST, cost);
            if (l.unitCost() < 0) {
                delta.add(day, ch, SalesColumn.UNCOSTED_GOODS, l.share());
            } else if (estimated) {
                delta.add(day, ch, SalesColumn.ESTIMATED_COST, cost);
            }
            delta.addSku(day, ch, l.skuNo(), l.quantity(), l.share(), cost);
        }
    }

    /**
     * A cancellation: counted against the day the order was created; a paid order's cancellation is also a full
     * refund on the day it was cancelled, every unit back in stock.
     */
    static void addCancelled(SalesBasis basis, OrderFacts o, long at, SalesDelta delta) {
        delta.add(basis.days().day(o.createdAt()), o.channel(), SalesColumn.CANCELLED, 1);
        if (o.paid()) {
            Map<Integer, Long> all = new HashMap<>();
            o.lines().forEach(l -> all.put(l.position(), l.quantity()));
            addRefund(basis, o, 0, o.total(), all, true, at, delta);
        }
    }

    /**
     * One refund of {@code amount} after {@code before} was refunded already. Its goods, tax and shipping parts are
     * the order's in proportion, each the difference of floored running totals, so the refunds of a whole order add
     * up to exactly its goods, tax and shipping. The goods part is spread over the SKUs given back by the value of
     * their units; a refund of money alone belongs to no SKU.
     */
    static void addRefund(SalesBasis basis, OrderFacts o, long before, long amount, Map<Integer, Long> units,
                          boolean restocked, long at, SalesDelta delta) {
        long day = basis.days().day(at);
        int ch = o.channel();
        long after = before + amount;
        long goods = part(after, o.goods(), o.total()) - part(before, o.goods(), o.total());
        long tax = part(after, o.tax(), o.total()) - part(before, o.tax(), o.total());
        delta.add(day, ch, SalesColumn.REFUNDS, 1);
        delta.add(day, ch, SalesColumn.REFUND_GOODS, goods);
        delta.add(day, ch, SalesColumn.REFUND_TAX, tax);
        delta.add(day, ch, SalesColumn.REFUND_SHIPPING, amount - goods - tax);
        List<OrderFacts.Line> lines = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        units.forEach((position, count) -> {
            if (count > 0) {
                lines.add(o.line(position));
                counts.add(count);
            }
        });
        long[] shares = spread(goods, lines, counts);
        for (int i = 0; i < lines.size(); i++) {
            OrderFacts.Line l = lines.get(i);
            long back = counts.get(i);
            long cost = restocked ? l.cost(back) : 0;
            delta.add(day, ch, SalesColumn.RETURNED_UNITS, back);
            delta.add(day, ch, SalesColumn.RETURNED_COST, cost);
            delta.addSku(day, ch, l.skuNo(), -back, -shares[i], -cost);
        }
    }

    /** {@code floor(refunded * part / total)}: how much of {@code part} a refund total of {@code refunded} covers. */
    static long part(long refunded, long part, long total) {
        return total == 0 ? 0 : OrderFacts.Shares.scaled(refunded, part, total);
    }

    /** {@code amount} spread over the lines by the value of the units given back (share × units ÷ quantity). */
    private static long[] spread(long amount, List<OrderFacts.Line> lines, List<Long> counts) {
        long[] result = new long[lines.size()];
        BigInteger denominator = BigInteger.ONE;
        for (OrderFacts.Line l : lines) {
            denominator = denominator.multiply(BigInteger.valueOf(l.quantity()));
        }
        BigInteger[] weights = new BigInteger[lines.size()];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            OrderFacts.Line l = lines.get(i);
            weights[i] = BigInteger.valueOf(l.share()).multiply(BigInteger.valueOf(counts.get(i)))
                    .multiply(denominator.divide(BigInteger.valueOf(l.quantity())));
            total = total.add(weights[i]);
        }
        if (total.signum() == 0) {
            return result;
        }
        BigInteger running = BigInteger.ZERO;
        long before = 0;
        for (int i = 0; i < lines.size(); i++) {
            running = running.add(weights[i]);
            long upTo = BigInteger.valueOf(amount).multiply(running).divide(total).longValueExact();
            result[i] = upTo - before;
            before = upTo;
        }
        return result;
    }
}
