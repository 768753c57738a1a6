package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.orders.AfterSaleRequest;
import com.merchantdesk.orders.AfterSaleService;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.store.BackupService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.testsupport.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's scenarios end to end: desks with the real appliers against the real sandbox over loopback. Each runs
 * twice ({@link ScenarioRun#comparedWithFaultFree}): with its fault, then the same steps without it on a fresh sandbox
 * and desk. Each run ends with every order once on both sides at the same version, stock on both sides the same
 * (each the sum of its movements) and nothing left to send; and the two runs end the same ({@link SyncEndState}).
 */
class SyncScenariosTest {

    @TempDir
    Path withFault;
    @TempDir
    Path faultFree;

    private void scenario(ScenarioRun.Script script) throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, script);
    }

    private static Address seoul() { return new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR"); }

    // The sales on both sides are the scenario; its fault is the network of a desk coming back online: the platform
    // takes the oversold order, then the connection drops before its answer. The retry must not sell the 3 units again
    // (-5), and the answer it gets must still flag the order; the fault-free run gets the answer the first time.
    @Test
    void offlineAndOnlineSalesOfTheSameStockAreBothKeptAndTheOversellIsFlaggedOnBothSides() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "12.50", 5);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            // Offline, the desk sells 3 while the platform sells 4 online.
            Order offline = desk.orders().create(Shop.paid(Shop.draft(mug, 3)));
            var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 4)));
            run.fault(new FaultRule(null, "POST", "/v1/orders*", null, 1, 1, FaultAction.DROP_AFTER_COMMIT, null, null, null, null, null, null));

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.log.stream().filter(l -> l.contains(" POST /v1/orders")).count()).isEqualTo(run.faulty ? 2 : 1);
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(-2);
            assertThat(platform.get("/v1/stock/" + mug).path("oversold").asBoolean()).isTrue();
            assertThat(desk.row(mug).onHand()).isEqualTo(-2);
            assertThat(desk.strings("SELECT oversold FROM orders WHERE number = ?", offline.number()).get(0))
                    .as("the desk's order took platform stock below zero: flagged").isEqualTo("1");
            assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
        });
    }

    @Test
    void offlinePastTheFeedsRetentionTheDeskReadsEverythingAgainAndKeepsWhatItHadToSend() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Order offline = desk.orders().create(Shop.paid(Shop.draft(mug, 2)));
            var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 1)));
            run.fault(new FaultRule(null, "GET", "/v1/changes", null, 1, 1, FaultAction.EXPIRE_CURSORS,
                    null, null, null, null, null, null));

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            if (run.faulty) {
                assertThat(platform.log).anyMatch(l -> l.contains(" GET /v1/changes 410 "));
            }
            assertThat(platform.get("/v1/orders/" + offline.id()).path("number").asText()).isEqualTo(offline.number());
            assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
            assertThat(desk.row(mug).onHand()).isEqualTo(7);
        });
    }

    // The fault-free run leaves out the server's clock jump (the fault rule); the desk's clocks stay as the script
    // sets them, since they are the seller's own and an order's number carries the year of the desk's clock.
    @Test
    void theDesksClockInAnotherCenturyAndAServerClockJumpDoNotStopSync() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            desk.clock.set(Instant.parse("2099-01-01T00:00:00Z"));
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            run.fault(new FaultRule(null, "GET", "/v1/changes", null, 1, 1, FaultAction.SHIFT_CLOCK,
                    null, null, null, -7_200L, null, null));
            run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 2)));
            desk.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
            desk.orders().create(Shop.paid(Shop.draft(mug, 1)));

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(desk.row(mug).onHand()).isEqualTo(6);
        });
    }

    // Inherently fault-free: the edits on both sides are the scenario, so there is no fault to take away. The run
    // compared with it makes the same edits one side after the other, each synced before the other side edits; the
    // concurrent edits must end exactly there: both merged changes kept, the seller's settled price pushed once, the
    // same versions (no extra write from the merge or the conflict), no conflict left open.
    @Test
    void editsOfDifferentFieldsMergeAndTheSameFieldOnBothSidesIsAConflictSettledByTheSeller() throws Exception {
        scenario(run -> {
            boolean concurrent = run.faulty;
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            String productId = desk.strings("SELECT product_id FROM sku WHERE id = ?", mug).get(0);
            // The platform changes the price; the desk the title: they merge.
            platform.server.marketplace().setPrice("alpha", mug, new com.merchantdesk.platform.Money("USD", 1300));
            if (!concurrent) {
                assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            }
            renameProduct(desk, productId, "Mug, large");
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.get("/v1/products/" + productId).path("title").asText()).isEqualTo("Mug, large");
            assertThat(desk.strings("SELECT price_minor FROM sku WHERE id = ?", mug).get(0)).isEqualTo("1300");

            // Both change the price: a conflict, kept until the seller decides; nothing overwritten.
            platform.server.marketplace().setPrice("alpha", mug, new com.merchantdesk.platform.Money("USD", 1400));
            if (concurrent) {
                reprice(desk, mug, "15.00");
                SyncReport report = run.sync();
                assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_SELLER);
                assertThat(report.status().conflicts()).isEqualTo(1);
                assertThat(platform.get("/v1/skus/" + mug).path("price").path("amount_minor").asLong()).isEqualTo(1400);
                assertThat(desk.strings("SELECT price_minor FROM sku WHERE id = ?", mug).get(0)).isEqualTo("1500");

                var conflict = new com.merchantdesk.sync.apply.Conflicts(desk.app.database(), desk.clock).list().get(0);
                new com.merchantdesk.sync.apply.Conflicts(desk.app.database(), desk.clock)
                        .resolve(conflict.id(), com.merchantdesk.sync.apply.Resolution.keepMine());
            } else {
                // The seller sees the platform's price first, then sets the one they want.
                assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
                reprice(desk, mug, "15.00");
            }
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.get("/v1/skus/" + mug).path("price").path("amount_minor").asLong()).isEqualTo(1500);
        });
    }

    // Inherently fault-free: the platform's delisting and the seller's offline edit are the scenario. The run compared
    // with it makes them one after the other (the edit synced before the platform delists): the concurrent ones must
    // end there too, the listing the platform's, the title the seller's, at the same versions.
    @Test
    void thePlatformDelistsAProductTheSellerEditedOfflineTheEditIsKeptAndShownAsNotPublished() throws Exception {
        scenario(run -> {
            boolean concurrent = run.faulty;
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            String productId = desk.strings("SELECT product_id FROM sku WHERE id = ?", mug).get(0);
            if (concurrent) {
                platform.server.marketplace().setListing("alpha", productId, ListingState.DELISTED);
                renameProduct(desk, productId, "Mug, blue glaze");
            } else {
                renameProduct(desk, productId, "Mug, blue glaze");
                assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
                platform.server.marketplace().setListing("alpha", productId, ListingState.DELISTED);
            }

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            assertThat(desk.strings("SELECT title FROM product WHERE id = ?", productId).get(0)).isEqualTo("Mug, blue glaze");
            assertThat(desk.row(mug).delisted()).isTrue();
            JsonNode onPlatform = platform.get("/v1/products/" + productId);
            assertThat(onPlatform.path("listing").asText()).isEqualTo("delisted");
            assertThat(onPlatform.path("title").asText()).isEqualTo("Mug, blue glaze");
        });
    }

    // "In any order": the second run syncs the two desks the other way round, and must end the same.
    @Test
    void twoDesksOfOneAccountSyncInAnyOrderWithNoNumberClash() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            String mug = desk.sku("Mug", "MUG-1", "12.50", 20);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Shop other = run.otherDesk();
            other.clock.set(desk.clock.instant());
            assertThat(run.sync(other).outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(other.row(mug).onHand()).isEqualTo(20);
            // Each takes orders offline and counts stock.
            desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
            desk.orders().create(Shop.paid(Shop.draft(mug, 2)));
            other.orders().create(Shop.paid(Shop.draft(mug, 3)));
            other.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 5, "delivery", "", ""));
            desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.DAMAGED, 1, "broken", "", ""));

            List<Shop> order = run.faulty ? List.of(other, desk, other) : List.of(desk, other, desk);
            for (Shop next : order) {
                assertThat(run.sync(next).outcome()).isEqualTo(SyncOutcome.CONVERGED);
            }

            List<String> numbers = new ArrayList<>(desk.strings("SELECT number FROM orders"));
            assertThat(numbers).hasSize(3).doesNotHaveDuplicates();
            assertThat(other.strings("SELECT number FROM orders")).hasSize(3);
            assertThat(desk.row(mug).onHand()).isEqualTo(20 - 6 + 5 - 1);
        });
    }

    // The fault is the restore of an old backup: the fault-free run goes on with the same desk instead.
    @Test
    void aBackupRestoredAfterNewerChangesWerePushedGivesNoNumberTwiceAndLosesNothing() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Path backup = new BackupService(desk.clock).backup(desk.app.database(), run.deskFolder().resolveSibling("desk-backup.db"));
            Order pushedAfterBackup = desk.orders().create(Shop.paid(Shop.draft(mug, 2)));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            if (run.faulty) {
                run.closeDesk();
                BackupService.RestoreReport restored = new BackupService(new SettableClock(PlatformForTests.START))
                        .restore(new DataDirectory(run.deskFolder()), backup);
                assertThat(restored.deskKnown()).isTrue();
                desk = run.desk();
            }

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Order next = desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            assertThat(desk.strings("SELECT count(*) FROM orders WHERE number = ?", pushedAfterBackup.number()).get(0)).isEqualTo("1");
            assertThat(next.number()).isNotEqualTo(pushedAfterBackup.number());
            assertThat(desk.row(mug).onHand()).isEqualTo(7);
        });
    }

    // The fault is the platform's clock standing still: in the fault-free run it moves a second between orders.
    @Test
    void thousandsOfChangesWithTheSameTimestampAcrossPageBoundariesArriveOnce() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            String mug = desk.sku("Mug", "MUG-1", "1.00", 0);
            desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 5_000, "delivery", "", ""));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            // The platform's clock stands still: every order and its stock change carry the same time.
            for (int i = 0; i < 1_200; i++) {
                run.platform.server.marketplace().placeOnlineOrder("alpha", "Buyer " + i, seoul(), List.of(new Marketplace.Wanted(mug, 1)));
                if (!run.faulty) {
                    run.platform.clock.advance(Duration.ofSeconds(1));
                }
            }

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(desk.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1200");
            assertThat(desk.row(mug).onHand()).isEqualTo(3_800);
        });
    }

    // The fault is the 300 orders placed while the desk pages: in the fault-free run they are placed before it syncs.
    @Test
    void aRecordChangedManyTimesBetweenPullsAndAgainWhileTheDeskPagesEndsAtItsLatestVersion() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "1.00", 0);
            desk.app.stock().adjust(new StockAdjustment(mug, MovementKind.RECEIVED, 2_000, "delivery", "", ""));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            var first = platform.server.marketplace().placeOnlineOrder("alpha", "Lee", seoul(), List.of(new Marketplace.Wanted(mug, 2)));
            platform.server.marketplace().buyerCancels("alpha", first.id());
            for (int i = 0; i < 700; i++) {
                platform.server.marketplace().placeOnlineOrder("alpha", "Buyer " + i, seoul(), List.of(new Marketplace.Wanted(mug, 1)));
            }
            Runnable lateOrders = () -> {
                for (int i = 0; i < 300; i++) {
                    platform.server.marketplace().placeOnlineOrder("alpha", "Late " + i, seoul(), List.of(new Marketplace.Wanted(mug, 1)));
                }
            };
            if (!run.faulty) {
                lateOrders.run();
            }
            // While the desk reads the feed page by page, more orders arrive.
            java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
            SyncListener meanwhile = new SyncListener() {
                @Override
                public void pulled(int records, String phase) {
                    if (phase.equals("feed") && records > 0 && pages.incrementAndGet() == 1 && run.faulty) {
                        lateOrders.run();
                    }
                }
            };
            SyncReport report = run.sync(desk, new com.merchantdesk.sync.client.PlatformClient(platform.endpoint()),
                    new SyncEngine.Options(Duration.ofMinutes(10), true, () -> false, meanwhile));

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(pages.get()).as("the desk read more than one page").isGreaterThan(1);
            assertThat(desk.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1001");
            assertThat(desk.orders().find(first.id()).orElseThrow().status()).as("cancelled, its stock back")
                    .isEqualTo(com.merchantdesk.orders.OrderStatus.CANCELLED);
            assertThat(desk.row(mug).onHand()).isEqualTo(1_000);
        });
    }

    // Scenario 18 for after-sale answers. A buyer asks to return one unit and to be refunded for another; the seller
    // accepts the return (goods received, restocked) and refuses the refund on the desk. The platform takes the
    // refund after the desk gave up waiting (held 3 s against the desk's 1 s patience; the desk's retry is held until
    // the platform has applied the first one, so the retry meets a refund already made), and answers 503 to the
    // refusal once. The fault-free run sends each once with the normal patience. Either way: one refund, one unit
    // back on the shelf once on each side, each request answered once, the same versions on both sides.
    @Test
    void afterSaleAnswersAppliedAfterTheDeskGaveUpWaitingOrRefusedOnceAreAppliedOnce() throws Exception {
        scenario(run -> {
            Shop desk = run.desk();
            PlatformForTests platform = run.platform;
            String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", seoul(), List.of(new Marketplace.Wanted(mug, 2)));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            var parcel = desk.app.shipping().create(new ShipmentDraft(online.id(), "EMS", "", DemoCarriers.EMS.trackingNumberFor(11),
                    List.of(), null, null), "seller");
            SyncReport shipped = run.sync();
            assertThat(shipped.outcome()).as(shipped.message()).isEqualTo(SyncOutcome.CONVERGED);
            platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.DELIVERED, "Doorstep");
            String line = online.lines().get(0).id();
            var returned = platform.server.marketplace().openAfterSale("alpha", online.id(), AfterSaleKind.RETURN_AND_REFUND,
                    "Wrong size", List.of(new RefundLine(line, 1)), new Money("USD", 1250));
            var damaged = platform.server.marketplace().openAfterSale("alpha", online.id(), AfterSaleKind.REFUND_ONLY,
                    "Arrived damaged", List.of(new RefundLine(line, 1)), new Money("USD", 1250));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            AfterSaleService requests = new AfterSaleService(desk.app.database(), desk.clock, desk.app.salesLedger());
            assertThat(requests.waiting(10)).extracting(AfterSaleRequest::id).containsExactlyInAnyOrder(returned.id(), damaged.id());
            requests.accept(returned.id(), "send it back", true, true);
            requests.refuse(damaged.id(), "no damage on the photos");
            assertThat(desk.row(mug).onHand()).as("the returned unit back on the desk's shelf").isEqualTo(9);

            run.fault(new FaultRule(null, "POST", "/v1/refunds", null, 1, 1, FaultAction.DELAY, null, null, 3_000L, null, null, null));
            run.fault(new FaultRule(null, "POST", "/v1/after-sales/" + damaged.id() + "/answer", null, 1, 1, FaultAction.ERROR,
                    503, null, null, null, null, null));
            PlatformClient client = run.faulty ? new PlatformClient(platform.endpoint(), Duration.ofSeconds(1))
                    : new PlatformClient(platform.endpoint());
            if (run.faulty) {
                run.beforeEachWait(() -> {
                    boolean refundHeld = platform.server.faults().states().stream()
                            .anyMatch(state -> state.rule().action() == FaultAction.DELAY && state.fired() > 0);
                    if (refundHeld) {
                        try {
                            platform.awaitRequests("POST", "/v1/refunds", 1);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }

            SyncReport report = run.sync(desk, client, SyncEngine.Options.once(Duration.ofMinutes(10)));

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            if (run.faulty) {
                // At least twice: on a busy machine a retry may itself outlast the desk's 1 s patience.
                assertThat(platform.requests("POST", "/v1/refunds")).as("sent again after the desk gave up").isGreaterThanOrEqualTo(2);
                assertThat(platform.requests("POST", "/v1/after-sales/" + damaged.id() + "/answer")).isGreaterThanOrEqualTo(2);
                List<String> refundPosts = platform.log.stream().filter(l -> l.contains(" POST /v1/refunds ")).toList();
                assertThat(refundPosts.get(0).split(" ")[3]).as("the first one applied").isEqualTo("201");
            }
            assertThat(platform.get("/v1/snapshot?kind=refund&limit=10").path("items")).hasSize(1);
            assertThat(platform.get("/v1/after-sales/" + returned.id()).path("state").asText()).isEqualTo("accepted");
            assertThat(platform.get("/v1/after-sales/" + returned.id()).path("refund_id").isTextual()).isTrue();
            assertThat(platform.get("/v1/after-sales/" + damaged.id()).path("state").asText()).isEqualTo("rejected");
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("2 sold, 1 back once").isEqualTo(9);
            assertThat(desk.row(mug).onHand()).isEqualTo(9);
            assertThat(desk.strings("SELECT count(*) FROM stock_movement WHERE kind = ?", MovementKind.RETURNED.name()).get(0))
                    .as("one restock movement").isEqualTo("1");
            assertThat(desk.strings("SELECT count(*) FROM order_refund").get(0)).isEqualTo("1");
        });
    }

    private static void renameProduct(Shop desk, String productId, String title) {
        com.merchantdesk.catalog.Product p = desk.app.catalog().find(productId).orElseThrow();
        desk.app.catalog().save(new com.merchantdesk.catalog.ProductInput(p.id(), title, p.description(), p.category(),
                p.status().name(), p.optionNames(), p.skus().stream().map(s -> input(s, null)).toList(), p.images(),
                p.createdAt()), Shop.USD);
    }

    private static void reprice(Shop desk, String skuId, String price) {
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
