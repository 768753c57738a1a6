package com.merchantdesk.customers;

import com.merchantdesk.kernel.Page;
import java.util.Currency;
import java.util.Optional;

/**
 * Customers, created and edited offline. Each change writes an outbox row (entity {@code customer}) in the
 * same transaction. Blocking: call from a background thread.
 */
public interface CustomerService {

    /**
     * Customers matching the query, by name, with order count and total spent in {@code currency}
     * (orders in other currencies are not summed).
     */
    Page<CustomerSummary> search(CustomerQuery query, Currency currency);

    /**
     * Creates (blank id) or updates a customer.
     *
     * @throws com.merchantdesk.kernel.ValidationException fields {@code name}, {@code email},
     *         {@code id} (no such customer)
     */
    Customer save(CustomerInput input);

    Optional<Customer> find(String customerId);

    /**
     * The customer a quick entry (name and maybe phone, as on the command line) means: the one with the same
     * phone digits when a phone is given, else the only one with exactly that name (ignoring case); empty when
     * there is none or the name is not unique.
     */
    Optional<Customer> findMatching(String name, String phone);

    /** The customer's orders, newest first. */
    Page<CustomerOrder> orders(String customerId, int offset, int limit);

    /** One customer's summary (order count, total spent in {@code currency}, last order). */
    Optional<CustomerSummary> summary(String customerId, Currency currency);
}
