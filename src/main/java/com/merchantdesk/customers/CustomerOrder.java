package com.merchantdesk.customers;

import com.merchantdesk.kernel.Money;
import java.time.Instant;

/**
 * One of a customer's orders as the customer's history shows it; made by the orders feature
 * ({@link CustomerOrders}), so the customers feature needs nothing of it.
 *
 * @param statusMessageKey the message key of the order's status label
 */
public record CustomerOrder(String id, String number, Instant createdAt, String statusMessageKey, Money total) {}
