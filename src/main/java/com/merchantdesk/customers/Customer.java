package com.merchantdesk.customers;

import java.time.Instant;
import java.util.Objects;

/** Someone who buys: found again by name or phone when the next order comes in. */
public record Customer(String id, String name, String phone, String email, Address address, String note,
                       Instant createdAt, Instant updatedAt) {

    public static final int MAX_NAME_LENGTH = 120;
    /** The outbox entity of a customer's changes. */
    public static final String OUTBOX_ENTITY = "customer";

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        address = address == null ? Address.EMPTY : address;
        note = note == null ? "" : note.strip();
        createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
