package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/** A customer, by the desk's UUID when a desk made it. */
public record Customer(String id, String name, String phone, String email, List<Address> addresses, long version,
                       Instant createdAt, Instant updatedAt) {}
