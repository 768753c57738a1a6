package com.merchantdesk.shipping;

/** The parcel's size class, as carriers price them. */
public enum PackageSize {
    ENVELOPE, SMALL, MEDIUM, LARGE, OVERSIZE;

    public String messageKey() { return "shipping.size." + name(); }
}
