package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.orders.OrderSalesEvents;
import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sales.SalesLedger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies pulled changes by kind. A kind with no applier has no local home yet: {@link #apply} says so and the
 * engine stops the pull before that change (the cursor does not move past what could not be applied). A record
 * whose parent is not here yet waits for it ({@code sync_waiting}) and is applied right after the parent.
 */
public final class PulledChanges {

    private final Map<ChangeKind, RecordApplier> appliers = new EnumMap<>(ChangeKind.class);
    private final OrderSalesEvents sales;

    public PulledChanges(List<RecordApplier> appliers) {
        this(appliers, OrderSalesEvents.NONE);
    }

    /** {@code sales}: the sales figures the order writes of applying keep in step (the app's sales ledger). */
    public PulledChanges(List<RecordApplier> appliers, OrderSalesEvents sales) {
        this.sales = sales;
        for (RecordApplier applier : appliers) {
            if (this.appliers.put(applier.kind(), applier) != null) {
                throw new IllegalArgumentException("two appliers for " + applier.kind());
            }
        }
    }

    /** Every applier the desk has. New appliers are added here. */
    public static PulledChanges standard() {
        SalesLedger sales = new SalesLedger();
        PulledOrders orders = new PulledOrders(sales);
        return new PulledChanges(List.of(
                MergingApplier.products(), MergingApplier.skus(), MergingApplier.customers(),
                new OrderApplier(orders),
                new RefundApplier(orders),
                new StockLevelApplier(),
                new StockAdjustmentApplier(),
                new ShipmentApplier(),
                new AfterSaleApplier(),
                new DeskApplier()), sales);
    }

    public boolean hasHome(ChangeKind kind) {
        return appliers.containsKey(kind);
    }

    /** Applies the change, or answers the kind that has no local home (nothing is written then). */
    public Optional<ChangeKind> apply(Connection c, Change change) throws SQLException {
        RecordApplier applier = appliers.get(change.kind());
        if (applier == null) {
            return Optional.of(change.kind());
        }
        applier.apply(c, change);
        if (!change.deleted() && change.kind() == ChangeKind.SKU && change.changedAt() != null) {
            // Lines pulled before their SKU, kept as needing mapping under its code, are its lines now.
            LineMapping.mapLinesWaitingFor(c, change.id(), change.changedAt(), sales);
        }
        if (!change.deleted()) {
            // Records pulled before their parent (a refund before its order's first pull) follow it now.
            for (Change waiting : WaitingRecords.release(c, change.kind(), change.id())) {
                apply(c, waiting);
            }
        }
        return Optional.empty();
    }
}
