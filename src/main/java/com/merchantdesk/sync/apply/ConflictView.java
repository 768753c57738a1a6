package com.merchantdesk.sync.apply;

import java.time.Instant;

/**
 * An open conflict as the Sync screen and {@code conflicts} show it: its id ({@code product:<uuid>:title}), the
 * record it is on and how the seller knows it, the field (wire name) and the three values as JSON texts.
 */
public record ConflictView(String id, String entityType, String entityId, String recordName, String field,
                          String baseValue, String deskValue, String platformValue, long platformVersion,
                          Instant foundAt) {}
