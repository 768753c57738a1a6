package com.merchantdesk.customers;

import com.merchantdesk.kernel.Money;
import java.time.Instant;

/**
 * One of a customer's orders as the customer's history shows it: the customers feature reads these few columns
 * from the orders table itself, so it needs nothing of the orders feature (which depends on customers).
 *
 * @param status the order's status name as stored ({@code PAID}, …); its label is message {@code orders.status.<name>}
 */
public record CustomerOrder(String id, String number, Instant createdAt, String status, Money total) {

    /** The message key of the status label, the one the orders feature uses for the same status. */
    public String statusMessageKey() { return "orders.status." + status; }
}
