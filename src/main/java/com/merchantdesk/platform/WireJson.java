package com.merchantdesk.platform;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A wire type as the JSON text of docs/platform-api.yaml (snake_case, lower-case enums, no nulls). */
public final class WireJson {

    private WireJson() {}

    public static String encode(Object wireType) {
        try {
            return PlatformJson.mapper().writeValueAsString(wireType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + wireType.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
