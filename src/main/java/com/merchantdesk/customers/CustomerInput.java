package com.merchantdesk.customers;

/**
 * A customer as typed into the form or the command line. A null or blank {@code id} creates a customer;
 * otherwise it names the one to update. Validation ({@code name} required, at most
 * {@link Customer#MAX_NAME_LENGTH} characters; {@code email} shaped like one when given) reports
 * {@link com.merchantdesk.kernel.FieldError}s named {@code name}, {@code phone}, {@code email}.
 */
public record CustomerInput(String id, String name, String phone, String email, Address address, String note) {

    public CustomerInput {
        address = address == null ? Address.EMPTY : address;
    }

    public static CustomerInput named(String name, String phone) {
        return new CustomerInput(null, name, phone, "", Address.EMPTY, "");
    }
}
