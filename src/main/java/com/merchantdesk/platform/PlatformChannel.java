package com.merchantdesk.platform;

/** Where an order was taken: the platform's online shop or one of the desk's channels. On the wire in lower case (`platform`). */
public enum PlatformChannel {
    PLATFORM, PHONE, STALL, WHOLESALE, OTHER;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
