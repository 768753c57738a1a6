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

    /**
     * The one a row of two records shows (a SKU and its product): the one that needs the seller first, in the order
     * {@link SyncStates#expression} tests them: conflict, needs mapping, failed, sent, queued, acknowledged, local only.
     */
    public static SyncState first(SyncState a, SyncState b) {
        return URGENCY.indexOf(a) <= URGENCY.indexOf(b) ? a : b;
    }

    private static final java.util.List<SyncState> URGENCY = java.util.List.of(CONFLICT, NEEDS_MAPPING, FAILED, SENT,
            QUEUED, ACKNOWLEDGED, LOCAL_ONLY);
}
