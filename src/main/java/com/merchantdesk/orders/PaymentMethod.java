package com.merchantdesk.orders;

/** How the customer pays (or paid). */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, MOBILE_WALLET, PLATFORM, OTHER;

    public String messageKey() { return "orders.payment.method." + name(); }
}
