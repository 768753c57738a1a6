package com.merchantdesk.platform;

/** A fulfilment step the desk reports, for its own orders and the platform's. On the wire in lower case (`packed`). */
public enum FulfilmentStep {
    PACKED, SHIPPED, DELIVERED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
