package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.sync.client.PlatformClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushing against the real sandbox over loopback HTTP: the outbox in order with its keys, faults placed with the
 * sandbox's fault rules (never by a delay), and what each answer does to the rows. The desk is real (the standard
 * appliers keep what is pulled), and each fault scenario runs twice ({@link ScenarioRun#comparedWithFaultFree}):
 * with its fault, then the same steps without it on a fresh sandbox and desk; both runs must end with the two sides
 * agreeing and with the same end state ({@link SyncEndState}).
 */
class SyncPushTest {

    @TempDir
    Path withFault;
    @TempDir
    Path faultFree;

    private void scenario(ScenarioRun.Script script) throws Exception {
        ScenarioRun.comparedWithFaultFree(withFault, faultFree, script);
    }

    private static FaultRule once(String method, String path, FaultAction action, Integer status, Integer retryAfter) {
        return new FaultRule(null, method, path, null, 1, 1, action, status, retryAfter, null, null, null, null);
    }

    // The happy path: no fault to take away, so no second run; its end state is still checked.
    @Test
    void theDesksCatalogueStockAndOrderArriveOnceWithTheirVersionsAndTheDeskGetsItsCode() throws Exception {
        ScenarioRun.endOf(withFault, true, run -> {
            Shop shop = run.desk();
            PlatformForTests platform = run.platform;
            String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 3)));

            SyncReport report = run.sync();

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
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.log.stream().filter(l -> !l.contains(" GET ")).count()).isEqualTo(writes);
        });
    }

    @Test
    void anAnswerLostAfterThePlatformCommittedIsSentAgainWithTheSameKeyAndAppliedOnce() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            PlatformForTests platform = run.platform;
            String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
            run.fault(once("POST", "/v1/orders*", FaultAction.DROP_AFTER_COMMIT, null, null));

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("sold once").isEqualTo(8);
            List<String> orderPosts = platform.log.stream().filter(l -> l.contains(" POST /v1/orders")).toList();
            if (run.faulty) {
                assertThat(run.sleeps).as("it waited before trying again").isNotEmpty();
                assertThat(orderPosts).hasSize(2);
                assertThat(key(orderPosts.get(0))).isEqualTo(key(orderPosts.get(1)));
            } else {
                assertThat(orderPosts).hasSize(1);
            }
        });
    }

    // Scenario 1 for a parcel: the platform stores the desk's parcel, then the connection drops before the answer.
    // The carrier's events come later through the platform; the parcel and its order end delivered on both sides.
    @Test
    void aParcelWhoseAnswerWasLostAfterThePlatformStoredItIsSentAgainAndExistsOnceWithItsEvents() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            PlatformForTests platform = run.platform;
            String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Shipment parcel = shop.app.shipping().create(new ShipmentDraft(order.id(), "HANA", "",
                    DemoCarriers.HANA.trackingNumberFor(7), List.of(), null, null), "seller");
            run.fault(once("POST", "/v1/shipments", FaultAction.DROP_AFTER_COMMIT, null, null));

            SyncReport report = run.sync();

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(platform.requests("POST", "/v1/shipments")).isEqualTo(run.faulty ? 2 : 1);
            if (run.faulty) {
                List<String> posts = platform.log.stream().filter(l -> l.contains(" POST /v1/shipments ")).toList();
                assertThat(key(posts.get(0))).isEqualTo(key(posts.get(1)));
            }
            assertThat(platform.get("/v1/shipments/" + parcel.id()).path("tracking_number").asText())
                    .isEqualTo(parcel.trackingNumber());
            assertThat(platform.get("/v1/orders/" + order.id()).path("status").asText()).isEqualTo("shipped");

            platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.IN_TRANSIT, "Hub");
            platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.DELIVERED, "Doorstep");
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            assertThat(shop.strings("SELECT count(*) FROM shipment").get(0)).isEqualTo("1");
            assertThat(shop.app.shipping().find(parcel.id()).orElseThrow().deliveredAt()).isNotNull();
            assertThat(shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(platform.get("/v1/orders/" + order.id()).path("status").asText()).isEqualTo("delivered");
            assertThat(platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("a parcel moves no stock").isEqualTo(8);
        });
    }

    @Test
    void aRequestLostBeforeThePlatformIsSentAgainAndAppliedOnce() throws Exception {
        scenario(run -> {
            String mug = run.desk().sku("Mug", "MUG-1", "12.50", 10);
            run.fault(once("POST", "/v1/stock/adjustments*", FaultAction.DROP_BEFORE_COMMIT, null, null));

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(10);
            assertThat(run.platform.requests("POST", "/v1/stock/adjustments")).isEqualTo(run.faulty ? 2 : 1);
        });
    }

    @Test
    void aRateLimitIsWaitedOutForAtLeastItsRetryAfterBeforeAnythingElseIsSent() throws Exception {
        scenario(run -> {
            run.desk().sku("Mug", "MUG-1", "12.50", 0);
            run.fault(once("POST", "/v1/products", FaultAction.RATE_LIMIT, null, 7));

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            if (run.faulty) {
                assertThat(run.sleeps).hasSize(1);
                assertThat(run.sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
                // Nothing was sent between the 429 and the end of the wait.
                long at429 = run.platform.log.stream().takeWhile(l -> !l.contains(" 429 ")).count() + 1;
                assertThat(run.requestsAtSleep.get(0)).isEqualTo(at429);
            }
            assertThat(run.platform.requests("POST", "/v1/products")).isEqualTo(run.faulty ? 2 : 1);
        });
    }

    @Test
    void aServerErrorAfterPartOfABatchIsRetriedAndEveryOrderArrivesOnce() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            String mug = shop.sku("Mug", "MUG-1", "1.00", 100);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                orders.add(shop.orders().create(Shop.paid(Shop.draft(mug, 1))));
            }
            run.fault(once("POST", "/v1/orders/batch", FaultAction.ERROR, 503, null));

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            for (Order o : orders) {
                assertThat(run.platform.get("/v1/orders/" + o.id()).path("number").asText()).isEqualTo(o.number());
            }
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(95);
        });
    }

    // The fault is a token the platform refuses; the fault-free run starts with a good one.
    @Test
    void aRefusedTokenStopsTheRunAndTheSameKeysGoThroughWithANewToken() throws Exception {
        scenario(run -> {
            String mug = run.desk().sku("Mug", "MUG-1", "12.50", 4);
            if (run.faulty) {
                run.platform.token.set("not-a-token-of-this-account");
            }

            SyncReport first = run.sync();

            if (run.faulty) {
                assertThat(first.outcome()).isEqualTo(SyncOutcome.TOKEN_REFUSED);
                assertThat(first.outcome().exitCode()).isEqualTo(5);
            } else {
                assertThat(first.outcome()).isEqualTo(SyncOutcome.CONVERGED);
            }
            run.platform.token.set(run.platform.newToken("alpha-second-token-98765"));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(4);
        });
    }

    @Test
    void aTokenRevokedMidSyncPutsTheRowBackAndTheSameKeyGoesThroughLater() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            String mug = shop.sku("Mug", "MUG-1", "12.50", 4);
            run.fault(once("POST", "/v1/stock/adjustments", FaultAction.REVOKE_TOKEN, null, null));

            SyncReport first = run.sync();

            String key = null;
            if (run.faulty) {
                assertThat(first.outcome()).isEqualTo(SyncOutcome.TOKEN_REFUSED);
                List<Outbox.Entry> open = shop.app.database().read(c -> Outbox.pending(c, 10));
                assertThat(open).extracting(Outbox.Entry::state).containsOnly(OutboxState.QUEUED);
                key = open.get(0).idempotencyKey();
            }
            run.platform.token.set(run.platform.newToken("alpha-second-token-98765"));
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(4);
            if (run.faulty) {
                assertThat(run.platform.log.stream().filter(l -> l.contains(" POST /v1/stock/adjustments ")).map(SyncPushTest::key))
                        .containsOnly("key=" + key);
            }
        });
    }

    // No fault rule can make the platform refuse a change for good: the refused change is the script's own. So the
    // expected end state is built independently: the same script without the bad change and the one that waits on
    // it, plus exactly the two rows they must leave open (failed, blocked). Anything else the bad change touched (the
    // independent change not sent, stock moved, another row stuck) shows as a difference.
    @Test
    void aPermanentlyRefusedChangeFailsVisiblyItsDependentsWaitAndIndependentOnesGoThrough() throws Exception {
        ScenarioRun.Script script = run -> {
            boolean withTheBadChange = run.faulty;
            Shop shop = run.desk();
            String mug = shop.sku("Mug", "MUG-1", "12.50", 0);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            if (withTheBadChange) {
                // A change the platform can never accept (a stock adjustment of zero units), and one that waits on it.
                OutboxKey bad = new OutboxKey("stock_adjustment", "0193a000-0000-7000-8000-000000000001");
                shop.app.database().write(c -> {
                    Outbox.append(c, new Outbox.Change(bad, "create", "{\"id\":\"" + bad.entityId() + "\",\"sku_id\":\"" + mug
                            + "\",\"delta\":0,\"reason\":\"adjusted\"}", Instant.now(), List.of()));
                    return Outbox.append(c, new Outbox.Change(new OutboxKey("product", "after-the-bad-one"), "patch",
                            "{\"changes\":{\"title\":\"x\"}}", Instant.now(), List.of(bad)));
                });
            }
            shop.app.stock().adjust(new com.merchantdesk.catalog.StockAdjustment(mug, com.merchantdesk.catalog.MovementKind.RECEIVED,
                    6, "delivery", "", ""));

            SyncReport report = run.sync();

            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("the independent one went").isEqualTo(6);
            if (withTheBadChange) {
                assertThat(report.outcome()).isEqualTo(SyncOutcome.NEEDS_SELLER);
                assertThat(report.outcome().exitCode()).isEqualTo(3);
                assertThat(report.status().failed()).isEqualTo(1);
                assertThat(report.status().blocked()).isEqualTo(1);
                Outbox.Entry failed = shop.app.database().read(c -> Outbox.inState(c, OutboxState.FAILED, 10)).get(0);
                assertThat(failed.lastError()).contains("422");
                assertThat(failed.retryDelay()).as("permanent: no retry delay").isNull();
            } else {
                assertThat(report.outcome()).isEqualTo(SyncOutcome.CONVERGED);
            }
        };
        SyncEndState withTheBadChange = ScenarioRun.endOf(withFault, true, script);
        SyncEndState withoutIt = ScenarioRun.endOf(faultFree, false, script);

        withTheBadChange.assertSameAs(withoutIt.plus("desk 1", "outbox stock_adjustment create FAILED", "1")
                .plus("desk 1", "outbox product patch BLOCKED", "1"));
    }

    @Test
    void aRequestDeliveredTwiceAtOnceIsAppliedOnce() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
            run.fault(once("POST", "/v1/orders*", FaultAction.APPLY_TWICE, null, null));

            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);

            assertThat(run.platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).isEqualTo(9);
        });
    }

    // The fault is the platform's slowness on the order and the desk's short patience together: the fault-free run
    // has neither.
    @Test
    void aRequestThePlatformAppliesAfterTheDeskGaveUpWaitingIsNeverAppliedTwice() throws Exception {
        scenario(run -> {
            Shop shop = run.desk();
            String mug = shop.sku("Mug", "MUG-1", "12.50", 10);
            assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
            Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
            // The platform takes 3 s over the order; the desk waits 1 s for an answer, then sends it again.
            run.fault(new FaultRule(null, "POST", "/v1/orders*", null, 1, 1, FaultAction.DELAY, null, null, 3_000L, null, null, null));
            PlatformClient client = run.faulty ? new PlatformClient(run.platform.endpoint(), Duration.ofSeconds(1))
                    : new PlatformClient(run.platform.endpoint());

            SyncReport report = run.sync(shop, client, SyncEngine.Options.once(Duration.ofMinutes(10)));

            assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
            assertThat(run.platform.get("/v1/orders/" + order.id()).path("number").asText()).isEqualTo(order.number());
            assertThat(run.platform.get("/v1/stock/" + mug).path("on_hand").asLong()).as("sold once").isEqualTo(8);
        });
    }

    // Only about the runner lock: nothing is sent, so there is no end state to compare with a fault-free run.
    @Test
    void onlyOneRunnerPerDataFolder() throws Exception {
        try (ScenarioRun run = new ScenarioRun(withFault, true);
             SyncLock held = SyncLock.tryAcquire(run.deskFolder()).orElseThrow()) {
            SyncReport report = run.sync();
            assertThat(report.outcome()).isEqualTo(SyncOutcome.ANOTHER_RUNNING);
            assertThat(report.outcome().exitCode()).isEqualTo(6);
            assertThat(run.platform.log).as("it sent nothing").isEmpty();
        }
    }

    private static String key(String logLine) {
        return Arrays.stream(logLine.split(" ")).filter(p -> p.startsWith("key=")).findFirst().orElseThrow();
    }
}
