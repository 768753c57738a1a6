package com.merchantdesk.customers;

import com.merchantdesk.kernel.Money;
import java.time.Instant;

/**
 * One row of the customers list. {@code totalSpent} sums the totals of the customer's orders that were not
 * cancelled, less what was refunded; {@code lastOrderAt} is null for a customer without orders.
 */
public record CustomerSummary(Customer customer, long orderCount, Money totalSpent, Instant lastOrderAt) {}
