package com.merchantdesk.customers;

import com.merchantdesk.platform.CustomerCreate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A customer and addresses as the platform's wire types (docs/platform-api.yaml). */
public final class CustomerWire {

    private CustomerWire() {}

    public static CustomerCreate create(Customer customer) {
        com.merchantdesk.platform.Address address = address(customer.address());
        return new CustomerCreate(customer.id(), customer.name(), blankToNull(customer.phone()),
                blankToNull(customer.email()), address == null ? List.of() : List.of(address));
    }

    /**
     * The address on the wire, or null when it is blank or lacks a part the platform requires (recipient, first
     * line, city, country): the desk keeps partial addresses a person wrote down; the platform only whole ones.
     */
    public static com.merchantdesk.platform.Address address(Address a) {
        if (a == null || a.blank() || a.recipient().isBlank() || a.line1().isBlank() || a.city().isBlank()
                || a.country().isBlank()) {
            return null;
        }
        return new com.merchantdesk.platform.Address(a.recipient(), blankToNull(a.phone()), a.line1(),
                blankToNull(a.line2()), a.city(), blankToNull(a.region()), blankToNull(a.postalCode()), a.country());
    }

    /**
     * The fields of a customer patch (docs/platform-api.yaml, CustomerPatch) that differ between two versions of
     * the customer; empty when nothing the platform keeps changed (the note stays on the desk).
     */
    public static Map<String, Object> changes(Customer before, Customer after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!before.name().equals(after.name())) {
            changes.put("name", after.name());
        }
        if (!before.phone().equals(after.phone())) {
            changes.put("phone", after.phone());
        }
        if (!before.email().equals(after.email())) {
            changes.put("email", after.email());
        }
        if (!Objects.equals(address(before.address()), address(after.address()))) {
            com.merchantdesk.platform.Address a = address(after.address());
            changes.put("addresses", a == null ? List.of() : List.of(a));
        }
        return changes;
    }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
