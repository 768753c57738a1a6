package com.merchantdesk.platform;

/** A product's state in the seller's catalogue (the seller's field). On the wire in lower case (`draft`). */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
