package com.merchantdesk.platform;

/** An order's status, as the desk's order status. On the wire in lower case (`pending_payment`). */
public enum PlatformOrderStatus {
    PENDING_PAYMENT, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
