package com.merchantdesk.orders;

import java.util.List;

/**
 * A return or refund after shipping, as typed. {@code amount} is the money given back (text in the order's
 * currency; must be more than 0 and at most what is still refundable). {@code lines} say which units come
 * back (may be empty for a money-only refund, e.g. a goodwill discount); with {@code restock} they go back
 * on the shelf through the ledger (RETURNED movements), without it they are written off (damaged, lost).
 * Errors are named {@code amount}, {@code lines[i].sku}, {@code lines[i].quantity}.
 */
public record RefundRequest(String amount, List<RefundLine> lines, boolean restock, String reason) {

    /** Units of one SKU of the order coming back. */
    public record RefundLine(String skuId, long quantity) {}

    public RefundRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        reason = reason == null ? "" : reason.strip();
    }
}
