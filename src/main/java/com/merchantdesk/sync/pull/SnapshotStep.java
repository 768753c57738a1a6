package com.merchantdesk.sync.pull;

import com.merchantdesk.platform.ChangeKind;

import java.util.List;

/**
 * One kind of record read from the platform's snapshot, with the order filters the API offers. The first sync
 * reads {@link #USABLE} (the catalogue, customers, stock, open orders and the last 90 days: the desk is usable
 * then), reads the feed up to its head, and then {@link #HISTORY} in the background: every order, refund, parcel
 * and after-sale request (records already applied are applied again without effect).
 */
public record SnapshotStep(ChangeKind kind, boolean openOnly, Integer createdWithinDays) {

    public static final int RECENT_DAYS = 90;

    public static final List<SnapshotStep> USABLE = List.of(
            new SnapshotStep(ChangeKind.DESK, false, null),
            new SnapshotStep(ChangeKind.PRODUCT, false, null),
            new SnapshotStep(ChangeKind.SKU, false, null),
            new SnapshotStep(ChangeKind.CUSTOMER, false, null),
            new SnapshotStep(ChangeKind.STOCK_ADJUSTMENT, false, null),
            new SnapshotStep(ChangeKind.STOCK, false, null),
            new SnapshotStep(ChangeKind.ORDER, true, null),
            new SnapshotStep(ChangeKind.ORDER, false, RECENT_DAYS));

    public static final List<SnapshotStep> HISTORY = List.of(
            new SnapshotStep(ChangeKind.ORDER, false, null),
            new SnapshotStep(ChangeKind.REFUND, false, null),
            new SnapshotStep(ChangeKind.SHIPMENT, false, null),
            new SnapshotStep(ChangeKind.AFTER_SALE, false, null));

    String query(int limit, String pageToken) {
        StringBuilder q = new StringBuilder("/v1/snapshot?kind=").append(kind.wire()).append("&limit=").append(limit);
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
