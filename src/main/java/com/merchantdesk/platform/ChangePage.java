package com.merchantdesk.platform;

import java.util.List;

/** A page of the change feed; keep {@code nextCursor} in the same transaction as the changes applied. */
public record ChangePage(List<Change> changes, String nextCursor, boolean hasMore) {}
