package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Applies pulled products, SKUs or customers: a record the desk lacks is made with everything derived from it; one
 * it has is merged per field against the last agreed version ({@link RecordMerge}); a tombstone removes it or, where
 * the desk's history needs it, keeps it as the desk's own (docs/sync.md). Queues nothing. A SKU whose code or
 * barcode another desk SKU has stops the page with {@link SkuClashException}.
 */
public final class MergingApplier implements RecordApplier {

    private final MergedKind kind;

    private MergingApplier(MergedKind kind) { this.kind = kind; }

    public static MergingApplier products() { return new MergingApplier(MergedKinds.of(ChangeKind.PRODUCT)); }

    public static MergingApplier skus() { return new MergingApplier(MergedKinds.of(ChangeKind.SKU)); }

    public static MergingApplier customers() { return new MergingApplier(MergedKinds.of(ChangeKind.CUSTOMER)); }

    @Override
    public ChangeKind kind() { return kind.kind(); }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (change.deleted()) {
            kind.deleted(c, change.id());
            return;
        }
        Instant at = change.changedAt() != null ? change.changedAt()
                : ProductKind.instant(change.data(), "updated_at");
        RecordMerge.apply(c, kind, change.data(), at, RecordMerge.Source.PULLED);
    }
}
