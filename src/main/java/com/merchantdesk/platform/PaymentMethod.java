package com.merchantdesk.platform;

/** How an order was (or will be) paid. On the wire in lower case (`cash`). */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, MOBILE_WALLET, PLATFORM, OTHER;

    /** The wire name. */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
