package com.merchantdesk.store;

import java.util.Objects;

/** The record an outbox row is about: its entity type ({@code order}, {@code customer}, …) and id. */
public record OutboxKey(String entityType, String entityId) {
    public OutboxKey {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }
}
