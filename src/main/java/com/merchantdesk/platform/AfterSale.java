package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/** A buyer's after-sale request on a platform order; the desk answers it (accept or reject). */
public record AfterSale(String id, String orderId, AfterSaleKind kind, AfterSaleState state, String reason,
                        List<RefundLine> lines, Money amount, Instant openedAt, Instant answeredAt,
                        String answerNote, String refundId, long version) {}
