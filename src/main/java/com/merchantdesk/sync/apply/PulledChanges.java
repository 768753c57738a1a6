package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.orders.OrderSalesEvents;
import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sales.SalesLedger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies pulled changes by kind. A kind with no applier has no local home yet: {@link #apply} says so and the
 * engine stops the pull before that change (the cursor does not move past what could not be applied). A record
 * whose parent is not here yet waits for it ({@code sync_waiting}) and is applied right after the parent.
 */
public final class PulledChanges {

    private final Map<ChangeKind, RecordApplier> appliers = new EnumMap<>(ChangeKind.class);
    private final OrderSalesEvents sales;
    private final PulledOrders orders;

    public PulledChanges(List<RecordApplier> appliers) {
        this(appliers, OrderSalesEvents.NONE);
    }

    /** {@code sales}: the sales figures the order writes of applying keep in step (the app's sales ledger). */
    public PulledChanges(List<RecordApplier> appliers, OrderSalesEvents sales) {
        this(appliers, sales, null);
    }

    private PulledChanges(List<RecordApplier> appliers, OrderSalesEvents sales, PulledOrders orders) {
        this.sales = sales;
        this.orders = orders;
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
                new DeskApplier()), sales, orders);
    }

    public boolean hasHome(ChangeKind kind) {
        return appliers.containsKey(kind);
    }

    /**
     * Applies a page of changes in order, inside the caller's transaction; answers the first kind with no local home
     * (the caller then undoes the page). New orders of the page are counted into the sales figures a run at a time.
     */
    public Optional<ChangeKind> applyPage(Connection c, List<Change> changes) throws SQLException {
        return applyPage(c, changes, DecodedRecords.NONE);
    }

    /** {@link #applyPage(Connection, List)} with some of the page's records already read ({@code decoded}). */
    public Optional<ChangeKind> applyPage(Connection c, List<Change> changes, DecodedRecords decoded)
            throws SQLException {
        if (orders == null) {
            for (Change change : changes) {
                Optional<ChangeKind> homeless = apply(c, change);
                if (homeless.isPresent()) {
                    return homeless;
                }
            }
            return Optional.empty();
        }
        orders.deferSales(true);
        try {
            int i = 0;
            while (i < changes.size()) {
                ChangeKind kind = changes.get(i).kind();
                RecordApplier applier = appliers.get(kind);
                if (kind == ChangeKind.ORDER && applier != null) {
                    int end = runEnd(changes, i);
                    applyOrders(c, changes.subList(i, end), decoded);
                    i = end;
                    continue;
                }
                if (applier instanceof ShipmentApplier || applier instanceof RefundApplier) {
                    int end = runEnd(changes, i);
                    List<Change> run = changes.subList(i, end);
                    orders.flushSales(c);
                    if (applier instanceof ShipmentApplier parcels) {
                        parcels.applyRun(c, run, decoded);
                    } else {
                        ((RefundApplier) applier).applyRun(c, run, decoded);
                    }
                    releaseWaitingFor(c, kind, run);
                    i = end;
                    continue;
                }
                Optional<ChangeKind> homeless = apply(c, changes.get(i++));
                if (homeless.isPresent()) {
                    return homeless;
                }
            }
            orders.flushSales(c);
            return Optional.empty();
        } finally {
            // A page that failed is rolled back: what waited to be counted is gone with it.
            orders.deferSales(false);
        }
    }

    /**
     * A run of order changes, as {@link #apply} would apply them one by one: the orders new here are written
     * together ({@link PulledOrders#insertNew}: a snapshot page is mostly new orders), then the others follow the
     * platform one by one, then what waited for any of them is applied.
     */
    private void applyOrders(Connection c, List<Change> run, DecodedRecords decoded) throws SQLException {
        List<Change> live = run.stream().filter(change -> !change.deleted()).toList();
        Map<UUID, Long> known = orders.known(c, live.stream().map(Change::id).toList());
        Set<UUID> fresh = new HashSet<>();
        List<com.merchantdesk.platform.Order> inserted = new ArrayList<>();
        List<Change> followed = new ArrayList<>();
        for (Change change : live) {
            UUID id = UUID.fromString(change.id());
            Long version = known.get(id);
            if (version == null && fresh.add(id)) {
                inserted.add(decoded.read(change, com.merchantdesk.platform.Order.class));
            } else if (version == null || change.data().path("version").asLong(Long.MAX_VALUE) > version) {
                followed.add(change);
            }
            // else: the desk holds this version or a newer one (the history's pages repeat the recent orders).
        }
        orders.insertNew(c, inserted);
        RecordApplier applier = appliers.get(ChangeKind.ORDER);
        for (Change change : followed) {
            applier.apply(c, change);
        }
        releaseWaitingFor(c, ChangeKind.ORDER, live);
    }

    /** Where the run of changes of the kind of {@code changes.get(from)} ends. */
    private static int runEnd(List<Change> changes, int from) {
        ChangeKind kind = changes.get(from).kind();
        int end = from;
        while (end < changes.size() && changes.get(end).kind() == kind) {
            end++;
        }
        return end;
    }

    /** Applies what waited for any record of the run (its parent), as {@link #apply} does after each record. */
    private void releaseWaitingFor(Connection c, ChangeKind kind, List<Change> run) throws SQLException {
        Set<String> awaited = WaitingRecords.parents(c, kind);
        for (Change change : run) {
            if (!change.deleted() && awaited.remove(change.id())) {
                orders.flushSales(c);
                for (Change waiting : WaitingRecords.release(c, kind, change.id())) {
                    apply(c, waiting);
                }
            }
        }
    }

    /** Applies the change, or answers the kind that has no local home (nothing is written then). */
    public Optional<ChangeKind> apply(Connection c, Change change) throws SQLException {
        RecordApplier applier = appliers.get(change.kind());
        if (applier == null) {
            return Optional.of(change.kind());
        }
        if (orders != null && change.kind() != ChangeKind.ORDER) {
            // Refunds, parcels, requests and mappings read the orders' figures: count the new orders first.
            orders.flushSales(c);
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
