package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/**
 * Money given back on an order, by its own id. {@code restock}: the returned units go back into platform stock
 * through this refund (never also as an adjustment). {@code afterSaleId} names the buyer's request it answers.
 */
public record Refund(String id, String orderId, List<RefundLine> lines, Money amount, boolean restock,
                     String reason, String afterSaleId, String deskId, Instant createdAt) {}
