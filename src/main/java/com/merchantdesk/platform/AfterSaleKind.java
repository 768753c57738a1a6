package com.merchantdesk.platform;

/** What a buyer asks for after delivery. On the wire in lower case (`refund_only`). */
public enum AfterSaleKind {
    REFUND_ONLY, RETURN_AND_REFUND;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
