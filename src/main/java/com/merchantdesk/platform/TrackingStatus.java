package com.merchantdesk.platform;

/** A step in a parcel's journey. On the wire in lower case (`picked_up`). */
public enum TrackingStatus {
    PICKED_UP, IN_TRANSIT, CUSTOMS, OUT_FOR_DELIVERY, DELIVERED, DELAYED, RETURNED, INFO;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
