package com.merchantdesk.platform;

/** Where an after-sale request stands. On the wire in lower case (`open`). */
public enum AfterSaleState {
    OPEN, ACCEPTED, REJECTED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
