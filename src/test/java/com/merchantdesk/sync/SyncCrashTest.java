package com.merchantdesk.sync;

import com.merchantdesk.store.CrashPoints;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.sync.pull.Puller;
import com.merchantdesk.testsupport.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk dies in the middle of a sync, at named points (a child process told to die there, as kill -9 would),
 * then starts again and syncs: every order exists once on both sides, and stock on both sides is the sum of all
 * movements (brief, "What does not lose data means"). Each scenario runs twice ({@link ScenarioRun#comparedWithFaultFree}):
 * the fault-free run names no crash point, so its child syncs to the end, and both runs must end the same.
 */
class SyncCrashTest {

    /** Names no crash point: the child syncs to the end. */
    private static final String NO_CRASH = "none";

    @TempDir
    Path withFault;
    @TempDir
    Path faultFree;

    /** The child desk syncs the run's desk folder, dying at {@code point} in the run with the fault. */
    private static void childSyncs(ScenarioRun run, String point, String... before) {
        run.closeDesk();
        String named = run.faulty ? point : NO_CRASH;
        List<String> args = new java.util.ArrayList<>(List.of(run.deskFolder().toString(),
                run.platform.server.baseUri().toString(), PlatformForTests.TOKEN, named));
        args.addAll(List.of(before));
        try (ChildJvm child = ChildJvm.start(SyncCrashProbe.class, args.toArray(String[]::new))) {
            child.awaitOut("the crash at " + named, line -> line.startsWith("CRASHED AT ") || line.startsWith("NOT CRASHED"));
            if (run.faulty) {
                assertThat(child.transcript()).contains("CRASHED AT " + point);
                assertThat(child.awaitExit()).isEqualTo(9);
            } else {
                assertThat(child.transcript()).contains("NOT CRASHED " + SyncOutcome.CONVERGED);
                assertThat(child.awaitExit()).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.PUSH_MARKED_SENDING, CrashPoints.PUSH_ANSWERED})
    void killedWhilePushingTheDeskSendsAgainAndTheOrderArrivesOnce(String point) throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, run -> {
            Shop before = run.desk();
            String mug = before.sku("Mug", "MUG-1", "12.50", 10);
            Order order = before.orders().create(Shop.paid(Shop.draft(mug, 3)));

            childSyncs(run, point);

            Shop shop = run.desk();
            SyncReport report = run.sync();
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(7);
            assertThat(shop.row(mug).onHand()).isEqualTo(7);
            assertThat(shop.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1");
            assertThat(shop.strings("SELECT count(*) FROM outbox WHERE state <> 2").get(0)).isEqualTo("0");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.PULL_APPLIED, CrashPoints.PULL_COMMITTED})
    void killedWhilePullingThePageIsAppliedOnceAfterTheRestart(String point) throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, run -> {
            String mug = run.desk().sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Address buyer = new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR");
            var online = run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", buyer,
                    List.of(new Marketplace.Wanted(mug, 4)));

            childSyncs(run, point);

            Shop shop = run.desk();
            SyncReport report = run.sync();
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(shop.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
            assertThat(shop.row(mug).onHand()).as("sold once on the desk too").isEqualTo(6);
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(6);
        });
    }

    // Scenario 4 for a parcel made elsewhere: another desk of the account ships an online order, then 520 more online
    // orders come and the carrier reports two steps, so the feed has two pages: the order on the first, the parcel with
    // its events (its newest change) on the second. The desk dies at the first page, before or after its cursor.
    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.PULL_APPLIED, CrashPoints.PULL_COMMITTED})
    void killedWhilePullingAParcelMadeElsewhereItArrivesOnceWithItsTrackingEvents(String point) throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, run -> {
            Shop desk = run.desk();
            String mug = desk.sku("Mug", "MUG-1", "1.00", 1_000);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Shop other = run.otherDesk();
            other.clock.set(desk.clock.instant());
            Address buyer = new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR");
            var online = run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", buyer,
                    List.of(new Marketplace.Wanted(mug, 2)));
            assertThat(run.sync(other).outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Shipment parcel = other.app.shipping().create(new ShipmentDraft(online.id(), "EMS", "",
                    DemoCarriers.EMS.trackingNumberFor(5), List.of(), null, null), "seller");
            SyncReport shipped = run.sync(other);
            assertThat(shipped.outcome()).as(shipped.message()).isEqualTo(SyncOutcome.CONVERGED);
            for (int i = 0; i < Puller.FEED_PAGE + 20; i++) {
                run.platform.server.marketplace().placeOnlineOrder("alpha", "Buyer " + i, buyer, List.of(new Marketplace.Wanted(mug, 1)));
            }
            run.platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.PICKED_UP, "Seoul hub");
            run.platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.IN_TRANSIT, "Incheon");
            long feedReads = run.platform.requests("GET", "/v1/changes");

            childSyncs(run, point);

            Shop shop = run.desk();
            SyncReport report = run.sync();
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.requests("GET", "/v1/changes") - feedReads).as("the feed was read in more than one page")
                    .isGreaterThanOrEqualTo(2);
            assertThat(shop.strings("SELECT count(*) FROM shipment").get(0)).isEqualTo("1");
            assertThat(shop.app.shipping().events(parcel.id())).extracting(com.merchantdesk.shipping.TrackingEvent::status)
                    .containsExactly(com.merchantdesk.shipping.TrackingStatus.SHIPPED, com.merchantdesk.shipping.TrackingStatus.IN_TRANSIT);
            assertThat(shop.orders().find(online.id()).orElseThrow().status()).isEqualTo(com.merchantdesk.orders.OrderStatus.SHIPPED);
            assertThat(shop.strings("SELECT count(*) FROM orders").get(0)).isEqualTo(Integer.toString(Puller.FEED_PAGE + 21));
            assertThat(shop.row(mug).onHand()).as("every sale once").isEqualTo(1_000 - 2 - Puller.FEED_PAGE - 20);
            assertThat(shop.strings("SELECT count(*) FROM sync_waiting").get(0)).isEqualTo("0");
            assertThat(run.sync(other).outcome()).isEqualTo(SyncOutcome.CONVERGED);
        });
    }

    @Test
    void killedAfterTheSellerTookAnOrderButBeforeItCommittedNothingOfItIsAnywhere() throws Exception {
        // No fault-free counterpart: without the crash the order exists; this run checks that none of it does.
        ScenarioRun.endOf(withFault, true, run -> {
            String mug = run.desk().sku("Mug", "MUG-1", "12.50", 10);

            childSyncs(run, CrashPoints.ORDER_WRITTEN, "take-order", mug);

            Shop shop = run.desk();
            assertThat(shop.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("0");
            assertThat(shop.strings("SELECT count(*) FROM order_line").get(0)).isEqualTo("0");
            assertThat(shop.strings("SELECT count(*) FROM outbox WHERE entity_type = 'order'").get(0)).isEqualTo("0");
            assertThat(shop.row(mug).onHand()).as("no sale was recorded").isEqualTo(10);
            SyncReport report = run.sync();
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(10);
        });
    }

    @Test
    void killedRightAfterTheOrderCommittedItIsSentOnceAfterTheRestart() throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, run -> {
            String mug = run.desk().sku("Mug", "MUG-1", "12.50", 10);

            childSyncs(run, CrashPoints.ORDER_COMMITTED, "take-order", mug);

            Shop shop = run.desk();
            assertThat(shop.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1");
            SyncReport report = run.sync();
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            String number = shop.strings("SELECT number FROM orders").get(0);
            String hex = shop.strings("SELECT lower(hex(id)) FROM orders").get(0);
            String id = hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
            assertThat(run.platform.get("/v1/orders/" + id).path("number").asText()).isEqualTo(number);
            assertThat(shop.row(mug).onHand()).isEqualTo(7);
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(7);
            assertThat(shop.strings("SELECT count(*) FROM outbox WHERE state <> 2").get(0)).isEqualTo("0");
        });
    }
}
