package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.apply.RecordApplier;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.push.Acknowledgements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushing against the real sandbox over loopback HTTP: the outbox in order with its keys, faults placed with the
 * sandbox's fault rules (never by a delay), and what each answer does to the rows. The pulled records are taken by
 * appliers that keep nothing here (what the desk makes of them is tested with the appliers).
 */
class SyncPushTest {

    @TempDir
    Path deskFolder;
    @TempDir
    Path platformFolder;

    PlatformForTests platform;
    Shop shop;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<Long> requestsAtSleep = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        platform = new PlatformForTests(platformFolder);
        shop = new Shop(deskFolder);
    }

    @AfterEach
    void stop() {
        shop.close();
        platform.close();
    }

    private static PulledChanges keepNothing() {
        List<RecordApplier> keepNothing = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            keepNothing.add(new RecordApplier() {
                @Override
                public ChangeKind kind() { return kind; }

                @Override
                public void apply(Connection c, Change change) { }
            });
        }
        return new PulledChanges(keepNothing);
    }

    private SyncEngine engine() {
        List<RecordApplier> keepNothing = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            keepNothing.add(new RecordApplier() {
                @Override
                public ChangeKind kind() { return kind; }

                @Override
                public void apply(Connection c, Change change) { }
            });
        }
        Sleeper recording = (delay, stop) -> {
            sleeps.add(delay);
            requestsAtSleep.add((long) platform.log.size());
            return true;
        };
        return SyncSetup.engine(shop.app.database(), deskFolder, new PlatformClient(platform.endpoint()),
                new PulledChanges(keepNothing), new Acknowledgements(), recording, shop.clock, "Test desk");
    }

    private SyncReport syncOnce() {
        return engine().run(SyncEngine.Options.once(Duration.ofMinutes(10)));
    }

    @Test
    void theDesksCatalogueStockAndOrderArriveOnceWithTheirVersionsAndTheDeskGetsItsCode() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
        Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 3)));

        SyncReport report = syncOnce();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(report.status().drained()).isTrue();
        assertThat(report.status().deskCode()).as("registered").isNotBlank();
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("10 received, 3 sold: deltas").isEqualTo(7);
        JsonNode pushed = platform.get("/v1/orders/" + order.id());
        assertThat(pushed.path("number").asText()).isEqualTo(order.number());
        assertThat(shop.strings("SELECT platform_version FROM orders WHERE number = ?", order.number()).get(0))
                .isEqualTo(pushed.path("version").asText());
        assertThat(shop.strings("SELECT platform_version FROM sku WHERE id = ?", mug).get(0)).isNotNull();
        assertThat(shop.strings("SELECT count(*) FROM outbox WHERE state <> 2").get(0)).isEqualTo("0");

        // A second run has nothing to send and makes no write request.
        long writes = platform.log.stream().filter(l -> !l.contains(" GET ")).count();
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.log.stream().filter(l -> !l.contains(" GET ")).count()).isEqualTo(writes);
    }

    @Test
    void anAnswerLostAfterThePlatformCommittedIsSentAgainWithTheSameKeyAndAppliedOnce() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
        platform.fault("POST", "/v1/orders*", FaultAction.DROP_AFTER_COMMIT, null, null);

        SyncReport report = syncOnce();

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(sleeps).as("it waited before trying again").isNotEmpty();
        assertThat(platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("sold once").isEqualTo(8);
        List<String> orderPosts = platform.log.stream().filter(l -> l.contains(" POST /v1/orders")).toList();
        assertThat(orderPosts).hasSize(2);
        assertThat(key(orderPosts.get(0))).isEqualTo(key(orderPosts.get(1)));
    }

    @Test
    void aRequestLostBeforeThePlatformIsSentAgainAndAppliedOnce() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
        platform.fault("POST", "/v1/stock/adjustments*", FaultAction.DROP_BEFORE_COMMIT, null, null);

        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(10);
    }

    @Test
    void aRateLimitIsWaitedOutForAtLeastItsRetryAfterBeforeAnythingElseIsSent() throws Exception {
        shop.sku("Mug", "MUG-1", "12.50", 0);
        platform.fault("POST", "/v1/products", FaultAction.RATE_LIMIT, null, 7);

        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        // Nothing was sent between the 429 and the end of the wait.
        long at429 = platform.log.stream().takeWhile(l -> !l.contains(" 429 ")).count() + 1;
        assertThat(requestsAtSleep.get(0)).isEqualTo(at429);
        assertThat(platform.requests("POST", "/v1/products")).isEqualTo(2);
    }

    @Test
    void aServerErrorAfterPartOfABatchIsRetriedAndEveryOrderArrivesOnce() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "1.00", 100);
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(shop.orders().create(Shop.paid(Shop.draft(mug, 1))));
        }
        platform.fault("POST", "/v1/orders/batch", FaultAction.ERROR, 503, null);

        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        for (Order o : orders) {
            assertThat(platform.get("/v1/orders/" + o.id()).path("number").asText()).isEqualTo(o.number());
        }
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(95);
    }

    @Test
    void aRefusedTokenStopsTheRunAndTheSameKeysGoThroughWithANewToken() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 4);
        platform.token.set("not-a-token-of-this-account");

        SyncReport refused = syncOnce();

        assertThat(refused.outcome()).isEqualTo(SyncOutcome.TOKEN_REFUSED);
        assertThat(refused.outcome().exitCode()).isEqualTo(5);
        platform.token.set(platform.newToken("alpha-second-token-98765"));
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(4);
    }

    @Test
    void aTokenRevokedMidSyncPutsTheRowBackAndTheSameKeyGoesThroughLater() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 4);
        platform.fault("POST", "/v1/stock/adjustments", FaultAction.REVOKE_TOKEN, null, null);

        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.TOKEN_REFUSED);
        List<Outbox.Entry> open = shop.app.database().read(c -> Outbox.pending(c, 10));
        assertThat(open).extracting(Outbox.Entry::state).containsOnly(OutboxState.QUEUED);
        String key = open.get(0).idempotencyKey();

        platform.token.set(platform.newToken("alpha-second-token-98765"));
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(4);
        assertThat(platform.log.stream().filter(l -> l.contains(" POST /v1/stock/adjustments ")).map(SyncPushTest::key))
                .containsOnly("key=" + key);
    }

    @Test
    void aPermanentlyRefusedChangeFailsVisiblyItsDependentsWaitAndIndependentOnesGoThrough() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 0);
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        // A change the platform can never accept (a stock adjustment of zero units), and one that waits on it.
        OutboxKey bad = new OutboxKey("stock_adjustment", "0193a000-0000-7000-8000-000000000001");
        shop.app.database().write(c -> {
            Outbox.append(c, new Outbox.Change(bad, "create", "{\"id\":\"" + bad.entityId() + "\",\"sku_id\":\"" + mug
                    + "\",\"delta\":0,\"reason\":\"adjusted\"}", Instant.now(), List.of()));
            return Outbox.append(c, new Outbox.Change(new OutboxKey("product", "after-the-bad-one"), "patch",
                    "{\"changes\":{\"title\":\"x\"}}", Instant.now(), List.of(bad)));
        });
        shop.app.stock().adjust(new com.merchantdesk.catalog.StockAdjustment(mug, com.merchantdesk.catalog.MovementKind.RECEIVED,
                6, "delivery", "", ""));

        SyncReport report = syncOnce();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_SELLER);
        assertThat(report.outcome().exitCode()).isEqualTo(3);
        assertThat(report.status().failed()).isEqualTo(1);
        assertThat(report.status().blocked()).isEqualTo(1);
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("the independent one went").isEqualTo(6);
        Outbox.Entry failed = shop.app.database().read(c -> Outbox.inState(c, OutboxState.FAILED, 10)).get(0);
        assertThat(failed.lastError()).contains("422");
        assertThat(failed.retryDelay()).as("permanent: no retry delay").isNull();
    }

    @Test
    void aRequestDeliveredTwiceAtOnceIsAppliedOnce() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
        platform.fault("POST", "/v1/orders*", FaultAction.APPLY_TWICE, null, null);

        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);

        assertThat(platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(9);
    }

    @Test
    void aRequestThePlatformAppliesAfterTheDeskGaveUpWaitingIsNeverAppliedTwice() throws Exception {
        String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(syncOnce().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
        // The platform takes 3 s over the order; the desk waits 1 s for an answer, then sends it again.
        server().faults().add(new com.merchantdesk.sandbox.faults.FaultRule(null, "POST", "/v1/orders*", null, 1, 1,
                FaultAction.DELAY, null, null, 3_000L, null, null, null));
        SyncEngine impatient = SyncSetup.engine(shop.app.database(), deskFolder,
                new PlatformClient(platform.endpoint(), Duration.ofSeconds(1)), keepNothing(), new Acknowledgements(),
                (delay, stop) -> true, shop.clock, "Test desk");

        SyncReport report = impatient.run(SyncEngine.Options.once(Duration.ofMinutes(10)));

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
        assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("sold once").isEqualTo(8);
    }

    private com.merchantdesk.sandbox.SandboxServer server() { return platform.server; }

    @Test
    void onlyOneRunnerPerDataFolder() {
        try (SyncLock held = SyncLock.tryAcquire(deskFolder).orElseThrow()) {
            SyncReport report = syncOnce();
            assertThat(report.outcome()).isEqualTo(SyncOutcome.ANOTHER_RUNNING);
            assertThat(report.outcome().exitCode()).isEqualTo(6);
            assertThat(platform.log).as("it sent nothing").isEmpty();
        }
    }

    private static String key(String logLine) {
        return Arrays.stream(logLine.split(" ")).filter(p -> p.startsWith("key=")).findFirst().orElseThrow();
    }
}
