package com.merchantdesk.platform;

/** The kinds of record the change feed and the snapshots carry. On the wire in lower case (`product`). */
public enum ChangeKind {
    PRODUCT, SKU, STOCK, STOCK_ADJUSTMENT, ORDER, CUSTOMER, REFUND, SHIPMENT, AFTER_SALE, DESK;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
