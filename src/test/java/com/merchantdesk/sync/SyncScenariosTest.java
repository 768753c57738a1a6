package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.store.BackupService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's scenarios end to end: desks with the real appliers against the real sandbox over loopback. Each ends
 * with the same checks: every order once on both sides at the same version, stock on both sides the same (each the
 * sum of its movements), nothing left to send.
 */
class SyncScenariosTest {

    @TempDir
    Path platformFolder;
    @TempDir
    Path deskFolder;
    @TempDir
    Path otherDeskFolder;

    PlatformForTests platform;
    Shop desk;

    @BeforeEach
    void start() {
        platform = new PlatformForTests(platformFolder);
        desk = new Shop(deskFolder);
    }

    @AfterEach
    void stop() {
        desk.close();
        platform.close();
    }

    static SyncReport sync(Shop shop, Path folder, PlatformForTests platform) {
        return SyncSetup.engine(shop.app.database(), folder, new com.merchantdesk.sync.client.PlatformClient(platform.endpoint()),
                com.merchantdesk.sync.apply.PulledChanges.standard(), new com.merchantdesk.sync.push.Acknowledgements(),
                (delay, stop) -> true, shop.clock, "Desk").run(SyncEngine.Options.once(Duration.ofMinutes(10)));
    }

    private SyncReport sync() { return sync(desk, deskFolder, platform); }

    /** The checks every scenario ends with. */
    private void bothSidesAgree(Shop... desks) throws Exception {
        Map<String, Long> platformOrders = new TreeMap<>();
        for (JsonNode o : platform.get("/v1/snapshot?kind=order&limit=5000").path("items")) {
            platformOrders.put(o.path("id").asText(), o.path("version").asLong());
        }
        for (Shop shop : desks) {
            Map<String, Long> deskOrders = new TreeMap<>();
            shop.app.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, platform_version FROM orders")) {
                    while (rs.next()) {
                        deskOrders.put(com.merchantdesk.store.Ids.fromBytes(rs.getBytes(1)), rs.getLong(2));
                    }
                }
                return null;
            });
            assertThat(deskOrders).as("every order once, at the platform's version").isEqualTo(platformOrders);
            for (String sku : shop.strings("SELECT id FROM sku")) {
                long onPlatform = platform.get("/v1/stock/" + sku).path("on_hand").asLong();
                assertThat(shop.row(sku).onHand()).as("stock of " + sku).isEqualTo(onPlatform);
                assertThat(Long.parseLong(shop.strings("SELECT coalesce(sum(delta), 0) FROM stock_movement WHERE sku_id = ?", sku).get(0)))
                        .as("the desk's stock is the sum of its movements").isEqualTo(onPlatform);
            }
            assertThat(shop.strings("SELECT count(*) FROM outbox WHERE state <> 2").get(0)).as("nothing left to send").isEqualTo("0");
        }
    }

    private static Address seoul() { return new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR"); }

    @Test
    void offlineAndOnlineSalesOfTheSameStockAreBothKeptAndTheOversellIsFlaggedOnBothSides() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 5);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        // Offline, the desk sells 3 while the platform sells 4 online.
        Order offline = desk.orders().create(Shop.paid(Shop.draft(mug, 3)));
        var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 4)));

        SyncReport report = sync();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(-2);
        assertThat(platform.get("/v1/stock/" + mug).path("oversold").asBoolean()).isTrue();
        assertThat(desk.row(mug).onHand()).isEqualTo(-2);
        assertThat(desk.strings("SELECT oversold FROM orders WHERE number = ?", offline.number()).get(0))
                .as("the desk's order took platform stock below zero: flagged").isEqualTo("1");
        assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
        bothSidesAgree(desk);
    }

    @Test
    void offlinePastTheFeedsRetentionTheDeskReadsEverythingAgainAndKeepsWhatItHadToSend() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order offline = desk.orders().create(Shop.paid(Shop.draft(mug, 2)));
        var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 1)));
        platform.server.faults().add(new FaultRule(null, "GET", "/v1/changes", null, 1, 1, FaultAction.EXPIRE_CURSORS,
                null, null, null, null, null, null));

        SyncReport report = sync();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.log).anyMatch(l -> l.contains(" GET /v1/changes 410 "));
        assertThat(platform.get("/v1/orders/" + offline.id()).path("number").asText()).isEqualTo(offline.number());
        assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
        assertThat(desk.row(mug).onHand()).isEqualTo(7);
        bothSidesAgree(desk);
    }

    @Test
    void theDesksClockInAnotherCenturyAndAServerClockJumpDoNotStopSync() throws Exception {
        desk.clock.set(Instant.parse("2099-01-01T00:00:00Z"));
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        platform.server.faults().add(new FaultRule(null, "GET", "/v1/changes", null, 1, 1, FaultAction.SHIFT_CLOCK,
                null, null, null, -7_200L, null, null));
        platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 2)));
        desk.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        desk.orders().create(Shop.paid(Shop.draft(mug, 1)));

        SyncReport report = sync();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(desk.row(mug).onHand()).isEqualTo(6);
        bothSidesAgree(desk);
    }

    @Test
    void editsOfDifferentFieldsMergeAndTheSameFieldOnBothSidesIsAConflictSettledByTheSeller() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        String productId = desk.strings("SELECT product_id FROM sku WHERE id = ?", mug).get(0);
        // The platform changes the price; the desk the title: they merge.
        platform.server.marketplace().setPrice("alpha", mug, new com.merchantdesk.platform.Money("USD", 1300));
        renameProduct(productId, "Mug, large");
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/products/" + productId).path("title").asText()).isEqualTo("Mug, large");
        assertThat(desk.strings("SELECT price_minor FROM sku WHERE id = ?", mug).get(0)).isEqualTo("1300");

        // Both change the price: a conflict, kept until the seller decides; nothing overwritten.
        platform.server.marketplace().setPrice("alpha", mug, new com.merchantdesk.platform.Money("USD", 1400));
        reprice(mug, "15.00");
        SyncReport report = sync();
        assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_SELLER);
        assertThat(report.status().conflicts()).isEqualTo(1);
        assertThat(platform.get("/v1/skus/" + mug).path("price").path("amount_minor").asLong()).isEqualTo(1400);
        assertThat(desk.strings("SELECT price_minor FROM sku WHERE id = ?", mug).get(0)).isEqualTo("1500");

        var conflict = new com.merchantdesk.sync.apply.Conflicts(desk.app.database(), desk.clock).list().get(0);
        new com.merchantdesk.sync.apply.Conflicts(desk.app.database(), desk.clock)
                .resolve(conflict.id(), com.merchantdesk.sync.apply.Resolution.keepMine());
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/skus/" + mug).path("price").path("amount_minor").asLong()).isEqualTo(1500);
        bothSidesAgree(desk);
    }

    @Test
    void thePlatformDelistsAProductTheSellerEditedOfflineTheEditIsKeptAndShownAsNotPublished() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        String productId = desk.strings("SELECT product_id FROM sku WHERE id = ?", mug).get(0);
        platform.server.marketplace().setListing("alpha", productId, ListingState.DELISTED);
        renameProduct(productId, "Mug, blue glaze");

        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        assertThat(desk.strings("SELECT title FROM product WHERE id = ?", productId).get(0)).isEqualTo("Mug, blue glaze");
        assertThat(desk.row(mug).delisted()).isTrue();
        JsonNode onPlatform = platform.get("/v1/products/" + productId);
        assertThat(onPlatform.path("listing").asText()).isEqualTo("delisted");
        assertThat(onPlatform.path("title").asText()).isEqualTo("Mug, blue glaze");
    }

    @Test
    void twoDesksOfOneAccountSyncInAnyOrderWithNoNumberClash() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 20);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        try (Shop other = new Shop(otherDeskFolder)) {
            other.clock.set(desk.clock.instant());
            assertThat(sync(other, otherDeskFolder, platform).outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(other.row(mug).onHand()).isEqualTo(20);
            // Each takes orders offline and counts stock.
            List<Order> made = new ArrayList<>();
            made.add(desk.orders().create(Shop.paid(Shop.draft(mug, 1))));
            made.add(desk.orders().create(Shop.paid(Shop.draft(mug, 2))));
            made.add(other.orders().create(Shop.paid(Shop.draft(mug, 3))));
            other.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 5, "delivery", "", ""));
            desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.DAMAGED, 1, "broken", "", ""));

            assertThat(sync(other, otherDeskFolder, platform).outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(sync(other, otherDeskFolder, platform).outcome()).isEqualTo(SyncOutcome.CONVERGED);

            List<String> numbers = new ArrayList<>(desk.strings("SELECT number FROM orders"));
            assertThat(numbers).hasSize(3).doesNotHaveDuplicates();
            assertThat(other.strings("SELECT number FROM orders")).hasSize(3);
            assertThat(desk.row(mug).onHand()).isEqualTo(20 - 6 + 5 - 1);
            bothSidesAgree(desk, other);
        }
    }

    @Test
    void aBackupRestoredAfterNewerChangesWerePushedGivesNoNumberTwiceAndLosesNothing() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Path backup = new BackupService(desk.clock).backup(desk.app.database(), deskFolder.resolveSibling(deskFolder.getFileName() + "-backup.db"));
        Order pushedAfterBackup = desk.orders().create(Shop.paid(Shop.draft(mug, 2)));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        desk.close();
        BackupService.RestoreReport restored = new BackupService(new SettableClock(PlatformForTests.START))
                .restore(new DataDirectory(deskFolder), backup);
        assertThat(restored.deskKnown()).isTrue();
        desk = new Shop(deskFolder);

        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order next = desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", pushedAfterBackup.number()).get(0)).isEqualTo("1");
        assertThat(next.number()).isNotEqualTo(pushedAfterBackup.number());
        assertThat(desk.row(mug).onHand()).isEqualTo(7);
        bothSidesAgree(desk);
    }

    @Test
    void thousandsOfChangesWithTheSameTimestampAcrossPageBoundariesArriveOnce() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "1.00", 0);
        desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 5_000, "delivery", "", ""));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        // The platform's clock stands still: every order and its stock change carry the same time.
        for (int i = 0; i < 1_200; i++) {
            platform.server.marketplace().placeOnlineOrder("alpha", "Buyer " + i, seoul(), List.of(new Marketplace.Wanted(mug, 1)));
        }

        SyncReport report = sync();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(desk.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1200");
        assertThat(desk.row(mug).onHand()).isEqualTo(3_800);
        bothSidesAgree(desk);
    }

    @Test
    void aRecordChangedManyTimesBetweenPullsAndAgainWhileTheDeskPagesEndsAtItsLatestVersion() throws Exception {
        String mug = desk.sku("Mug", "MUG-1", "1.00", 0);
        desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 2_000, "delivery", "", ""));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        var first = platform.server.marketplace().placeOnlineOrder("alpha", "Lee", seoul(), List.of(new Marketplace.Wanted(mug, 2)));
        platform.server.marketplace().buyerCancels("alpha", first.id());
        for (int i = 0; i < 700; i++) {
            platform.server.marketplace().placeOnlineOrder("alpha", "Buyer " + i, seoul(), List.of(new Marketplace.Wanted(mug, 1)));
        }
        // While the desk reads the feed page by page, more orders arrive and the first one changes again.
        java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
        SyncListener meanwhile = new SyncListener() {
            @Override
            public void pulled(int records, String phase) {
                if (phase.equals("feed") && records > 0 && pages.incrementAndGet() == 1) {
                    for (int i = 0; i < 300; i++) {
                        platform.server.marketplace().placeOnlineOrder("alpha", "Late " + i, seoul(),
                                List.of(new Marketplace.Wanted(mug, 1)));
                    }
                }
            }
        };
        SyncReport report = SyncSetup.engine(desk.app.database(), deskFolder,
                new com.merchantdesk.sync.client.PlatformClient(platform.endpoint()), com.merchantdesk.sync.apply.PulledChanges.standard(),
                new com.merchantdesk.sync.push.Acknowledgements(), (d, st) -> true, desk.clock, "Desk")
                .run(new SyncEngine.Options(Duration.ofMinutes(10), true, () -> false, meanwhile));

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(pages.get()).as("the desk read more than one page").isGreaterThan(1);
        assertThat(desk.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1001");
        assertThat(desk.orders().find(first.id()).orElseThrow().status()).as("cancelled, its stock back")
                .isEqualTo(com.merchantdesk.orders.OrderStatus.CANCELLED);
        assertThat(desk.row(mug).onHand()).isEqualTo(1_000);
        bothSidesAgree(desk);
    }

    private void renameProduct(String productId, String title) {
        com.merchantdesk.catalog.Product p = desk.app.catalog().find(productId).orElseThrow();
        desk.app.catalog().save(new com.merchantdesk.catalog.ProductInput(p.id(), title, p.description(), p.category(),
                p.status().name(), p.optionNames(), p.skus().stream().map(s -> input(s, null)).toList(), p.images(),
                p.createdAt()), Shop.USD);
    }

    private void reprice(String skuId, String price) {
        String productId = desk.strings("SELECT product_id FROM sku WHERE id = ?", skuId).get(0);
        com.merchantdesk.catalog.Product p = desk.app.catalog().find(productId).orElseThrow();
        desk.app.catalog().save(new com.merchantdesk.catalog.ProductInput(p.id(), p.title(), p.description(), p.category(),
                p.status().name(), p.optionNames(), p.skus().stream().map(s -> input(s, s.id().equals(skuId) ? price : null)).toList(),
                p.images(), p.createdAt()), Shop.USD);
    }

    private static com.merchantdesk.catalog.ProductInput.SkuInput input(com.merchantdesk.catalog.Sku s, String price) {
        return new com.merchantdesk.catalog.ProductInput.SkuInput(s.id(), s.code(), s.optionValues(),
                s.barcode() == null ? "" : s.barcode().value(), price != null ? price : s.price().toPlainString(),
                s.compareAtPrice() == null ? "" : s.compareAtPrice().toPlainString(),
                s.cost() == null ? "" : s.cost().toPlainString(), s.weightGrams() == null ? "" : s.weightGrams().toString(),
                Integer.toString(s.reorderPoint()));
    }
}
