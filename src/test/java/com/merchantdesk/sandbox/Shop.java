package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One seller's account set up through the API for a test: a registered desk, products with a SKU and stock, the
 * desk's orders with numbers of its code; and the reads tests repeat (stock, the whole feed).
 */
final class Shop {

    private static final AtomicInteger CODES = new AtomicInteger();

    final SandboxClient client;
    final String deskId = Bodies.id();
    final String deskCode;
    private int orders;

    Shop(SandboxClient client) {
        this.client = client;
        Reply desk = client.post("/v1/desks", Bodies.desk(deskId));
        assertThat(desk.status()).as("desk registration %s", desk).isEqualTo(201);
        this.deskCode = desk.json().path("desk_code").asText();
    }

    /** A new product with one SKU holding {@code onHand} units of platform stock; returns the SKU's id. */
    String sku(long onHand) {
        String productId = Bodies.id();
        expect(201, client.post("/v1/products", Bodies.product(productId)));
        return sku(productId, onHand);
    }

    /** A new SKU of {@code productId} holding {@code onHand} units. */
    String sku(String productId, long onHand) {
        String skuId = Bodies.id();
        expect(201, client.post("/v1/skus", Bodies.sku(skuId, productId, "SKU-" + CODES.incrementAndGet())));
        if (onHand != 0) {
            expect(201, client.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, onHand)));
        }
        return skuId;
    }

    long onHand(String skuId) {
        Reply stock = expect(200, client.get("/v1/stock/" + skuId));
        return stock.json().path("on_hand").asLong();
    }

    /** A valid order of this desk with its next number (paid, cash), to send as it is or spoil. */
    Map<String, Object> order(String id, Object... lines) {
        return Bodies.order(id, deskId, String.format("%s-2026-%06d", deskCode, ++orders), lines);
    }

    /** Creates a paid order of these lines; returns its id. */
    String createOrder(Object... lines) {
        String id = Bodies.id();
        expect(201, client.post("/v1/orders", order(id, lines)));
        return id;
    }

    /** The headers of a well-made JSON write with a new key, for requests sent with {@link SandboxClient#raw}. */
    static Map<String, String> writeHeaders(String token) {
        return headers("Authorization", "Bearer " + token, "Idempotency-Key", Bodies.id(), "Content-Type", "application/json");
    }

    static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    static Reply expect(int status, Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        return reply;
    }

    /** A seller of the fixture's database, for tests that reach into the store. */
    static Seller seller(SandboxFixture sandbox, String code) {
        return sandbox.db().read(c -> Sellers.find(c, code)).orElseThrow();
    }

    /** One page of the feed. */
    record Page(List<JsonNode> changes, String nextCursor, boolean hasMore) {}

    static Page page(SandboxClient client, String cursor, int limit) {
        String query = "/v1/changes?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
        JsonNode page = expect(200, client.get(query)).json();
        List<JsonNode> changes = new ArrayList<>();
        page.path("changes").forEach(changes::add);
        return new Page(changes, page.path("next_cursor").asText(), page.path("has_more").asBoolean());
    }

    /** Every change after {@code cursor} (null: from the start), read {@code limit} at a time, and the cursor after them. */
    static Page readAll(SandboxClient client, String cursor, int limit) {
        List<JsonNode> changes = new ArrayList<>();
        Page page;
        do {
            page = page(client, cursor, limit);
            assertThat(page.changes()).hasSizeLessThanOrEqualTo(limit);
            changes.addAll(page.changes());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return new Page(changes, cursor, false);
    }

    /** The cursor at the end of the feed now. */
    static String feedEnd(SandboxClient client) { return readAll(client, null, 5000).nextCursor(); }

    /**
     * Everything the seller's feed says from the start, with the cursor at its end: equal before and after a
     * request only if that request wrote nothing (a write, even an undone one, moves the cursor or a record).
     */
    static String everything(SandboxClient client) {
        Page all = readAll(client, null, 5000);
        return all.nextCursor() + " " + PlatformJson.mapper().valueToTree(all.changes());
    }

    /**
     * The feed position inside a cursor. Cursors are opaque to clients; this test knows the sandbox's own format
     * ({@code c1.} and base64 of seller.epoch.seq) to check that cursors only move forward.
     */
    static long seqOf(String cursor) {
        String plain = new String(java.util.Base64.getUrlDecoder().decode(cursor.substring(3)), java.nio.charset.StandardCharsets.US_ASCII);
        return Long.parseLong(plain.split("\\.")[2]);
    }
}
