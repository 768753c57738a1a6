package com.merchantdesk.platform;

/** Who made a status change: a desk, the platform, or the buyer through the platform. On the wire in lower case (`desk`). */
public enum Actor {
    DESK, PLATFORM, BUYER;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
