package com.merchantdesk.catalog.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Outbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A planned product's outbox rows as one JSON array in the staging file ({@code entity_type, entity_id, operation,
 * payload} each), expanded into the outbox by the write with {@code json_each}.
 */
final class OutboxRows {

    private OutboxRows() {}

    static String encode(List<Outbox.Change> changes) {
        List<Map<String, String>> rows = changes.stream().map(ch -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("entity_type", ch.key().entityType());
            row.put("entity_id", ch.key().entityId());
            row.put("operation", ch.operation());
            row.put("payload", ch.wireJson());
            return row;
        }).toList();
        try {
            return Json.mapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the outbox rows of a planned product", e);
        }
    }
}
