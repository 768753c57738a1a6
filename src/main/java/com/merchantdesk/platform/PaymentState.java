package com.merchantdesk.platform;

/** Whether an order is paid, and what of it was refunded. On the wire in lower case (`unpaid`). */
public enum PaymentState {
    UNPAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
