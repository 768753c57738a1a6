package com.merchantdesk.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.ProblemType;
import java.net.http.HttpHeaders;

/** An answer of the sandbox as a test sees it: status, headers and the body (already checked against the API document). */
record Reply(int status, HttpHeaders headers, String body) {

    JsonNode json() {
        try {
            return PlatformJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    String header(String name) { return headers.firstValue(name).orElse(null); }

    /** The problem type's short name ({@code validation}), or null for a success. */
    String problem() {
        String type = json().path("type").asText(null);
        return type == null ? null : type.substring(ProblemType.URI_PREFIX.length());
    }

    /** The fields the problem names. */
    java.util.List<String> fields() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Override
    public String toString() { return status + " " + body; }
}
