package com.merchantdesk.sales;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The counters of {@code sales_day} (schema V4), one per business day and channel; money in minor units of the
 * shop's currency. Definitions: docs/sales.md.
 */
public enum SalesColumn {
    /** Orders created this day. */
    CREATED("created"),
    /** Of the orders created this day, those cancelled since (paid or not). */
    CANCELLED("cancelled"),
    /** Orders paid this day. */
    ORDERS("orders"),
    /** Of those, a customer's first paid order. */
    NEW_CUSTOMERS("new_customers"),
    /** Of those, from a customer who had paid for an order before. */
    RETURNING("returning_orders"),
    /** Units of the orders paid this day. */
    UNITS("units"),
    /** Goods of the orders paid this day, net of line and order discounts. */
    GOODS("goods"),
    TAX("tax"),
    SHIPPING("shipping"),
    /** Cost of the units paid this day, at their cost when sold. */
    COST("cost"),
    /** The part of {@link #COST} taken from the catalogue when schema V4 came (lines saved before it). */
    ESTIMATED_COST("estimated_cost"),
    /** Goods of lines whose SKU had no cost: margin does not cover them. */
    UNCOSTED_GOODS("uncosted_goods"),
    /** Refunds made this day, a paid order's cancellation counted as one. */
    REFUNDS("refunds"),
    RETURNED_UNITS("returned_units"),
    REFUND_GOODS("refund_goods"),
    REFUND_TAX("refund_tax"),
    REFUND_SHIPPING("refund_shipping"),
    /** Cost of the units that came back to stock this day (restocked returns, cancellations). */
    RETURNED_COST("returned_cost");

    static final SalesColumn[] ALL = values();
    static final int COUNT = ALL.length;

    final String sql;

    SalesColumn(String sql) { this.sql = sql; }

    /** "created, cancelled, …" in this order. */
    static String names() { return Arrays.stream(ALL).map(c -> c.sql).collect(Collectors.joining(", ")); }
}
