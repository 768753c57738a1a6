package com.merchantdesk.sync;

import com.merchantdesk.sync.client.CrashPoints;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.testsupport.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk dies in the middle of a sync, at named points (a child process told to die there, as kill -9 would),
 * then starts again and syncs: every order exists once on both sides, and stock on both sides is the sum of all
 * movements (brief, "What does not lose data means").
 */
class SyncCrashTest {

    @TempDir
    Path deskFolder;
    @TempDir
    Path platformFolder;

    PlatformForTests platform;

    @BeforeEach
    void start() { platform = new PlatformForTests(platformFolder); }

    @AfterEach
    void stop() { platform.close(); }

    private void crashAt(String point) {
        try (ChildJvm child = ChildJvm.start(SyncCrashProbe.class, deskFolder.toString(), platform.server.baseUri().toString(),
                PlatformForTests.TOKEN, point)) {
            child.awaitOut("the crash at " + point, line -> line.startsWith("CRASHED AT ") || line.startsWith("NOT CRASHED"));
            assertThat(child.transcript()).contains("CRASHED AT " + point);
            assertThat(child.awaitExit()).isEqualTo(9);
        }
    }

    private static SyncReport syncOnce(Shop shop, Path folder, PlatformForTests platform) {
        return SyncSetup.engine(shop.app.database(), folder, platform.endpoint(), shop.clock, "Test desk")
                .run(SyncEngine.Options.once(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.PUSH_MARKED_SENDING, CrashPoints.PUSH_ANSWERED})
    void killedWhilePushingTheDeskSendsAgainAndTheOrderArrivesOnce(String point) throws Exception {
        String mug;
        Order order;
        try (Shop shop = new Shop(deskFolder)) {
            mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            order = shop.orders().create(Shop.paid(Shop.draft(mug, 3)));
        }

        crashAt(point);

        try (Shop shop = new Shop(deskFolder)) {
            SyncReport report = syncOnce(shop, deskFolder, platform);
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(7);
            assertThat(shop.row(mug).onHand()).isEqualTo(7);
            assertThat(shop.strings("SELECT count(*) FROM orders").get(0)).isEqualTo("1");
            assertThat(shop.strings("SELECT count(*) FROM outbox WHERE state <> 2").get(0)).isEqualTo("0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.PULL_APPLIED, CrashPoints.PULL_COMMITTED})
    void killedWhilePullingThePageIsAppliedOnceAfterTheRestart(String point) throws Exception {
        String mug;
        try (Shop shop = new Shop(deskFolder)) {
            mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(syncOnce(shop, deskFolder, platform).outcome()).isEqualTo(SyncOutcome.CONVERGED);
        }
        Address buyer = new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR");
        var online = platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", buyer,
                List.of(new Marketplace.Wanted(mug, 4)));

        crashAt(point);

        try (Shop shop = new Shop(deskFolder)) {
            SyncReport report = syncOnce(shop, deskFolder, platform);
            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(shop.strings("SELECT count(*) FROM orders WHERE number = ?", online.number()).get(0)).isEqualTo("1");
            assertThat(shop.row(mug).onHand()).as("sold once on the desk too").isEqualTo(6);
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(6);
        }
    }
}
