package com.merchantdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One entry of the change feed: the record of {@code kind} and {@code id} as it is now ({@code data}), or a
 * tombstone ({@code deleted}, no data). A record changed many times appears once, at its latest change.
 */
public record Change(ChangeKind kind, String id, boolean deleted, Instant changedAt, JsonNode data) {}
