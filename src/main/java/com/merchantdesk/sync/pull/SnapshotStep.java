package com.merchantdesk.sync.pull;

import com.merchantdesk.platform.ChangeKind;

import java.util.List;

/**
 * One kind of record read from the platform's snapshot, with the order filters the API offers. The first sync
 * reads {@link #USABLE} (the catalogue, customers, stock, open orders and the last 90 days: the desk is usable
 * then), reads the feed up to its head, and then {@link #HISTORY} in the background: every order, refund, parcel
 * and after-sale request (records already applied are applied again without effect).
 */
public record SnapshotStep(ChangeKind kind, boolean openOnly, Integer createdWithinDays, int pageSize) {

    public static final int RECENT_DAYS = 90;
    /** Records per page until the desk is usable: small pages keep the seller's own writes waiting little. */
    public static final int USABLE_PAGE = 1000;
    /**
     * Records per page of the history (the API's largest): each page is one transaction, and five times fewer
     * commits and checkpoints made the history of a 200,000-order account 13 % faster (docs/benchmarks.md). A
     * seller's write waits for the page being written, about a second at this size.
     */
    public static final int HISTORY_PAGE = 5000;

    public static final List<SnapshotStep> USABLE = List.of(
            new SnapshotStep(ChangeKind.DESK, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.PRODUCT, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.SKU, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.CUSTOMER, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.STOCK_ADJUSTMENT, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.STOCK, false, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.ORDER, true, null, USABLE_PAGE),
            new SnapshotStep(ChangeKind.ORDER, false, RECENT_DAYS, USABLE_PAGE));

    public static final List<SnapshotStep> HISTORY = List.of(
            new SnapshotStep(ChangeKind.ORDER, false, null, HISTORY_PAGE),
            new SnapshotStep(ChangeKind.REFUND, false, null, HISTORY_PAGE),
            new SnapshotStep(ChangeKind.SHIPMENT, false, null, HISTORY_PAGE),
            new SnapshotStep(ChangeKind.AFTER_SALE, false, null, HISTORY_PAGE));

    String query(String pageToken) {
        StringBuilder q = new StringBuilder("/v1/snapshot?kind=").append(kind.wire()).append("&limit=").append(pageSize);
        if (openOnly) {
            q.append("&open_only=true");
        }
        if (createdWithinDays != null) {
            q.append("&created_within_days=").append(createdWithinDays);
        }
        if (pageToken != null) {
            q.append("&page_token=").append(java.net.URLEncoder.encode(pageToken, java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
