package com.merchantdesk.platform;

import java.time.Instant;

/**
 * A stock movement not tied to an order, by its id (the desk's UUID for a desk's movement): applied once on each
 * side. A stocktake is recorded as one of reason {@code counted} with the delta it made.
 */
public record StockAdjustment(String id, String skuId, long delta, AdjustmentReason reason, String note,
                              String deskId, Instant at, long onHandAfter) {}
