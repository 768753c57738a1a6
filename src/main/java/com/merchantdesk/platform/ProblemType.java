package com.merchantdesk.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The errors of the platform API, each with one stable {@code type} URI and one HTTP status
 * ({@code application/problem+json}, RFC 9457). 409, 410 and 412 mean one thing each; 422 is either
 * {@link #IDEMPOTENCY_KEY_REUSED} or {@link #VALIDATION}, told apart by the type.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request is not well-formed JSON"),
    IDEMPOTENCY_KEY_MISSING(400, "idempotency-key-missing", "Every write needs an Idempotency-Key header"),
    UNAUTHORIZED(401, "unauthorized", "Missing, unknown or revoked token"),
    NOT_OWNER(403, "not-owner", "This side does not own that change"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    REQUEST_IN_PROGRESS(409, "request-in-progress", "A request with this Idempotency-Key is still running: retry later"),
    CURSOR_EXPIRED(410, "cursor-expired", "The cursor is too old: start again from a snapshot"),
    STALE_VERSION(412, "stale-version", "The record changed since the version sent"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is over the size limit"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Send application/json"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "This Idempotency-Key was used for a different request"),
    VALIDATION(422, "validation", "Some fields are not valid"),
    RATE_LIMITED(429, "rate-limited", "Too many requests: wait as Retry-After says"),
    INTERNAL(500, "internal", "The platform failed to answer; retry later"),
    UNAVAILABLE(503, "unavailable", "The platform cannot answer now; retry later");

    /** The prefix of every type URI: not meant to be fetched, only compared. */
    public static final String URI_PREFIX = "urn:merchant-desk:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() { return status; }

    public String slug() { return slug; }

    public String title() { return title; }

    public String uri() { return URI_PREFIX + slug; }

    public static Optional<ProblemType> fromUri(String uri) {
        return Arrays.stream(values()).filter(t -> t.uri().equals(uri)).findFirst();
    }
}
