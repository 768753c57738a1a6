package com.merchantdesk.platform;

/** One line of an {@link OrderCreate}: the SKU by its id, the title and price as sold. */
public record OrderLineCreate(String id, String skuId, String skuCode, String title, Money unitPrice, long quantity,
                              Money discount) {}
