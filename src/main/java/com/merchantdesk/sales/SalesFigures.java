package com.merchantdesk.sales;

import java.util.Arrays;

/**
 * The summed counters of some business days and channels (money in minor units of the shop's currency), and what
 * the charts show made of them. Definitions: docs/sales.md.
 */
public final class SalesFigures {

    public static final SalesFigures ZERO = new SalesFigures(new long[SalesColumn.COUNT]);

    private final long[] values;

    SalesFigures(long[] values) { this.values = values.clone(); }

    public long get(SalesColumn column) { return values[column.ordinal()]; }

    public SalesFigures plus(SalesFigures other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new SalesFigures(sum);
    }

    /** Goods sold (on the day paid) less the goods part of refunds (on the day refunded). */
    public long revenue() { return get(SalesColumn.GOODS) - get(SalesColumn.REFUND_GOODS); }

    public long tax() { return get(SalesColumn.TAX) - get(SalesColumn.REFUND_TAX); }

    public long shipping() { return get(SalesColumn.SHIPPING) - get(SalesColumn.REFUND_SHIPPING); }

    /** Cost of the goods sold less the cost of units back in stock. */
    public long cost() { return get(SalesColumn.COST) - get(SalesColumn.RETURNED_COST); }

    public long margin() { return revenue() - cost(); }

    public long orders() { return get(SalesColumn.ORDERS); }

    public long units() { return get(SalesColumn.UNITS) - get(SalesColumn.RETURNED_UNITS); }

    /** Goods per paid order, before refunds; 0 without orders. */
    public long averageOrderValue() { return orders() == 0 ? 0 : Math.round((double) get(SalesColumn.GOODS) / orders()); }

    /** Refunded goods as a share of goods sold, 0 to 1 (more when old orders are refunded in a quiet range). */
    public double refundRate() { return ratio(get(SalesColumn.REFUND_GOODS), get(SalesColumn.GOODS)); }

    /** Of the orders created in the range, the share cancelled since. */
    public double cancelledShare() { return ratio(get(SalesColumn.CANCELLED), get(SalesColumn.CREATED)); }

    public long newCustomers() { return get(SalesColumn.NEW_CUSTOMERS); }

    public long returningCustomerOrders() { return get(SalesColumn.RETURNING); }

    /** True when part of the cost is an estimate (lines saved before costs were kept). */
    public boolean costEstimated() { return get(SalesColumn.ESTIMATED_COST) != 0; }

    /** Goods whose SKU had no cost: the margin does not cover them. */
    public long uncostedGoods() { return get(SalesColumn.UNCOSTED_GOODS); }

    private static double ratio(long part, long whole) { return whole == 0 ? 0 : (double) part / whole; }

    @Override
    public boolean equals(Object o) { return o instanceof SalesFigures f && Arrays.equals(values, f.values); }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SalesFigures{");
        for (SalesColumn c : SalesColumn.ALL) {
            if (values[c.ordinal()] != 0) {
                s.append(c.sql).append('=').append(values[c.ordinal()]).append(' ');
            }
        }
        return s.append('}').toString();
    }
}
