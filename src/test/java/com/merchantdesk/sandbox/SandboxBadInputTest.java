package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static com.merchantdesk.sandbox.Shop.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests: each gets its status (400, 404, 405, 413, 415, 422) with a problem body naming what is wrong, and
 * nothing is written: the whole feed (with its end cursor) and the stock are as they were before.
 */
class SandboxBadInputTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Shop shop;
    String skuId;
    String before;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        shop = new Shop(alpha);
        skuId = shop.sku(10);
        before = Shop.everything(alpha);
    }

    @AfterEach
    void stop() { sandbox.close(); }

    /** One spoilt request: where it goes, what it sends, and the field the answer must name. */
    record Spoilt(String name, String path, java.util.function.BiFunction<Shop, String, Object> body, String field) {
        @Override
        public String toString() { return name; }
    }

    static Stream<Spoilt> spoilt() {
        return Stream.of(
                order("a quantity as a string", o -> line(o).put("quantity", "2"), "lines[0].quantity"),
                order("a name as a number", o -> o.put("customer_name", 42), "customer_name"),
                order("lines as an object", o -> o.put("lines", map("id", Bodies.id())), "lines"),
                order("no number", o -> o.remove("number"), "number"),
                order("no placed_at", o -> o.remove("placed_at"), "placed_at"),
                order("a line without a title", o -> line(o).remove("title"), "lines[0].title"),
                order("an unknown channel", o -> o.put("channel", "fax"), "channel"),
                order("an unknown payment method", o -> o.put("payment_method", "cheque"), "payment_method"),
                order("a later status", o -> o.put("status", "shipped"), "status"),
                order("a zero quantity", o -> line(o).put("quantity", 0), "lines[0].quantity"),
                order("a negative quantity", o -> line(o).put("quantity", -3), "lines[0].quantity"),
                order("an over-long customer name", o -> o.put("customer_name", "K".repeat(121)), "customer_name"),
                order("an over-long number", o -> o.put("number", "AA-" + "9".repeat(38)), "number"),
                order("an over-long line title", o -> line(o).put("title", "t".repeat(256)), "lines[0].title"),
                order("an unknown field", o -> o.put("colour", "red"), "colour"),
                order("an unknown line field", o -> line(o).put("colour", "red"), "lines[0].colour"),
                order("a total that does not add up", o -> o.put("total", Bodies.money("KRW", 1)), "total"),
                order("an unknown sku_id", o -> line(o).put("sku_id", Bodies.id()), "lines[0].sku_id"),
                order("a price in another currency", o -> line(o).put("unit_price", Bodies.money("USD", 30)), "lines[0].unit_price.currency"),
                order("no lines", o -> o.put("lines", List.of()), "lines"),
                order("a desk that is not registered", o -> o.put("desk_id", Bodies.id()), "desk_id"),
                new Spoilt("a delta as a string", "/v1/stock/adjustments", (shop, sku) -> {
                    Map<String, Object> a = Bodies.adjustment(Bodies.id(), sku, 5);
                    a.put("delta", "5");
                    return a;
                }, "delta"),
                new Spoilt("an unknown reason", "/v1/stock/adjustments", (shop, sku) -> {
                    Map<String, Object> a = Bodies.adjustment(Bodies.id(), sku, 5);
                    a.put("reason", "stolen");
                    return a;
                }, "reason"),
                new Spoilt("a sku_id that is no UUID", "/v1/stock/adjustments",
                        (shop, sku) -> Bodies.adjustment(Bodies.id(), "shirt-m", 5), "sku_id"),
                new Spoilt("an over-long product title", "/v1/products", (shop, sku) -> {
                    Map<String, Object> p = Bodies.product(Bodies.id());
                    p.put("title", "T".repeat(256));
                    return p;
                }, "title"),
                new Spoilt("a product without a status", "/v1/products", (shop, sku) -> {
                    Map<String, Object> p = Bodies.product(Bodies.id());
                    p.remove("status");
                    return p;
                }, "status"),
                new Spoilt("a body that is an array", "/v1/products", (shop, sku) -> List.of(Bodies.product(Bodies.id())), "(body)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoilt")
    void aSpoiltFieldIs422NamingItAndWritesNothing(Spoilt spoilt) {
        Object body = spoilt.body().apply(shop, skuId);

        Reply reply = alpha.raw("POST", spoilt.path(), Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN),
                SandboxClient.json(body).getBytes(StandardCharsets.UTF_8), false);

        assertThat(reply.status()).as("%s", reply).isEqualTo(422);
        assertThat(reply.problem()).isEqualTo("validation");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.fields()).contains(spoilt.field());
        assertNothingWritten();
        if (body instanceof Map<?, ?> map && map.get("id") instanceof String id && spoilt.path().equals("/v1/orders")) {
            expect(404, alpha.get("/v1/orders/" + id));
        }
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Map<String, Object> order = shop.order(Bodies.id(), Bodies.line(skuId, 0));
        order.put("channel", "fax");
        order.remove("number");

        Reply reply = alpha.raw("POST", "/v1/orders", Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN),
                SandboxClient.json(order).getBytes(StandardCharsets.UTF_8), false);

        assertThat(reply.fields()).containsExactlyInAnyOrder("lines[0].quantity", "channel", "number");
        assertNothingWritten();
    }

    @Test
    void anUnknownPathIs404WithAProblem() {
        Reply reply = alpha.unlisted("GET", "/v1/nothing-here");

        assertProblem(reply, 404, "not-found");
    }

    @Test
    void anUnknownRecordIs404WithAProblem() {
        assertThat(expect(404, alpha.get("/v1/orders/" + Bodies.id())).problem()).isEqualTo("not-found");
        assertThat(expect(404, alpha.post("/v1/orders/" + Bodies.id() + "/payment", map("paid_at", "2026-12-04T09:00:00Z"))).problem())
                .isEqualTo("not-found");
        assertNothingWritten();
    }

    @Test
    void aMethodTheResourceDoesNotTakeIs405WithAProblem() {
        assertProblem(alpha.unlisted("DELETE", "/v1/account"), 405, "method-not-allowed");
        assertProblem(alpha.unlisted("PUT", "/v1/products/" + Bodies.id()), 405, "method-not-allowed");
        assertNothingWritten();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Map<String, String> headers = Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN);
        headers.put("Content-Type", "text/plain");

        Reply reply = alpha.raw("POST", "/v1/products", headers,
                SandboxClient.json(Bodies.product(Bodies.id())).getBytes(StandardCharsets.UTF_8), false);

        assertProblem(reply, 415, "unsupported-media-type");
        assertNothingWritten();
    }

    @Test
    void malformedJsonIs400() {
        Reply reply = send("/v1/products", "{\"id\": \"" + Bodies.id() + "\", \"title\": ");

        assertProblem(reply, 400, "malformed-request");
        assertNothingWritten();
    }

    @Test
    void aDuplicateKeyIs400() {
        String id = Bodies.id();
        Reply reply = send("/v1/products",
                "{\"id\": \"" + id + "\", \"title\": \"Linen shirt\", \"status\": \"active\", \"title\": \"Other\"}");

        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.json().path("detail").asText()).contains("title");
        assertNothingWritten();
    }

    @Test
    void anEmptyBodyIs400() {
        Reply reply = send("/v1/products", "");

        assertProblem(reply, 400, "malformed-request");
        assertNothingWritten();
    }

    @Test
    void aWriteWithoutAnIdempotencyKeyIs400() {
        Map<String, String> headers = headers("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN, "Content-Type", "application/json");

        Reply reply = alpha.raw("POST", "/v1/stock/adjustments", headers,
                SandboxClient.json(Bodies.adjustment(Bodies.id(), skuId, 5)).getBytes(StandardCharsets.UTF_8), false);

        assertProblem(reply, 400, "idempotency-key-missing");
        assertNothingWritten();
    }

    @Test
    void aBodyOverTheLimitIs413() {
        try (SandboxFixture small = new SandboxFixture(folder.resolve("small"), options -> options.withMaxBody(1024))) {
            Shop smallShop = new Shop(small.alpha);
            String smallBefore = Shop.everything(small.alpha);
            Map<String, Object> product = Bodies.product(Bodies.id());
            product.put("description", "linen ".repeat(400));

            Reply reply = small.alpha.post("/v1/products", product);

            assertProblem(reply, 413, "payload-too-large");
            Reply streamed = small.alpha.chunked("POST", "/v1/products", Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN),
                    SandboxClient.json(product).getBytes(StandardCharsets.UTF_8));
            assertProblem(streamed, 413, "payload-too-large");
            assertThat(Shop.everything(small.alpha)).isEqualTo(smallBefore);
            Reply fits = small.alpha.post("/v1/products", Bodies.product(Bodies.id()));
            assertThat(fits.status()).as("a body under the limit on the same server").isEqualTo(201);
            assertThat(smallShop.deskCode).isNotBlank();
        }
    }

    private Reply send(String path, String body) {
        return alpha.raw("POST", path, Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN), body.getBytes(StandardCharsets.UTF_8), false);
    }

    private void assertNothingWritten() {
        assertThat(Shop.everything(alpha)).as("the feed after the refused request").isEqualTo(before);
        assertThat(shop.onHand(skuId)).isEqualTo(10);
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.problem()).isEqualTo(type);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).isNotBlank();
    }

    private static Spoilt order(String name, Consumer<Map<String, Object>> spoil, String field) {
        return new Spoilt(name, "/v1/orders", (shop, sku) -> {
            Map<String, Object> order = shop.order(Bodies.id(), Bodies.line(sku, 2));
            spoil.accept(order);
            return order;
        }, field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(Map<String, Object> order) {
        return (Map<String, Object>) ((List<Object>) order.get("lines")).get(0);
    }
}
