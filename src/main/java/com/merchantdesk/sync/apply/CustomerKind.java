package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerRepository;
import com.merchantdesk.customers.CustomerRules;
import com.merchantdesk.customers.CustomerWire;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers as merged records: name, phone, email and addresses are the seller's. The desk keeps one address per
 * customer (and keeps partial ones a person wrote down, which the platform does not take), so "addresses" compares
 * as the list of the first whole address: the desk's, or the platform's first. Taking the platform's addresses sets
 * the desk's address to the first; the note stays on the desk. Writes go through the customers' repository, which
 * keeps the search words.
 */
final class CustomerKind implements MergedKind {

    static final String TYPE = Customer.OUTBOX_ENTITY;
    private static final List<String> FIELDS = List.of("name", "phone", "email", "addresses");
    private final CustomerRepository customers = new CustomerRepository();

    @Override public ChangeKind kind() { return ChangeKind.CUSTOMER; }

    @Override public String entityType() { return TYPE; }

    @Override public List<String> fields() { return FIELDS; }

    @Override
    public Map<String, String> platformValues(JsonNode r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", FieldValues.text(r, "name"));
        v.put("phone", FieldValues.text(r, "phone"));
        v.put("email", FieldValues.text(r, "email"));
        JsonNode first = r.path("addresses").path(0);
        v.put("addresses", addresses(first.isObject() ? local(first) : Address.EMPTY));
        return v;
    }

    @Override
    public Optional<Map<String, String>> deskValues(Connection c, String id) throws SQLException {
        return customers.find(c, id).map(CustomerKind::values);
    }

    private static Map<String, String> values(Customer customer) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", FieldValues.text(customer.name()));
        v.put("phone", FieldValues.text(customer.phone()));
        v.put("email", FieldValues.text(customer.email()));
        v.put("addresses", addresses(customer.address()));
        return v;
    }

    /** The address as the platform keeps it: a list of the one whole address, or empty. */
    private static String addresses(Address address) {
        com.merchantdesk.platform.Address wire = CustomerWire.address(address);
        return FieldValues.write(wire == null ? List.of() : List.of(wire));
    }

    private static Address local(JsonNode wire) {
        com.merchantdesk.platform.Address a = PlatformJson.mapper().convertValue(wire, com.merchantdesk.platform.Address.class);
        return new Address(a.recipient(), a.phone(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
    }

    private static Address address(String addressesJson) {
        JsonNode first = FieldValues.read(addressesJson).path(0);
        return first.isObject() ? local(first) : Address.EMPTY;
    }

    @Override
    public void insert(Connection c, JsonNode r) throws SQLException {
        Map<String, String> v = platformValues(r);
        Instant created = ProductKind.instant(r, "created_at");
        customers.insert(c, new Customer(r.get("id").asText(), ProductKind.str(v.get("name")), ProductKind.str(v.get("phone")),
                ProductKind.str(v.get("email")), address(v.get("addresses")), "", created,
                ProductKind.instant(r, "updated_at", created)));
    }

    @Override
    public void write(Connection c, String id, Map<String, String> values, Instant at) throws SQLException {
        Customer was = customers.find(c, id).orElseThrow();
        Customer now = new Customer(id,
                values.containsKey("name") ? ProductKind.str(values.get("name")) : was.name(),
                values.containsKey("phone") ? ProductKind.str(values.get("phone")) : was.phone(),
                values.containsKey("email") ? ProductKind.str(values.get("email")) : was.email(),
                values.containsKey("addresses") ? address(values.get("addresses")) : was.address(),
                was.note(), was.createdAt(), at.isAfter(was.updatedAt()) ? at : was.updatedAt());
        customers.update(c, now);
    }

    /** The platform deleted the customer: gone unless orders name them; then kept as the desk's own. */
    @Override
    public void deleted(Connection c, String id) throws SQLException {
        SyncBases.forget(c, TYPE, id);
        boolean hasOrders;
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM orders o JOIN customer k "
                + "ON k.customer_no = o.customer_no WHERE k.id = ?)")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                hasOrders = rs.next() && rs.getInt(1) == 1;
            }
        }
        if (hasOrders) {
            SyncBases.setPlatformVersion(c, TYPE, id, null);
            return;
        }
        try (PreparedStatement search = c.prepareStatement(
                "DELETE FROM customer_search WHERE rowid = (SELECT customer_no FROM customer WHERE id = ?)");
             PreparedStatement row = c.prepareStatement("DELETE FROM customer WHERE id = ?")) {
            search.setString(1, id);
            search.executeUpdate();
            row.setString(1, id);
            row.executeUpdate();
        }
    }

    @Override
    public String displayName(Connection c, String id) throws SQLException {
        return customers.find(c, id).map(Customer::name).orElse(id);
    }

    @Override public String patchPath(String id) { return "/v1/customers/" + id; }

    @Override public Object patchValue(String field, String value) { return FieldValues.read(value); }

    @Override
    public String parseTyped(Connection c, String id, String field, String typed) throws SQLException {
        String text = typed == null ? "" : typed.strip();
        if (field.equals("addresses")) {
            return addressesTyped(text);
        }
        CustomerInput input = new CustomerInput(id, field.equals("name") ? text : "x",
                field.equals("phone") ? text : "", field.equals("email") ? text : "", Address.EMPTY, "");
        List<FieldError> errors = CustomerRules.errors(input).stream().filter(e -> e.field().equals(field)).toList();
        if (!errors.isEmpty()) {
            throw ProductKind.refused(errors.get(0).messageKey(), errors.get(0).args().toArray());
        }
        return FieldValues.text(text);
    }

    /** A typed address: the platform's address object as JSON, or empty for none. */
    private static String addressesTyped(String text) {
        if (text.isEmpty() || text.equals("[]")) {
            return FieldValues.write(List.of());
        }
        JsonNode node;
        try {
            node = FieldValues.read(text);
        } catch (RuntimeException e) {
            throw new ValidationException(FieldError.of("value", "sync.conflict.addressJson"));
        }
        JsonNode first = node.isArray() ? node.path(0) : node;
        if (!first.isObject()) {
            throw new ValidationException(FieldError.of("value", "sync.conflict.addressJson"));
        }
        Address address;
        try {
            address = local(first);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(FieldError.of("value", "sync.conflict.addressJson"));
        }
        if (CustomerWire.address(address) == null) {
            throw new ValidationException(FieldError.of("value", "sync.conflict.addressJson"));
        }
        return addresses(address);
    }
}
