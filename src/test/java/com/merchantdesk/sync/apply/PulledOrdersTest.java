package com.merchantdesk.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.orders.SqliteOrderService;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.orders.StatusChange;
import com.merchantdesk.platform.AdjustmentReason;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Desk;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.StockLevel;
import com.merchantdesk.store.SyncIdentity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applying pulled orders, refunds and stock (docs/sync.md, "Applying pulled records"): nothing is queued, and every
 * sale, cancellation, restocked refund and adjustment moves desk stock exactly once however often it is applied.
 */
class PulledOrdersTest {

    @TempDir Path dir;
    private Shop shop;
    private String mug;
    private final PulledChanges changes = PulledChanges.standard();

    @BeforeEach
    void open() {
        shop = new Shop(dir);
        mug = shop.sku("Mug", "MUG-1", "12.50", 20);
    }

    @AfterEach
    void close() { shop.close(); }

    private void apply(Change change) {
        shop.app.database().write(c -> {
            assertThat(changes.apply(c, change)).as("every kind of this test has an applier").isEmpty();
            return null;
        });
    }

    /** Applies the change twice, as a snapshot then the feed (or a page read twice) would. */
    private void applyTwice(Change change) {
        apply(change);
        apply(change);
    }

    private long onHand(String skuId) { return shop.row(skuId).onHand(); }

    private long outbox() { return count("SELECT count(*) FROM outbox"); }

    /** The sales summaries kept in step by the writes are those counted again from the orders. */
    private void assertSummariesAsIfCountedAgain() {
        String skus = "SELECT day_block || ':' || hex(entries) FROM sales_sku ORDER BY day_block";
        String days = "SELECT * FROM sales_day ORDER BY day, channel";
        List<String> keptSkus = shop.strings(skus);
        List<String> keptDays = shop.app.database().read(c -> rows(c, days));
        shop.app.sales().rebuild(shop.app.sales().businessDays(), com.merchantdesk.sales.RebuildProgress.NONE);
        assertThat(shop.strings(skus)).isEqualTo(keptSkus);
        List<String> countedDays = shop.app.database().read(c -> rows(c, days));
        assertThat(countedDays).isEqualTo(keptDays);
    }

    private static List<String> rows(java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private long count(String sql, Object... args) {
        return Long.parseLong(shop.strings(sql, args).get(0));
    }

    @Test
    void aPulledOrderIsStoredOnceWithItsSaleCountedOnceAndNothingQueued() {
        long queued = outbox();
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000007",
                List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 2)));

        applyTwice(Pulled.change(online));

        Order stored = shop.orders().find(online.id()).orElseThrow();
        assertThat(stored.number()).isEqualTo("P-2026-0000007");
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.paidAt()).isNotNull();
        assertThat(stored.lines()).singleElement().satisfies(l -> {
            assertThat(l.skuId()).isEqualTo(mug);
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(onHand(mug)).as("its sale counted once").isEqualTo(18);
        assertThat(outbox()).as("applying queues nothing").isEqualTo(queued);
        assertThat(count("SELECT platform_version FROM orders")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM order_line WHERE platform_line_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT coalesce(sum(orders), 0) FROM sales_day")).as("the sales summaries count it")
                .isEqualTo(1);
        assertThat(shop.orders().search(OrderQuery.newest(10).withText("MUG-1")).items())
                .extracting(r -> r.number()).containsExactly("P-2026-0000007");
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void laterStepsAreFollowedWithThePlatformsActorAndAStaleVersionChangesNothing() {
        com.merchantdesk.platform.Order v1 = Pulled.online("P-2026-0000008", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)));
        apply(Pulled.change(v1));
        long queued = outbox();

        // Paid straight to delivered: a skip the desk's form refuses, followed as it comes.
        com.merchantdesk.platform.Order v2 = Pulled.next(v1, PlatformOrderStatus.DELIVERED, Pulled.usd(0));
        applyTwice(Pulled.change(v2));
        apply(Pulled.change(v1));

        assertThat(shop.orders().find(v1.id()).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        List<StatusChange> history = shop.orders().history(v1.id());
        assertThat(history.get(history.size() - 1)).satisfies(step -> {
            assertThat(step.from()).isEqualTo(OrderStatus.PAID);
            assertThat(step.to()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(step.actor()).isEqualTo("platform");
        });
        assertThat(history).filteredOn(s -> s.to() == OrderStatus.DELIVERED).hasSize(1);
        assertThat(outbox()).isEqualTo(queued);
        assertThat(onHand(mug)).isEqualTo(19);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void aPulledCancellationRestoresStockOnce() {
        com.merchantdesk.platform.Order v1 = Pulled.online("P-2026-0000009", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 3)));
        apply(Pulled.change(v1));
        assertThat(onHand(mug)).isEqualTo(17);
        long queued = outbox();

        applyTwice(Pulled.change(Pulled.next(v1, PlatformOrderStatus.CANCELLED, Pulled.usd(0))));

        assertThat(shop.orders().find(v1.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(onHand(mug)).as("back once").isEqualTo(20);
        assertThat(outbox()).isEqualTo(queued);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void aDeskStepNotYetAcknowledgedIsNotRevertedByAnOlderPlatformState() {
        Order own = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
        String deskId = shop.app.database().write(SyncIdentity::deskId);
        shop.orders().transition(own.id(), OrderStatus.PACKED, "seller");
        // The platform has the order as paid (the packed step is still in the outbox).
        com.merchantdesk.platform.Order platformCopy = Pulled.order(own.id(), own.number(), deskId, null,
                PlatformChannel.PHONE, PlatformOrderStatus.PAID, List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)), 2,
                List.of(PlatformOrderStatus.PAID));

        applyTwice(Pulled.change(platformCopy));

        assertThat(shop.orders().find(own.id()).orElseThrow().status()).isEqualTo(OrderStatus.PACKED);
        assertThat(count("SELECT platform_version FROM orders")).isEqualTo(2);
        assertThat(onHand(mug)).as("the desk's own order is never sold twice").isEqualTo(19);
    }

    @Test
    void aDeskRefundNotYetAcknowledgedIsNotRevertedByThePlatformsOlderState() {
        Order own = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
        String deskId = shop.app.database().write(SyncIdentity::deskId);
        SqliteOrderService orders = (SqliteOrderService) shop.orders();
        shop.app.database().write(c -> orders.transition(c, own.id(), OrderStatus.DELIVERED, "platform",
                shop.clock.instant(), com.merchantdesk.kernel.Origin.PLATFORM));
        shop.orders().refund(own.id(), new RefundRequest("12.50", List.of(new RefundRequest.RefundLine(mug, 1)), true,
                ""), "seller");
        // The order's own rows are acknowledged; its refund is still on its way.
        shop.app.database().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE outbox SET state = 2 WHERE entity_type = 'order'");
            }
            return null;
        });
        com.merchantdesk.platform.Order platformCopy = Pulled.order(own.id(), own.number(), deskId, null,
                PlatformChannel.PHONE, PlatformOrderStatus.DELIVERED, List.of(new com.merchantdesk.platform.OrderLine(
                        com.merchantdesk.orders.OrderWire.lineId(own.id(), 0), mug, "MUG-1", "Mug", Pulled.usd(1250), 2,
                        Pulled.usd(0), 0)), 4, List.of(PlatformOrderStatus.PAID, PlatformOrderStatus.DELIVERED));

        applyTwice(Pulled.change(platformCopy));

        assertThat(shop.orders().find(own.id()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(onHand(mug)).isEqualTo(19);
    }

    @Test
    void aPulledRefundIsAppliedOnceAndARestockedOneReturnsStockOnce() {
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000010", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 2)));
        apply(Pulled.change(online));
        com.merchantdesk.platform.Order delivered = Pulled.next(online, PlatformOrderStatus.DELIVERED, Pulled.usd(0));
        apply(Pulled.change(delivered));
        long queued = outbox();
        Refund refund = Pulled.refund(delivered, 1250, true, new RefundLine(online.lines().get(0).id(), 1));

        applyTwice(Pulled.change(refund));

        Order after = shop.orders().find(online.id()).orElseThrow();
        assertThat(after.refunded().minorUnits()).isEqualTo(1250);
        assertThat(after.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(after.lines().get(0).refundedQuantity()).isEqualTo(1);
        assertThat(onHand(mug)).as("sold 2, one back once").isEqualTo(19);
        assertThat(outbox()).isEqualTo(queued);
        assertThat(count("SELECT count(*) FROM order_refund WHERE refund_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT coalesce(sum(refunds), 0) FROM sales_day")).as("one refund in the summaries").isEqualTo(1);

        // The order's own later version (refunded 12.50) brings nothing more.
        applyTwice(Pulled.change(Pulled.next(delivered, PlatformOrderStatus.PARTIALLY_REFUNDED, Pulled.usd(1250))));
        assertThat(shop.orders().find(online.id()).orElseThrow().refunded().minorUnits()).isEqualTo(1250);
        assertThat(onHand(mug)).isEqualTo(19);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void aRefundPulledBeforeItsOrderWaitsForItAndIsAppliedOnceItComes() {
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000011", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 2)));
        com.merchantdesk.platform.Order refunded = Pulled.next(Pulled.next(online, PlatformOrderStatus.SHIPPED,
                Pulled.usd(0)), PlatformOrderStatus.REFUNDED, Pulled.usd(2500));
        Refund refund = Pulled.refund(refunded, 2500, true, new RefundLine(online.lines().get(0).id(), 2));

        applyTwice(Pulled.change(refund));
        assertThat(count("SELECT count(*) FROM sync_waiting")).isEqualTo(1);
        applyTwice(Pulled.change(refunded));

        Order after = shop.orders().find(online.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(after.refunded().minorUnits()).isEqualTo(2500);
        assertThat(onHand(mug)).as("sold 2 and both back, each once").isEqualTo(20);
        assertThat(count("SELECT count(*) FROM sync_waiting")).isZero();
        assertThat(shop.orders().history(online.id())).extracting(StatusChange::to).containsExactly(
                OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.REFUNDED);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void anotherDesksOrderWithALocalNumberIsStoredWithItsDeskCode() {
        Order local = shop.orders().create(Shop.draft(mug, 1));
        assertThat(local.number()).isEqualTo("D-2026-000001");
        String otherDesk = Pulled.id();
        apply(Pulled.change(ChangeKind.DESK, otherDesk, new Desk(otherDesk, "B2", "Stall laptop", Pulled.PLACED)));
        com.merchantdesk.platform.Order theirs = Pulled.order(Pulled.id(), "D-2026-000001", otherDesk, null,
                PlatformChannel.STALL, PlatformOrderStatus.PAID, List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)), 3,
                List.of(PlatformOrderStatus.PAID));

        applyTwice(Pulled.change(theirs));

        assertThat(shop.orders().find(theirs.id()).orElseThrow().number()).isEqualTo("B2:D-2026-000001");
        assertThat(shop.strings("SELECT desk_code FROM orders WHERE number = 'B2:D-2026-000001'")).containsExactly("B2");
        assertThat(shop.orders().find(local.id()).orElseThrow().number()).isEqualTo("D-2026-000001");
        assertThat(shop.orders().history(theirs.id()).get(0).actor()).isEqualTo("desk B2");
        assertThat(onHand(mug)).isEqualTo(18);
    }

    @Test
    void anOrderOfThisDesksItNoLongerHadKeepsItsNumberAndLaterNumbersComeAfterIt() {
        String deskId = shop.app.database().write(SyncIdentity::deskId);
        com.merchantdesk.platform.Order lost = Pulled.order(Pulled.id(), "D-2026-000005", deskId, null,
                PlatformChannel.PHONE, PlatformOrderStatus.PAID, List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)), 2,
                List.of(PlatformOrderStatus.PAID));

        applyTwice(Pulled.change(lost));

        assertThat(shop.orders().find(lost.id()).orElseThrow().number()).isEqualTo("D-2026-000005");
        assertThat(shop.strings("SELECT coalesce(desk_code, '-') FROM orders")).containsExactly("-");
        assertThat(shop.orders().create(Shop.draft(mug, 1)).number()).isEqualTo("D-2026-000006");
    }

    @Test
    void aLineOfAnUnknownSkuNeedsMappingMovesNoStockAndMappingMovesItOnce() {
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000012", List.of(
                Pulled.line(mug, "MUG-1", "Mug", 1250, 1),
                Pulled.line(Pulled.id(), "VASE-9", "Blue vase", 3000, 2)));
        applyTwice(Pulled.change(online));

        Order stored = shop.orders().find(online.id()).orElseThrow();
        OrderLine vase = stored.lines().get(1);
        assertThat(vase.hasSku()).isFalse();
        assertThat(vase.needsMapping()).isTrue();
        assertThat(vase.unmappedSku()).isEqualTo("VASE-9");
        assertThat(vase.title()).isEqualTo("Blue vase");
        assertThat(onHand(mug)).isEqualTo(19);
        assertThat(shop.orders().search(OrderQuery.newest(10).withText("VASE-9")).items()).singleElement()
                .satisfies(row -> assertThat(row.syncState()).isEqualTo(com.merchantdesk.store.SyncState.NEEDS_MAPPING));

        String vaseSku = shop.sku("Vase", "VASE-1", "30.00", 10);
        LineMapping mapping = new LineMapping(shop.app.database(), shop.clock, shop.app.salesLedger());
        assertThat(mapping.waiting(10)).singleElement().satisfies(l -> {
            assertThat(l.lineId()).isEqualTo(online.lines().get(1).id());
            assertThat(l.orderNumber()).isEqualTo("P-2026-0000012");
            assertThat(l.platformSku()).isEqualTo("VASE-9");
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThatThrownBy(() -> mapping.map(online.lines().get(1).id(), "NOPE-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.messageKey()).isEqualTo("orders.mapping.skuMissing");
                            assertThat(f.args()).containsExactly("NOPE-1");
                        }));
        assertThat(onHand(vaseSku)).isEqualTo(10);

        long queued = outbox();
        LineMapping.Mapped mapped = mapping.map(online.lines().get(1).id(), "vase-1");

        assertThat(mapped.unitsMoved()).isEqualTo(2);
        assertThat(shop.orders().search(OrderQuery.newest(10).withText("VASE-1")).items()).singleElement()
                .satisfies(row -> assertThat(row.syncState()).isNotEqualTo(com.merchantdesk.store.SyncState.NEEDS_MAPPING));
        assertThat(mapped.line().skuId()).isEqualTo(vaseSku);
        assertThat(onHand(vaseSku)).isEqualTo(8);
        assertThat(mapping.waiting(10)).isEmpty();
        assertThatThrownBy(() -> mapping.map(online.lines().get(1).id(), "VASE-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("orders.mapping.alreadyMapped"));
        assertThatThrownBy(() -> mapping.map(online.lines().get(0).id(), "VASE-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("orders.mapping.alreadyMapped"));
        assertThat(onHand(vaseSku)).as("mapped once").isEqualTo(8);
        assertThat(outbox()).as("the mapped sale is the platform's: not pushed as an adjustment").isEqualTo(queued);
        // Pulled again after mapping: nothing moves.
        apply(Pulled.change(online));
        assertThat(onHand(vaseSku)).isEqualTo(8);

        // The sales summaries kept in step are the ones counted again from the orders, the vase now a product's.
        String summaries = "SELECT day_block || ':' || hex(entries) FROM sales_sku ORDER BY day_block";
        List<String> kept = shop.strings(summaries);
        List<String> days = shop.strings("SELECT day || '/' || channel || '/' || orders || '/' || units || '/' || goods "
                + "|| '/' || uncosted_goods FROM sales_day ORDER BY day, channel");
        shop.app.sales().rebuild(shop.app.sales().businessDays(), com.merchantdesk.sales.RebuildProgress.NONE);
        assertThat(shop.strings(summaries)).isEqualTo(kept);
        assertThat(shop.strings("SELECT day || '/' || channel || '/' || orders || '/' || units || '/' || goods "
                + "|| '/' || uncosted_goods FROM sales_day ORDER BY day, channel")).isEqualTo(days);
    }

    @Test
    void aLineWaitingForItsSkuIsMappedOnceWhenTheSkuIsPulled() {
        String vaseId = Pulled.id();
        com.merchantdesk.platform.Order online = Pulled.online("P-2026-0000013", List.of(
                Pulled.line(vaseId, "VASE-9", "Blue vase", 3000, 2)));
        apply(Pulled.change(online));
        // The SKU applier (catalogue sync) stores the SKU; here the catalogue writes it and the applier is a stand-in.
        String vase = shop.sku("Vase", "VASE-9", "30.00", 10);
        RecordApplier skuStandIn = new RecordApplier() {
            @Override public ChangeKind kind() { return ChangeKind.SKU; }
            @Override public void apply(java.sql.Connection c, Change change) {}
        };
        PulledChanges withSkus = new PulledChanges(List.of(skuStandIn), shop.app.salesLedger());
        Change skuChange = new Change(ChangeKind.SKU, vase, false, Pulled.PLACED.plusSeconds(3600),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());

        for (int i = 0; i < 2; i++) {
            shop.app.database().write(c -> withSkus.apply(c, skuChange));
        }

        assertThat(shop.orders().find(online.id()).orElseThrow().lines().get(0).skuId()).isEqualTo(vase);
        assertThat(onHand(vase)).as("its sale counted once, when mapped").isEqualTo(8);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void anotherDesksAdjustmentMovesStockOnceAndTheDesksOwnChangesNothing() {
        String otherDesk = Pulled.id();
        com.merchantdesk.platform.StockAdjustment theirs = new com.merchantdesk.platform.StockAdjustment(Pulled.id(),
                mug, 5, AdjustmentReason.RECEIVED, "box 2", otherDesk, Pulled.PLACED, 25);
        long queued = outbox();

        applyTwice(Pulled.change(ChangeKind.STOCK_ADJUSTMENT, theirs.id(), theirs));

        assertThat(onHand(mug)).isEqualTo(25);
        assertThat(outbox()).isEqualTo(queued);
        StockMovement pulled = shop.app.stock().history(mug, 1).get(0);
        assertThat(pulled.id()).isEqualTo(theirs.id());
        assertThat(pulled.kind()).isEqualTo(MovementKind.SYNCED);

        StockMovement own = shop.app.stock().adjust(new StockAdjustment(mug, MovementKind.DAMAGED, 2, "dropped", "", ""));
        String deskId = shop.app.database().write(SyncIdentity::deskId);
        com.merchantdesk.platform.StockAdjustment echo = new com.merchantdesk.platform.StockAdjustment(own.id(), mug, -2,
                AdjustmentReason.DAMAGED, "dropped", deskId, Pulled.PLACED, 23);
        applyTwice(Pulled.change(ChangeKind.STOCK_ADJUSTMENT, echo.id(), echo));
        assertThat(onHand(mug)).as("the desk's own adjustment is there already").isEqualTo(23);
    }

    @Test
    void anAdjustmentOfASkuNotHereYetWaitsForIt() {
        String later = Pulled.id();
        com.merchantdesk.platform.StockAdjustment a = new com.merchantdesk.platform.StockAdjustment(Pulled.id(), later, 4,
                AdjustmentReason.COUNTED, "", null, Pulled.PLACED, 4);

        apply(Pulled.change(ChangeKind.STOCK_ADJUSTMENT, a.id(), a));

        assertThat(count("SELECT count(*) FROM sync_waiting WHERE parent_kind = 'sku' AND parent_id = ?", later))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM stock_movement WHERE id = ?", a.id())).isZero();
    }

    @Test
    void aPulledStockLevelIsKeptAsThePlatformsAndNeverSetsTheDesksOnHand() {
        applyTwice(Pulled.change(ChangeKind.STOCK, mug, new StockLevel(mug, "MUG-1", -2, 7, true, Pulled.PLACED)));
        apply(Pulled.change(ChangeKind.STOCK, mug, new StockLevel(mug, "MUG-1", 30, 6, false, Pulled.PLACED)));

        assertThat(onHand(mug)).isEqualTo(20);
        java.util.Optional<PlatformStockLevels.Level> level = shop.app.database().read(c -> PlatformStockLevels.find(c, mug));
        boolean oversold = shop.app.database().read(c -> PlatformStockLevels.isOversold(c, mug));
        List<PlatformStockLevels.Level> oversoldSkus = shop.app.database().read(c -> PlatformStockLevels.oversold(c, 10));
        assertThat(level).hasValueSatisfying(l -> {
            assertThat(l.onHand()).as("an older version is ignored").isEqualTo(-2);
            assertThat(l.version()).isEqualTo(7);
            assertThat(l.oversold()).isTrue();
        });
        assertThat(oversold).isTrue();
        assertThat(oversoldSkus)
                .extracting(PlatformStockLevels.Level::skuId).containsExactly(mug);
    }

    @Test
    void aPageOfManyOrdersIsAppliedAsOrderByOrderAndAgainChangesNothing() {
        String cup = shop.sku("Cup", "CUP-1", "4.00", 10);
        com.merchantdesk.platform.Order a = Pulled.online("P-2026-0000101", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 2)));
        com.merchantdesk.platform.Order b = Pulled.online("P-2026-0000102", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 3),
                Pulled.line(cup, "CUP-1", "Cup", 400, 1)));
        com.merchantdesk.platform.Order cancelled = Pulled.order(Pulled.id(), "P-2026-0000103", null, null,
                PlatformChannel.PLATFORM, PlatformOrderStatus.CANCELLED, List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)),
                2, List.of(PlatformOrderStatus.PENDING_PAYMENT, PlatformOrderStatus.CANCELLED));
        com.merchantdesk.platform.Order unknownSku = Pulled.online("P-2026-0000104",
                List.of(Pulled.line(Pulled.id(), "VASE-9", "Vase", 3000, 1)));
        com.merchantdesk.platform.Order aLater = Pulled.next(a, PlatformOrderStatus.PACKED, Pulled.usd(0));
        Refund cupBack = Pulled.refund(b, 400, true, new RefundLine(b.lines().get(1).id(), 1));
        // The refund before its order (it waits, then follows it), and one order twice in the page.
        List<Change> page = List.of(Pulled.change(cupBack), Pulled.change(a), Pulled.change(b), Pulled.change(cancelled),
                Pulled.change(unknownSku), Pulled.change(aLater));
        long queued = outbox();

        applyPage(page);

        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(4);
        assertThat(shop.orders().find(a.id()).orElseThrow().status()).as("its later version in the same page")
                .isEqualTo(OrderStatus.PACKED);
        assertThat(shop.orders().find(cancelled.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(onHand(mug)).as("20 - 2 - 3 - 1, and the cancelled order's unit back").isEqualTo(15);
        assertThat(onHand(cup)).as("sold one, the restocked refund brought it back").isEqualTo(10);
        assertThat(shop.strings("SELECT on_hand_after FROM stock_movement WHERE sku_id = ? AND kind IN ('SOLD', "
                + "'RETURNED') ORDER BY rowid", mug)).as("each movement's level follows the one before")
                .containsExactly("18", "15", "14", "15");
        assertThat(count("SELECT count(*) FROM order_refund")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sync_waiting")).isZero();
        assertThat(shop.strings("SELECT seq FROM order_status_history h JOIN orders o ON o.order_no = h.order_no "
                + "WHERE o.number = ? ORDER BY seq", "P-2026-0000103")).containsExactly("0", "1");
        assertThat(count("SELECT count(*) FROM order_line WHERE unmapped_sku = 'VASE-9' AND platform_line_id IS NOT NULL"))
                .isEqualTo(1);
        assertThat(outbox()).as("applying queues nothing").isEqualTo(queued);
        assertThat(shop.orders().search(OrderQuery.newest(10).withText("CUP-1")).items())
                .extracting(r -> r.number()).containsExactly("P-2026-0000102");
        assertSummariesAsIfCountedAgain();

        long movements = count("SELECT count(*) FROM stock_movement");
        long steps = count("SELECT count(*) FROM order_status_history");
        applyPage(page);

        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM stock_movement")).isEqualTo(movements);
        assertThat(count("SELECT count(*) FROM order_status_history")).isEqualTo(steps);
        assertThat(onHand(mug)).isEqualTo(15);
        assertThat(onHand(cup)).isEqualTo(10);
    }

    @Test
    void aPageOfRefundsWritesTheSalesFiguresOfEachOnceAndTogetherAsCountedAgain() {
        String cup = shop.sku("Cup", "CUP-1", "4.00", 10);
        com.merchantdesk.platform.Order a = Pulled.online("P-2026-0000111", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 3)));
        com.merchantdesk.platform.Order b = Pulled.online("P-2026-0000112", List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1),
                Pulled.line(cup, "CUP-1", "Cup", 400, 2)));
        applyPage(List.of(Pulled.change(a), Pulled.change(b)));
        // Two refunds of one order and one of another, in one run: the second of a's counts after the first.
        Refund aFirst = Pulled.refund(a, 1250, true, new RefundLine(a.lines().get(0).id(), 1));
        Refund aSecond = Pulled.refund(a, 2500, false, new RefundLine(a.lines().get(0).id(), 2));
        Refund bCups = Pulled.refund(b, 800, true, new RefundLine(b.lines().get(1).id(), 2));

        applyPage(List.of(Pulled.change(aFirst), Pulled.change(aSecond), Pulled.change(bCups)));

        assertThat(shop.orders().find(a.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(shop.orders().find(b.id()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(onHand(mug)).as("20 - 3 - 1, one mug restocked").isEqualTo(17);
        assertThat(onHand(cup)).as("10 - 2, both restocked").isEqualTo(10);
        assertSummariesAsIfCountedAgain();
    }

    @Test
    void aPulledLineStoresTheCatalogueColumnsAsTheDesksOwnOrderLineDoes() {
        com.merchantdesk.platform.Order sameWords = Pulled.online("P-2026-0000201",
                List.of(Pulled.line(mug, "MUG-1", "Mug", 1250, 1)));
        com.merchantdesk.platform.Order ownTitle = Pulled.online("P-2026-0000202",
                List.of(Pulled.line(mug, "MUG-1", "Mug (gift box)", 1250, 1)));
        Order desk = shop.orders().create(com.merchantdesk.orders.Shop.draft(mug, 1));

        applyPage(List.of(Pulled.change(sameWords), Pulled.change(ownTitle)));

        String columns = "SELECT coalesce(l.title, '<catalogue>') || '|' || coalesce(l.option_label, '<catalogue>') || '|' "
                + "|| l.sku_no || '|' || coalesce(l.cost_minor, '<none>') FROM order_line l JOIN orders o "
                + "ON o.order_no = l.order_no WHERE o.number = ?";
        assertThat(shop.strings(columns, "P-2026-0000201")).as("the same words as the catalogue are not stored again")
                .isEqualTo(shop.strings(columns, desk.number()));
        assertThat(shop.strings(columns, "P-2026-0000202").get(0)).startsWith("Mug (gift box)|<catalogue>|");
        assertThat(shop.orders().find(sameWords.id()).orElseThrow().lines().get(0).title()).isEqualTo("Mug");
        assertThat(shop.orders().find(ownTitle.id()).orElseThrow().lines().get(0).title()).isEqualTo("Mug (gift box)");
    }

    private void applyPage(List<Change> page) {
        shop.app.database().write(c -> {
            assertThat(changes.applyPage(c, page)).isEmpty();
            return null;
        });
    }
}
