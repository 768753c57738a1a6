package com.merchantdesk.sync.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.Problem;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform's answer to one request: status, body, and the wait it asked for ({@code Retry-After}, as a delay
 * the server gave, never computed from the desk's clock).
 */
public record PlatformResponse(String method, String path, int status, String body, Duration retryAfter) {

    /** What the engine does with an answer (the API document's rules: 409, 410 and 412 mean one thing each). */
    public enum Kind {
        /** 2xx: applied (or already applied: a replay or a create whose id exists). */
        OK,
        /** 401: the token was refused; stop and ask for a new one. */
        TOKEN_REFUSED,
        /** 410: the cursor expired; read the snapshots again, keeping the outbox. */
        CURSOR_EXPIRED,
        /** 412: the record changed since the version sent; a conflict, never retried as it is. */
        STALE,
        /** 408, 409 (request in progress), 425, 429, 5xx: try again later with the same key. */
        TRANSIENT,
        /** Any other 4xx: this request will never be accepted as it is. */
        REJECTED
    }

    public Kind kind() {
        if (status >= 200 && status < 300) {
            return Kind.OK;
        }
        return switch (status) {
            case 401 -> Kind.TOKEN_REFUSED;
            case 410 -> Kind.CURSOR_EXPIRED;
            case 412 -> Kind.STALE;
            case 408, 409, 425, 429 -> Kind.TRANSIENT;
            default -> status >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
        };
    }

    public JsonNode json() {
        try {
            return PlatformJson.mapper().readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new PlatformProtocolException(method + " " + path + " answered " + status + " with a body that is not JSON", e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return PlatformJson.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new PlatformProtocolException(method + " " + path + " answered a body that is not a " + type.getSimpleName(), e);
        }
    }

    /** The error answer, when the body is one (problem+json). */
    public Optional<Problem> problem() {
        if (kind() == Kind.OK || body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlatformJson.mapper().readValue(body, Problem.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** One line for a failed row or the log: status and the platform's own words (never the token). */
    public String describe() {
        String words = problem().map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail() : p.title())
                .orElse("");
        return method + " " + path + ": " + status + (words.isEmpty() ? "" : " " + words);
    }
}
