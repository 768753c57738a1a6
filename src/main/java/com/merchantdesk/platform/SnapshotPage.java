package com.merchantdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A page of the current records of one kind. {@code feedCursor} is the feed position the snapshot started at:
 * after the last page, reading the feed from it brings every change made since (records may already be newer
 * than that position; applying them again changes nothing).
 */
public record SnapshotPage(ChangeKind kind, List<JsonNode> items, String feedCursor, String nextPageToken,
                           boolean hasMore) {}
