package com.merchantdesk.platform;

/**
 * One line of an order: the SKU, its title and unit price as they were when ordered, a positive quantity and
 * the line's discount. {@code refundedQuantity} counts units returned by refunds.
 */
public record OrderLine(String id, String skuId, String skuCode, String title, Money unitPrice, long quantity,
                        Money discount, long refundedQuantity) {}
