package com.merchantdesk.customers;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.platform.WireJson;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/** {@link CustomerService} on the app's SQLite database. */
public final class SqliteCustomerService implements CustomerService {

    private final Database db;
    private final Clock clock;
    private final CustomerOrders orders;
    private final CustomerRepository customers = new CustomerRepository();

    /** @param orders the orders feature's answers about a customer's orders */
    public SqliteCustomerService(Database db, Clock clock, CustomerOrders orders) {
        this.db = db;
        this.clock = clock;
        this.orders = orders;
    }

    @Override
    public Page<CustomerSummary> search(CustomerQuery query, Currency currency) {
        return db.read(c -> customers.search(c, query, currency, orders));
    }

    @Override
    public Customer save(CustomerInput input) {
        Instant now = clock.instant();
        return db.write(c -> {
            Customer existing = null;
            if (input.id() != null && !input.id().isBlank()) {
                existing = customers.find(c, input.id())
                        .orElseThrow(() -> new ValidationException(FieldError.of("id", "orders.validation.customerMissing")));
            }
            Customer customer = CustomerRules.toCustomer(input, existing, now);
            if (existing == null) {
                customers.insert(c, customer);
            } else {
                customers.update(c, customer);
            }
            OutboxKey key = new OutboxKey(Customer.OUTBOX_ENTITY, customer.id());
            if (existing == null) {
                Outbox.append(c, new Outbox.Change(key, "create", WireJson.encode(CustomerWire.create(customer)), now,
                        List.of()));
            } else {
                Map<String, Object> changes = CustomerWire.changes(existing, customer);
                if (!changes.isEmpty()) {
                    // base_version is added when the row is sent: the platform version the desk holds then.
                    Outbox.append(c, new Outbox.Change(key, "patch", WireJson.encode(Map.of("changes", changes)), now,
                            List.of(key)));
                }
            }
            return customer;
        });
    }

    @Override
    public Optional<Customer> find(String customerId) {
        return db.read(c -> customers.find(c, customerId));
    }

    @Override
    public Optional<Customer> findMatching(String name, String phone) {
        String digits = CustomerRules.digits(phone);
        return db.read(c -> {
            if (!digits.isEmpty()) {
                return customers.findByPhoneDigits(c, digits);
            }
            List<Customer> named = customers.findByName(c, name == null ? "" : name.strip());
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        });
    }

    @Override
    public Page<CustomerOrder> orders(String customerId, int offset, int limit) {
        return db.read(c -> orders.history(c, customerId, offset, limit));
    }

    @Override
    public Optional<CustomerSummary> summary(String customerId, Currency currency) {
        return db.read(c -> customers.summary(c, customerId, currency, orders));
    }
}
