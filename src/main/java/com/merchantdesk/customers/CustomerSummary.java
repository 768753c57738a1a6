package com.merchantdesk.customers;

import com.merchantdesk.store.SyncState;
import com.merchantdesk.kernel.Money;
import java.time.Instant;

/**
 * One row of the customers list. {@code totalSpent} sums the totals of the customer's orders that were not
 * cancelled, less what was refunded; {@code lastOrderAt} is null for a customer without orders; {@code syncState}
 * where the customer stands with the platform.
 */
public record CustomerSummary(Customer customer, long orderCount, Money totalSpent, Instant lastOrderAt,
                              SyncState syncState) {

    /** A row whose sync state is not read (local only). */
    public CustomerSummary(Customer customer, long orderCount, Money totalSpent, Instant lastOrderAt) {
        this(customer, orderCount, totalSpent, lastOrderAt, SyncState.LOCAL_ONLY);
    }

    public CustomerSummary withSyncState(SyncState state) {
        return new CustomerSummary(customer, orderCount, totalSpent, lastOrderAt, state);
    }
}
