package com.merchantdesk.platform;

import java.time.Instant;

/**
 * The platform's stock of one SKU. {@code version} rises with every change; a stocktake must name it.
 * {@code onHand} may be below zero after an offline sale arrived when the platform had sold out
 * ({@code oversold}).
 */
public record StockLevel(String skuId, String skuCode, long onHand, long version, boolean oversold, Instant updatedAt) {}
