package com.merchantdesk.platform;

import java.time.Instant;

/** The request body that creates a stock adjustment by the desk's movement id (docs/platform-api.yaml). */
public record StockAdjustmentCreate(String id, String skuId, long delta, AdjustmentReason reason, String note,
                                    String deskId, Instant at) {}
