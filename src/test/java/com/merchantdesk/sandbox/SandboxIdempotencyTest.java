package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.sandbox.Maintenance.Pruned;
import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idempotent writes: a replay answers the stored bytes and applies nothing again; a key reused for another body is
 * 422; the same key from two threads at once creates once; a create retried after its key expired still applies
 * once (by the record's id).
 */
class SandboxIdempotencyTest {

    private static final int RACES = 25;

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Shop shop;

    @BeforeEach
    void start() {
        // The races send many requests quickly: a rate limit is not what these tests are about.
        sandbox = new SandboxFixture(folder, options -> options.withRate(1_000_000, 1_000_000));
        alpha = sandbox.alpha;
        shop = new Shop(alpha);
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void aReplayAnswersTheStoredBytesAndAppliesOnce() {
        String skuId = shop.sku(10);
        String key = Bodies.id();
        Map<String, Object> order = shop.order(Bodies.id(), Bodies.line(skuId, 2));

        Reply first = expect(201, alpha.post("/v1/orders", key, order));
        Reply replay = alpha.post("/v1/orders", key, order);

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).as("byte for byte").isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(shop.onHand(skuId)).as("the order took its units once").isEqualTo(8);

        String adjustmentKey = Bodies.id();
        Map<String, Object> adjustment = Bodies.adjustment(Bodies.id(), skuId, 5);
        Reply moved = expect(201, alpha.post("/v1/stock/adjustments", adjustmentKey, adjustment));
        Reply movedAgain = alpha.post("/v1/stock/adjustments", adjustmentKey, adjustment);
        assertThat(movedAgain.body()).isEqualTo(moved.body());
        assertThat(movedAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(shop.onHand(skuId)).isEqualTo(13);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        String skuId = shop.sku(10);
        String key = Bodies.id();
        expect(201, alpha.post("/v1/orders", key, shop.order(Bodies.id(), Bodies.line(skuId, 2))));
        String before = Shop.everything(alpha);
        String otherId = Bodies.id();

        Reply reused = expect(422, alpha.post("/v1/orders", key, shop.order(otherId, Bodies.line(skuId, 3))));
        Reply otherPath = expect(422, alpha.post("/v1/stock/adjustments", key, Bodies.adjustment(Bodies.id(), skuId, 1)));

        assertThat(reused.problem()).isEqualTo("idempotency-key-reused");
        assertThat(otherPath.problem()).as("the same key on another route").isEqualTo("idempotency-key-reused");
        expect(404, alpha.get("/v1/orders/" + otherId));
        assertThat(shop.onHand(skuId)).isEqualTo(8);
        assertThat(Shop.everything(alpha)).isEqualTo(before);
    }

    @Test
    void theSameKeyFromTwoThreadsAtOnceCreatesOneOrder() throws Exception {
        String skuId = shop.sku(1000);
        int inProgress = 0;
        int replayed = 0;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int race = 0; race < RACES; race++) {
                String orderId = Bodies.id();
                String key = Bodies.id();
                Map<String, Object> order = shop.order(orderId, Bodies.line(skuId, 1));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Reply>> sent = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    sent.add(threads.submit(() -> {
                        go.await();
                        return alpha.post("/v1/orders", key, order);
                    }));
                }
                go.countDown();
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> f : sent) {
                    replies.add(f.get(TestTimeouts.SAFETY.toMillis(), TimeUnit.MILLISECONDS));
                }

                List<Reply> creates = replies.stream().filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).toList();
                assertThat(creates).as("race %d: %s", race, replies).hasSize(1);
                Reply other = replies.get(replies.get(0) == creates.get(0) ? 1 : 0);
                if (other.status() == 409) {
                    assertThat(other.problem()).isEqualTo("request-in-progress");
                    inProgress++;
                } else {
                    assertThat(other.header("Idempotent-Replayed")).as("race %d: %s", race, other).isEqualTo("true");
                    assertThat(other.body()).isEqualTo(creates.get(0).body());
                    replayed++;
                }
                expect(200, alpha.get("/v1/orders/" + orderId));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(inProgress + replayed).isEqualTo(RACES);
        assertThat(shop.onHand(skuId)).as("one unit per race, never two").isEqualTo(1000 - RACES);
        assertThat(Shop.readAll(alpha, null, 1000).changes()).filteredOn(c -> c.path("kind").asText().equals("order")).hasSize(RACES);
        System.out.printf("Same key from two threads: %d answered 409 request-in-progress, %d replayed%n", inProgress, replayed);
    }

    @Test
    void aCreateRetriedAfterItsKeyExpiredStillAppliesOnce() {
        String skuId = shop.sku(10);
        String orderId = Bodies.id();
        String adjustmentId = Bodies.id();
        Map<String, Object> order = shop.order(orderId, Bodies.line(skuId, 2));
        Reply created = expect(201, alpha.post("/v1/orders", order));
        Reply adjusted = expect(201, alpha.post("/v1/stock/adjustments", Bodies.adjustment(adjustmentId, skuId, 4)));
        assertThat(shop.onHand(skuId)).isEqualTo(12);

        sandbox.clock.advance(Duration.ofDays(31));
        Pruned pruned = sandbox.server.maintenance().runNow();
        assertThat(pruned.keys()).as("the keys older than the retention").isGreaterThanOrEqualTo(2);

        Reply orderAgain = expect(200, alpha.post("/v1/orders", order));
        Reply adjustedAgain = expect(200, alpha.post("/v1/stock/adjustments", Bodies.adjustment(adjustmentId, skuId, 4)));

        assertThat(orderAgain.header("Idempotent-Replayed")).as("a new key: no replay, the record by its id").isNull();
        assertThat(orderAgain.json()).isEqualTo(created.json());
        assertThat(adjustedAgain.json()).isEqualTo(adjusted.json());
        assertThat(shop.onHand(skuId)).as("stock moved once by each").isEqualTo(12);
    }
}
