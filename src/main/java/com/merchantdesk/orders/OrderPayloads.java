package com.merchantdesk.orders;

/**
 * Names shared by the order's outbox rows ({@link OrderOutbox}) and its history notes. The seller's memo is the
 * desk's own: it is not queued.
 */
final class OrderPayloads {

    static final String ENTITY = "order";

    private OrderPayloads() {}

    /** Units of one SKU a refund gave back, as its history note lists them. */
    record RefundedUnits(String skuId, String skuCode, long quantity) {}
}
