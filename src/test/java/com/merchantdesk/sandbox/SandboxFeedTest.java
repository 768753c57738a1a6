package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Sku;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change feed and snapshots: commit order under concurrent writers, a large transaction paged in small pages,
 * snapshot + feed resume giving the current state, the order snapshot's filters, and cursors that expire (410)
 * or are not this seller's (422).
 */
class SandboxFeedTest {

    private static final int WRITES_PER_WRITER = 60;
    private static final List<String> KINDS = List.of("product", "sku", "stock", "stock_adjustment", "order", "desk");

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Shop shop;

    @BeforeEach
    void start() {
        // These tests page with small limits: many requests, and the rate limit is not what they are about.
        sandbox = new SandboxFixture(folder, options -> options.withRate(1_000_000, 1_000_000));
        alpha = sandbox.alpha;
        shop = new Shop(alpha);
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void aReaderPagingWhileTwoWritersWriteSeesEveryChangeOnceInOrder() throws Exception {
        String skuId = shop.sku(0);
        String start = Shop.feedEnd(alpha);
        Set<String> adjustments = ConcurrentHashMap.newKeySet();
        Set<String> products = ConcurrentHashMap.newKeySet();
        AtomicBoolean writersDone = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> adjuster = threads.submit(() -> {
                go.await();
                for (int i = 0; i < WRITES_PER_WRITER; i++) {
                    String id = Bodies.id();
                    expect(201, alpha.post("/v1/stock/adjustments", Bodies.adjustment(id, skuId, 1)));
                    adjustments.add(id);
                }
                return null;
            });
            Future<?> cataloguer = threads.submit(() -> {
                go.await();
                for (int i = 0; i < WRITES_PER_WRITER; i++) {
                    String id = Bodies.id();
                    expect(201, alpha.post("/v1/products", Bodies.product(id)));
                    products.add(id);
                }
                return null;
            });
            Future<List<JsonNode>> reader = threads.submit(() -> {
                go.await();
                List<JsonNode> seen = new ArrayList<>();
                String cursor = start;
                long seq = Shop.seqOf(cursor);
                while (true) {
                    boolean finalRead = writersDone.get();
                    Shop.Page page = Shop.page(alpha, cursor, 3);
                    long next = Shop.seqOf(page.nextCursor());
                    if (page.changes().isEmpty()) {
                        assertThat(next).as("an empty page keeps the cursor").isEqualTo(seq);
                    } else {
                        assertThat(next).as("cursors move forward").isGreaterThan(seq);
                    }
                    assertThat(page.changes()).hasSizeLessThanOrEqualTo(3);
                    seen.addAll(page.changes());
                    cursor = page.nextCursor();
                    seq = next;
                    if (finalRead && !page.hasMore()) {
                        return seen;
                    }
                }
            });
            go.countDown();
            adjuster.get(TestTimeouts.SAFETY.toMillis(), TimeUnit.MILLISECONDS);
            cataloguer.get(TestTimeouts.SAFETY.toMillis(), TimeUnit.MILLISECONDS);
            writersDone.set(true);
            List<JsonNode> seen = reader.get(TestTimeouts.SAFETY.toMillis(), TimeUnit.MILLISECONDS);

            assertThat(ids(seen, "stock_adjustment")).as("every adjustment once").hasSize(WRITES_PER_WRITER)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(adjustments);
            assertThat(ids(seen, "product")).as("every product once").hasSize(WRITES_PER_WRITER)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(products);
            List<JsonNode> stock = seen.stream().filter(c -> c.path("kind").asText().equals("stock")).toList();
            assertThat(stock).isNotEmpty();
            assertThat(stock.get(stock.size() - 1).path("data").path("on_hand").asLong())
                    .as("the last stock change seen is the stock as it is").isEqualTo(WRITES_PER_WRITER);
            assertThat(Shop.readAll(alpha, start, 1000).changes()).as("nothing left to read")
                    .hasSize(2 * WRITES_PER_WRITER + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aThousandChangesOfOneTransactionPageCorrectlySevenAtATime() {
        int count = 500;
        Seller seller = Shop.seller(sandbox, "alpha");
        String productId = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(productId)));
        List<String> skuIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            skuIds.add(Bodies.id());
        }
        // 500 SKUs straight into the store (one transaction): the batch below is what is under test.
        sandbox.db().write(c -> {
            for (int i = 0; i < count; i++) {
                Skus.put(c, seller, new Sku(skuIds.get(i), productId, "BULK-" + i, List.of("M"), null, new Money("KRW", 1000),
                        null, null, null, null, 1, SandboxFixture.START, SandboxFixture.START), Map.of(), SandboxFixture.START);
            }
            return null;
        });
        String start = Shop.feedEnd(alpha);
        List<Object> items = new ArrayList<>();
        Map<String, Long> deltas = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = Bodies.id();
            deltas.put(skuIds.get(i), (long) i + 1);
            items.add(Bodies.adjustment(id, skuIds.get(i), i + 1));
        }

        Reply batch = expect(200, alpha.post("/v1/stock/adjustments/batch", map("items", items)));
        assertThat(batch.json().path("results")).allSatisfy(r -> assertThat(r.path("status").asInt()).isEqualTo(201));

        List<JsonNode> changes = new ArrayList<>();
        String cursor = start;
        int pages = 0;
        Shop.Page page;
        do {
            page = Shop.page(alpha, cursor, 7);
            pages++;
            assertThat(page.changes()).hasSizeLessThanOrEqualTo(7);
            if (page.hasMore()) {
                assertThat(page.changes()).as("a full page before the last").hasSize(7);
            }
            changes.addAll(page.changes());
            cursor = page.nextCursor();
        } while (page.hasMore());

        assertThat(changes).hasSize(2 * count);
        assertThat(pages).isEqualTo((2 * count + 6) / 7);
        assertThat(changes).extracting(c -> c.path("kind").asText() + " " + c.path("id").asText()).doesNotHaveDuplicates();
        assertThat(changes).extracting(c -> c.path("changed_at").asText()).as("one transaction, one time").containsOnly(
                changes.get(0).path("changed_at").asText());
        assertThat(ids(changes, "stock")).containsExactlyInAnyOrderElementsOf(skuIds);
        Map<String, Long> levels = new TreeMap<>();
        changes.stream().filter(c -> c.path("kind").asText().equals("stock"))
                .forEach(c -> levels.put(c.path("id").asText(), c.path("data").path("on_hand").asLong()));
        assertThat(levels).isEqualTo(new TreeMap<>(deltas));
        assertThat(ids(changes, "stock_adjustment")).hasSize(count);
        assertThat(Shop.page(alpha, cursor, 7).changes()).as("read to the end").isEmpty();
    }

    @Test
    void aSnapshotAndTheFeedFromItsCursorGiveTheCurrentState() {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            skus.add(shop.sku(10 + i));
        }
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(shop.createOrder(Bodies.line(skus.get(i), 1)));
        }
        alpha.post("/v1/orders/" + orders.get(0) + "/cancellation", map("at", "2026-12-04T09:10:00Z"));

        Map<String, Map<String, JsonNode>> state = new LinkedHashMap<>();
        String feedCursor = null;
        for (String kind : KINDS) {
            Map<String, JsonNode> records = new LinkedHashMap<>();
            String token = null;
            int page = 0;
            do {
                JsonNode snapshot = expect(200, alpha.get("/v1/snapshot?kind=" + kind + "&limit=2"
                        + (token == null ? "" : "&page_token=" + token))).json();
                if (feedCursor == null) {
                    feedCursor = snapshot.path("feed_cursor").asText();
                }
                assertThat(Shop.seqOf(snapshot.path("feed_cursor").asText())).isGreaterThanOrEqualTo(Shop.seqOf(feedCursor));
                snapshot.path("items").forEach(item -> records.put(idOf(kind, item), item));
                token = snapshot.path("has_more").asBoolean() ? snapshot.path("next_page_token").asText() : null;
                if (++page == 1) {
                    changeWhileSnapshotting(kind, skus, orders);
                }
            } while (token != null);
            state.put(kind, records);
        }
        expect(200, alpha.patch("/v1/skus/" + skus.get(1), map("base_version", 1, "changes", map("barcode", "8801234567893"))));
        alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skus.get(2), -3));
        alpha.post("/v1/orders/" + orders.get(1) + "/fulfilment", map("step", "shipped", "at", "2026-12-04T12:00:00Z"));
        orders.add(shop.createOrder(Bodies.line(skus.get(3), 2)));
        expect(200, alpha.delete("/v1/skus/" + skus.get(3)));
        String unmoved = shop.sku(alpha.get("/v1/skus/" + skus.get(0)).json().path("product_id").asText(), 0);

        for (JsonNode change : Shop.readAll(alpha, feedCursor, 3).changes()) {
            Map<String, JsonNode> records = state.get(change.path("kind").asText());
            if (records == null) {
                continue;
            }
            if (change.path("deleted").asBoolean()) {
                records.remove(change.path("id").asText());
            } else {
                records.put(change.path("id").asText(), change.path("data"));
            }
        }

        for (String kind : KINDS) {
            Map<String, JsonNode> now = new LinkedHashMap<>();
            expect(200, alpha.get("/v1/snapshot?kind=" + kind + "&limit=5000")).json().path("items")
                    .forEach(item -> now.put(idOf(kind, item), item));
            assertThat(new TreeMap<>(state.get(kind))).as(kind).isEqualTo(new TreeMap<>(now));
        }
        assertThat(state.get("sku")).doesNotContainKey(skus.get(3)).containsKey(unmoved).hasSize(4);
        assertThat(state.get("stock")).as("a new SKU's stock, never moved").containsKey(unmoved);
        assertThat(state.get("product")).as("4 products, and the one made while the snapshot was read").hasSize(5);
    }

    /** Changes made between the pages of a snapshot; the feed from the snapshot's cursor must carry them. */
    private void changeWhileSnapshotting(String kind, List<String> skus, List<String> orders) {
        switch (kind) {
            case "product" -> {
                // An id before every random one: the snapshot's later pages cannot contain it.
                String early = "00000000-0000-4000-8000-" + Bodies.id().substring(24);
                expect(201, alpha.post("/v1/products", Bodies.product(early)));
            }
            case "stock" -> alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skus.get(0), 5));
            case "order" -> alpha.post("/v1/orders/" + orders.get(2) + "/fulfilment", map("step", "packed", "at", "2026-12-04T11:00:00Z"));
            default -> { }
        }
    }

    @Test
    void theOrderSnapshotCanBeLimitedToOpenOrdersAndToRecentOnes() {
        String skuId = shop.sku(100);
        String old = order(skuId, "2026-11-20T10:00:00Z");
        String recent = order(skuId, "2026-12-04T08:30:00Z");
        String cancelled = order(skuId, "2026-12-04T08:40:00Z");
        alpha.post("/v1/orders/" + cancelled + "/cancellation", map("at", "2026-12-04T09:10:00Z"));
        String delivered = order(skuId, "2026-12-03T15:00:00Z");
        alpha.post("/v1/orders/" + delivered + "/fulfilment", map("step", "delivered", "at", "2026-12-04T10:00:00Z"));

        assertThat(orderSnapshot("")).containsExactlyInAnyOrder(old, recent, cancelled, delivered);
        assertThat(orderSnapshot("&open_only=true")).containsExactlyInAnyOrder(old, recent);
        assertThat(orderSnapshot("&created_within_days=7")).containsExactlyInAnyOrder(recent, cancelled, delivered);
        assertThat(orderSnapshot("&open_only=true&created_within_days=7")).containsExactly(recent);

        sandbox.clock.advance(Duration.ofDays(10));

        assertThat(orderSnapshot("&created_within_days=7")).as("by the server's clock").isEmpty();
        assertThat(orderSnapshot("&created_within_days=11")).containsExactlyInAnyOrder(recent, cancelled, delivered);
        assertThat(orderSnapshot("&created_within_days=30&open_only=true")).containsExactlyInAnyOrder(old, recent);
    }

    @Test
    void aPageTokenBelongsToItsSnapshotAndFiltersAreForOrdersOnly() {
        String skuId = shop.sku(10);
        order(skuId, "2026-12-04T08:30:00Z");
        order(skuId, "2026-12-04T08:31:00Z");
        JsonNode first = expect(200, alpha.get("/v1/snapshot?kind=order&limit=1&open_only=true")).json();
        String token = first.path("next_page_token").asText();

        Reply otherFilters = expect(422, alpha.get("/v1/snapshot?kind=order&limit=1&page_token=" + token));
        Reply otherKind = expect(422, alpha.get("/v1/snapshot?kind=product&limit=1&page_token=" + token));
        Reply garbage = expect(422, alpha.get("/v1/snapshot?kind=order&page_token=nonsense"));
        Reply productsOpen = expect(422, alpha.get("/v1/snapshot?kind=product&open_only=true"));

        assertThat(otherFilters.fields()).containsExactly("page_token");
        assertThat(otherKind.fields()).containsExactly("page_token");
        assertThat(garbage.fields()).containsExactly("page_token");
        assertThat(productsOpen.fields()).containsExactly("open_only");
    }

    @Test
    void anExpiredCursorIs410AndAFreshStartWorks() {
        shop.sku(3);
        String cursor = Shop.feedEnd(alpha);
        Seller seller = Shop.seller(sandbox, "alpha");
        sandbox.db().write(c -> {
            Feed.expireCursors(c, seller);
            return null;
        });

        Reply expired = expect(410, alpha.get("/v1/changes?cursor=" + cursor));

        assertThat(expired.problem()).isEqualTo("cursor-expired");
        String snapshotCursor = expect(200, alpha.get("/v1/snapshot?kind=sku")).json().path("feed_cursor").asText();
        expect(200, alpha.get("/v1/changes?cursor=" + snapshotCursor));
        expect(200, sandbox.beta.get("/v1/changes?cursor=" + Shop.feedEnd(sandbox.beta)));
    }

    @Test
    void pruningTombstonesPastTheRetentionExpiresTheCursorsBeforeThem() {
        String doomed = Bodies.id();
        String kept = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(doomed)));
        expect(201, alpha.post("/v1/products", Bodies.product(kept)));
        String beforeDeletion = Shop.feedEnd(alpha);
        expect(200, alpha.delete("/v1/products/" + doomed));
        String afterDeletion = Shop.feedEnd(alpha);

        sandbox.clock.advance(Duration.ofDays(31));
        String young = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(young)));
        expect(200, alpha.delete("/v1/products/" + young));
        assertThat(sandbox.server.maintenance().runNow().tombstones()).as("only the old tombstone").isEqualTo(1);

        assertThat(expect(410, alpha.get("/v1/changes?cursor=" + beforeDeletion)).problem()).isEqualTo("cursor-expired");
        List<JsonNode> fromStart = Shop.readAll(alpha, null, 100).changes();
        assertThat(fromStart).extracting(c -> c.path("id").asText()).doesNotContain(doomed).contains(kept, young);
        assertThat(Shop.readAll(alpha, afterDeletion, 100).changes()).extracting(c -> c.path("id").asText())
                .as("a cursor past the pruned tombstone reads on").containsExactly(young);
    }

    @Test
    void aCursorThatSawThePrunedTombstoneLastStaysValidAndASnapshotAfterPruningGivesAUsableCursor() {
        String doomed = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(doomed)));
        expect(200, alpha.delete("/v1/products/" + doomed));
        String caughtUp = Shop.feedEnd(alpha);
        sandbox.clock.advance(Duration.ofDays(31));
        assertThat(sandbox.server.maintenance().runNow().tombstones()).isEqualTo(1);

        Reply read = alpha.get("/v1/changes?cursor=" + caughtUp);
        JsonNode snapshot = expect(200, alpha.get("/v1/snapshot?kind=product")).json();
        Reply fromSnapshot = alpha.get("/v1/changes?cursor=" + snapshot.path("feed_cursor").asText());

        assertThat(read.status()).as("the cursor had seen the tombstone: %s", read).isEqualTo(200);
        assertThat(read.json().path("changes")).isEmpty();
        assertThat(fromSnapshot.status()).as("a fresh snapshot's cursor: %s", fromSnapshot).isEqualTo(200);
        String later = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(later)));
        assertThat(Shop.readAll(alpha, caughtUp, 10).changes()).extracting(c -> c.path("id").asText()).containsExactly(later);
    }

    @Test
    void aCursorThatIsNotOneOrIsAnotherSellersIs422() {
        shop.sku(2);
        new Shop(sandbox.beta).sku(1);
        String alphaCursor = Shop.feedEnd(alpha);

        Reply garbage = expect(422, alpha.get("/v1/changes?cursor=garbage"));
        Reply almost = expect(422, alpha.get("/v1/changes?cursor=c1.bm90LWEtY3Vyc29y"));
        Reply foreign = expect(422, sandbox.beta.get("/v1/changes?cursor=" + alphaCursor));

        assertThat(garbage.problem()).isEqualTo("validation");
        assertThat(garbage.fields()).containsExactly("cursor");
        assertThat(almost.fields()).containsExactly("cursor");
        assertThat(foreign.fields()).containsExactly("cursor");
    }

    private String order(String skuId, String placedAt) {
        String id = Bodies.id();
        Map<String, Object> order = shop.order(id, Bodies.line(skuId, 1));
        order.put("placed_at", placedAt);
        expect(201, alpha.post("/v1/orders", order));
        return id;
    }

    /** The ids of a paged order snapshot (limit 1, so the filters are carried by the page tokens too). */
    private Set<String> orderSnapshot(String filters) {
        Set<String> ids = new HashSet<>();
        String token = null;
        do {
            JsonNode page = expect(200, alpha.get("/v1/snapshot?kind=order&limit=1" + filters
                    + (token == null ? "" : "&page_token=" + token))).json();
            page.path("items").forEach(item -> assertThat(ids.add(item.path("id").asText())).isTrue());
            token = page.path("has_more").asBoolean() ? page.path("next_page_token").asText() : null;
        } while (token != null);
        return ids;
    }

    private static List<String> ids(List<JsonNode> changes, String kind) {
        return changes.stream().filter(c -> c.path("kind").asText().equals(kind)).map(c -> c.path("id").asText()).toList();
    }

    private static String idOf(String kind, JsonNode item) {
        return item.path(kind.equals("stock") ? "sku_id" : kind.equals("desk") ? "desk_id" : "id").asText();
    }
}
