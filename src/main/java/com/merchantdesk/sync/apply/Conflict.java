package com.merchantdesk.sync.apply;

import java.time.Instant;

/**
 * One seller-owned field both sides changed since the last version they agreed on ({@code sync_conflict}). Values
 * are JSON texts (a string, a list, money as {@code {"currency":…,"amount_minor":…}}, or {@code null}); the base
 * value is null when the two sides never agreed on a version. {@code foundAt} is the platform's time of the
 * version that showed it (never the desk's clock).
 */
public record Conflict(String entityType, String entityId, String field, String baseValue, String deskValue,
                       String platformValue, long platformVersion, Instant foundAt) {

    /** The conflict's id for people and the command line: {@code product:<uuid>:title}; stable until resolved. */
    public String id() { return entityType + ":" + entityId + ":" + field; }
}
