package com.merchantdesk.catalog;

import java.time.Instant;

/** One line of a SKU's stock ledger. */
public record StockMovement(String id, String skuId, MovementKind kind, long delta, long onHandAfter, String reason,
                            String note, String reference, Instant occurredAt) {}
