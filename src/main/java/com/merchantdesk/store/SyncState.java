package com.merchantdesk.store;

/**
 * Where a record stands with the platform, as a list shows it: local only (the platform has not heard of it and
 * nothing is queued, or the shop is local only), queued, sent (a request is out), acknowledged, failed (a row of
 * it failed or is blocked), conflict (both sides changed the same field), needs mapping (an order line whose SKU
 * the desk does not know).
 */
public enum SyncState {
    LOCAL_ONLY, QUEUED, SENT, ACKNOWLEDGED, FAILED, CONFLICT, NEEDS_MAPPING;

    public static SyncState of(int code) { return values()[code]; }
}
