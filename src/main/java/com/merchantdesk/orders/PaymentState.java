package com.merchantdesk.orders;

/**
 * Where the money stands. Kept by the service in step with the order's status: {@code UNPAID} while
 * pending payment, {@code PAID} from payment on, {@code PARTIALLY_REFUNDED}/{@code REFUNDED} after refunds.
 * A cancelled order keeps the state it had (a paid order that is cancelled still needs its money returned
 * outside the app; the seller sees PAID on a CANCELLED order).
 */
public enum PaymentState {
    UNPAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

    public String messageKey() { return "orders.payment.state." + name(); }
}
