package com.merchantdesk.customers;

import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.SyncState;
import com.merchantdesk.store.SyncStates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for customers and their search words, on the caller's connection. Public for orders, which add or find the
 * order's customer inside the order's own transaction.
 */
public final class CustomerRepository {

    private static final String COLUMNS = "c.id, c.name, c.phone, c.email, c.address, c.note, c.created_at, c.updated_at";
    public void insert(Connection c, Customer customer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer(id, name, phone, phone_digits, email, address, "
                + "note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
            bind(ps, customer);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer_search(rowid, terms) SELECT customer_no, ? FROM customer WHERE id = ?")) {
            ps.setString(1, CustomerSearchText.terms(customer.name(), customer.phone(), customer.email()));
            ps.setString(2, customer.id());
            ps.executeUpdate();
        }
    }

    public void update(Connection c, Customer customer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET name = ?, phone = ?, phone_digits = ?, "
                + "email = ?, address = ?, note = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, customer.name());
            ps.setString(2, customer.phone());
            ps.setString(3, CustomerRules.digits(customer.phone()));
            ps.setString(4, customer.email());
            ps.setString(5, AddressJson.write(customer.address()));
            ps.setString(6, customer.note());
            ps.setLong(7, customer.updatedAt().toEpochMilli());
            ps.setString(8, customer.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE customer_search SET terms = ? WHERE rowid = (SELECT customer_no FROM customer WHERE id = ?)")) {
            ps.setString(1, CustomerSearchText.terms(customer.name(), customer.phone(), customer.email()));
            ps.setString(2, customer.id());
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Customer customer) throws SQLException {
        ps.setString(1, customer.id());
        ps.setString(2, customer.name());
        ps.setString(3, customer.phone());
        ps.setString(4, CustomerRules.digits(customer.phone()));
        ps.setString(5, customer.email());
        ps.setString(6, AddressJson.write(customer.address()));
        ps.setString(7, customer.note());
        ps.setLong(8, customer.createdAt().toEpochMilli());
        ps.setLong(9, customer.updatedAt().toEpochMilli());
    }

    public Optional<Customer> find(Connection c, String id) throws SQLException {
        return first(c, "SELECT " + COLUMNS + " FROM customer c WHERE c.id = ?", id);
    }

    /** The oldest customer whose phone has the same digits. */
    Optional<Customer> findByPhoneDigits(Connection c, String digits) throws SQLException {
        return first(c, "SELECT " + COLUMNS + " FROM customer c WHERE c.phone_digits = ? ORDER BY c.customer_no LIMIT 1", digits);
    }

    /** Customers named exactly {@code name} (ignoring case), oldest first, at most two (enough to see "not unique"). */
    List<Customer> findByName(Connection c, String name) throws SQLException {
        List<Customer> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM customer c "
                + "WHERE c.name = ? COLLATE NOCASE ORDER BY c.customer_no LIMIT 2")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(customer(rs));
                }
            }
        }
        return result;
    }

    private Optional<Customer> first(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(customer(rs)) : Optional.empty();
            }
        }
    }

    Page<CustomerSummary> search(Connection c, CustomerQuery q, Currency currency, CustomerOrders orders) throws SQLException {
        String match = SearchText.matchExpression(q.text());
        List<String> conditions = new ArrayList<>();
        if (!match.isEmpty()) {
            conditions.add("c.customer_no IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
        }
        if (q.notOnPlatform()) {
            conditions.add(NOT_ON_PLATFORM);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM customer c" + where)) {
            if (!match.isEmpty()) {
                ps.setString(1, match);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<CustomerSummary> rows = new ArrayList<>();
        if (total > q.offset()) {
            String sql = "SELECT " + COLUMNS + ", (SELECT count(*) FROM orders o WHERE o.customer_no = c.customer_no), "
                    + "(SELECT " + orders.spentAggregate() + " FROM orders o WHERE o.customer_no = c.customer_no), "
                    + "(SELECT max(o.created_at) FROM orders o WHERE o.customer_no = c.customer_no) "
                    + "FROM customer c" + where + " ORDER BY c.name COLLATE NOCASE, c.customer_no LIMIT ? OFFSET ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, currency.getCurrencyCode());
                if (!match.isEmpty()) {
                    ps.setString(i++, match);
                }
                ps.setInt(i++, q.limit());
                ps.setInt(i, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(summary(rs, currency));
                    }
                }
            }
        }
        return new Page<>(withStates(c, rows), total, q.offset(), q.limit());
    }

    /** Customers whose create the platform has not acknowledged yet (SyncStates), over {@code c}. */
    private static final String NOT_ON_PLATFORM = SyncStates.notOnPlatform(Customer.OUTBOX_ENTITY, "c.id", false);
    private static final String SYNC_STATE = SyncStates.expression(Customer.OUTBOX_ENTITY, "r.id", "r.platform_version",
            null);

    /** The page's sync states in one more query, not one per row. */
    private static List<CustomerSummary> withStates(Connection c, List<CustomerSummary> rows) throws SQLException {
        Map<String, SyncState> states = SyncStates.byId(c, "customer", "id", false, SYNC_STATE,
                rows.stream().map(s -> s.customer().id()).toList());
        return rows.stream().map(s -> s.withSyncState(states.getOrDefault(s.customer().id(), SyncState.LOCAL_ONLY)))
                .toList();
    }

    Optional<CustomerSummary> summary(Connection c, String id, Currency currency, CustomerOrders orders)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", count(o.order_no), " + orders.spentAggregate()
                + ", max(o.created_at) FROM customer c LEFT JOIN orders o ON o.customer_no = c.customer_no WHERE c.id = ? "
                + "GROUP BY c.customer_no")) {
            ps.setString(1, currency.getCurrencyCode());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs, currency)) : Optional.empty();
            }
        }
    }

    private static CustomerSummary summary(ResultSet rs, Currency currency) throws SQLException {
        long last = rs.getLong(11);
        Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        return new CustomerSummary(customer(rs), rs.getLong(9), new Money(rs.getLong(10), currency), lastAt);
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                AddressJson.read(rs.getString(5)), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)),
                Instant.ofEpochMilli(rs.getLong(8)));
    }
}
