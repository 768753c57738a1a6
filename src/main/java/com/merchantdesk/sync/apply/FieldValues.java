package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller-owned field's value as canonical JSON text, the form in which the desk's, the base's and the platform's
 * values are compared and kept in {@code sync_conflict}: text as a JSON string (absent is ""), lists as arrays of
 * strings, money as {@code {"currency":…,"amount_minor":…}} in that order, a missing optional value as {@code null}.
 * Two values are the same exactly when their texts are equal.
 */
final class FieldValues {

    static final String NULL = "null";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldValues() {}

    static String text(String value) { return write(NODES.textNode(value == null ? "" : value)); }

    /** A text member of a wire record, "" when absent or null. */
    static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        return text(v == null || v.isNull() ? "" : v.asText());
    }

    static String strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return write(array);
    }

    static String strings(JsonNode record, String field) { return strings(stringList(record.get(field))); }

    static List<String> stringList(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static String money(String currency, Long amountMinor) {
        if (currency == null || amountMinor == null) {
            return NULL;
        }
        ObjectNode m = NODES.objectNode();
        m.put("currency", currency);
        m.put("amount_minor", amountMinor.longValue());
        return write(m);
    }

    static String money(JsonNode record, String field) {
        JsonNode m = record.get(field);
        if (m == null || m.isNull() || !m.has("currency") || !m.has("amount_minor")) {
            return NULL;
        }
        return money(m.get("currency").asText(), m.get("amount_minor").asLong());
    }

    static String integer(Integer value) { return value == null ? NULL : Integer.toString(value); }

    static String integer(JsonNode record, String field) {
        JsonNode v = record.get(field);
        return v == null || v.isNull() ? NULL : Long.toString(v.asLong());
    }

    static JsonNode read(String json) {
        try {
            return PlatformJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("A kept field value is not JSON: " + json, e);
        }
    }

    static String write(Object value) {
        try {
            return PlatformJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write a field value as JSON", e);
        }
    }
}
