package com.merchantdesk.platform;

/** Whether the marketplace shows a product to buyers (the platform's field: it can delist). On the wire in lower case (`listed`). */
public enum ListingState {
    LISTED, DELISTED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
