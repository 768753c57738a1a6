package com.merchantdesk.orders;

/**
 * The counters above the orders list; each one filters the list by {@link OrderStatus#TO_PAY},
 * {@link OrderStatus#TO_PACK}, {@link OrderStatus#TO_SHIP} or {@link OrderStatus#AFTER_SALE}.
 */
public record OrderSummaryCounts(long toPay, long toPack, long toShip, long afterSale) {}
