package com.merchantdesk.sandbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.StoreException;
import java.util.Map;
import java.util.TreeMap;

/** Records to and from the JSON kept in {@code doc} columns (the API's own wire form). */
public final class Docs {

    private Docs() {}

    public static String write(Object record) {
        try {
            return PlatformJson.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode " + record.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String doc, Class<T> type) {
        try {
            return PlatformJson.mapper().readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode tree(String doc) {
        try {
            return PlatformJson.mapper().readTree(doc);
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored record cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The field versions of a record ({@code {"title": 3, ...}}). */
    public static Map<String, Long> fieldVersions(String json) {
        try {
            Map<String, Long> versions = new TreeMap<>();
            PlatformJson.mapper().readTree(json).fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
            return versions;
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored field versions cannot be read", e);
        }
    }
}
