package com.merchantdesk.platform;

/** Why stock changed outside an order: the stock movements a desk pushes as adjustments. On the wire in lower case (`received`). */
public enum AdjustmentReason {
    RECEIVED, COUNTED, DAMAGED, ADJUSTED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
