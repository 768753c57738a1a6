package com.merchantdesk.sandbox;

import com.merchantdesk.sandbox.market.Marketplace;
import static com.merchantdesk.sandbox.SandboxClient.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault rule does what docs/sandbox.md says, on the Nth matching request only, and a request it does not
 * match is untouched. Every rule is triggered by count, so nothing here depends on timing.
 */
class SandboxFaultRulesTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    AdminClient admin;
    String skuId;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        admin = new AdminClient(sandbox.server.baseUri(), SandboxFixture.ADMIN_TOKEN);
        String productId = Bodies.id();
        skuId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        alpha.post("/v1/skus", Bodies.sku(skuId, productId, "CAP-1"));
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void dropBeforeCommitAppliesNothingAndOnlyTheNthMatchingRequestFires() {
        admin.faults(rule("drop_before_commit", "POST", "/v1/stock/adjustments", 2));
        assertThat(alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 1)).status()).isEqualTo(201);
        assertThatThrownBy(() -> plain("POST", "/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 5), UUID.randomUUID().toString()))
                .isInstanceOf(IOException.class);
        assertThat(alpha.get("/v1/account").status()).as("a request the rule does not match").isEqualTo(200);
        assertThat(alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 1)).status()).isEqualTo(201);
        assertThat(onHand()).as("the dropped adjustment was never applied").isEqualTo(2);
        JsonNode state = admin.faultStates().path("rules").get(0);
        assertThat(state.path("matched").asInt()).isEqualTo(3);
        assertThat(state.path("fired").asInt()).isEqualTo(1);
    }

    @Test
    void dropAfterCommitAppliesTheRequestAndAReplayAnswersWhatWasCommitted() throws Exception {
        admin.faults(rule("drop_after_commit", "POST", "/v1/stock/adjustments", 1));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Bodies.adjustment(Bodies.id(), skuId, 4);
        assertThatThrownBy(() -> plain("POST", "/v1/stock/adjustments", body, key)).isInstanceOf(IOException.class);
        assertThat(onHand()).as("committed before the connection dropped").isEqualTo(4);

        Reply replay = alpha.post("/v1/stock/adjustments", key, body);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(onHand()).as("the retry applied nothing more").isEqualTo(4);
    }

    @Test
    void errorAndRateLimitAnswerWithoutApplying() {
        admin.faults(rule("error", "POST", "/v1/stock/adjustments", 1, "status", 503),
                rule("rate_limit", "POST", "/v1/stock/adjustments", 2, "retry_after", 7));
        Reply unavailable = alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 1));
        Reply limited = alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 1));
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.problem()).isEqualTo("unavailable");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
        assertThat(onHand()).isZero();
    }

    @Test
    void cutBodySendsHalfAnAnswerOfAnAppliedRequest() throws Exception {
        admin.faults(rule("cut_body", "GET", "/v1/stock/" + skuId, 1));
        assertThatThrownBy(() -> plain("GET", "/v1/stock/" + skuId, null, null)).isInstanceOf(IOException.class);
        assertThat(alpha.get("/v1/stock/" + skuId).status()).as("only the first match").isEqualTo(200);
    }

    @Test
    void applyTwiceDeliversTheRequestTwiceAndIdempotencyKeepsItToOne() {
        admin.faults(rule("apply_twice", "POST", "/v1/stock/adjustments", 1));
        Reply reply = alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 3));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Idempotent-Replayed")).as("the second delivery was answered from the key").isEqualTo("true");
        assertThat(onHand()).isEqualTo(3);
    }

    @Test
    void shiftClockMovesTheServersTime() {
        admin.faults(rule("shift_clock", "GET", "/v1/account", 1, "clock_shift_seconds", 86400));
        alpha.get("/v1/account");
        Reply desk = alpha.post("/v1/desks", Bodies.desk(Bodies.id()));
        assertThat(desk.json().path("registered_at").asText()).isEqualTo(SandboxFixture.START.plus(Duration.ofDays(1)).toString());
    }

    @Test
    void expireCursorsMakesTheNextFeedReadA410() {
        String cursor = alpha.get("/v1/changes").json().path("next_cursor").asText();
        admin.faults(rule("expire_cursors", "GET", "/v1/account", 1));
        alpha.get("/v1/account");
        Reply expired = alpha.get("/v1/changes?cursor=" + cursor);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.problem()).isEqualTo("cursor-expired");
        assertThat(sandbox.beta.get("/v1/changes").status()).as("another seller's cursors are untouched").isEqualTo(200);
    }

    @Test
    void revokeTokenAnswers401FromThenOn() {
        admin.faults(rule("revoke_token", "GET", "/v1/desks", 1));
        assertThat(alpha.get("/v1/desks").status()).isEqualTo(401);
        assertThat(alpha.get("/v1/account").status()).isEqualTo(401);
        assertThat(sandbox.beta.get("/v1/account").status()).isEqualTo(200);
    }

    @Test
    void delayHoldsTheRequestBeforeHandlingIt() {
        admin.faults(rule("delay", "GET", "/v1/account", 1, "delay_ms", 300));
        long started = System.nanoTime();
        assertThat(alpha.get("/v1/account").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("at least the delay").isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theAdminApiNeedsItsTokenAndRefusesBadRules() {
        Reply noToken = new AdminClient(sandbox.server.baseUri(), "wrong").call("GET", "/admin/faults", null);
        assertThat(noToken.status()).isEqualTo(401);
        Reply bad = admin.call("POST", "/admin/faults", Map.of("rules", java.util.List.of(Map.of("action", "explode"))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fields()).containsExactly("rules[0].action");
        assertThat(sandbox.alpha.get("/v1/account").status()).as("a seller token is not an admin token").isEqualTo(200);
        assertThat(new AdminClient(sandbox.server.baseUri(), SandboxFixture.ALPHA_TOKEN).call("GET", "/admin/faults", null).status()).isEqualTo(401);
    }

    @Test
    void adminActionsMakeTheMarketplaceActNow() {
        alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 5));
        JsonNode order = admin.act(map("action", "place_order", "seller", "alpha", "buyer_name", "Wang Fang",
                "lines", java.util.List.of(map("sku_code", "CAP-1", "quantity", 2))));
        assertThat(order.path("channel").asText()).isEqualTo("platform");
        assertThat(onHand()).isEqualTo(3);
        JsonNode cancelled = admin.act(map("action", "buyer_cancel", "seller", "alpha", "order_id", order.path("id").asText()));
        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.path("history").get(1).path("actor").asText()).isEqualTo("buyer");
        assertThat(onHand()).isEqualTo(5);
        JsonNode priced = admin.act(map("action", "set_price", "seller", "alpha", "sku_id", skuId, "price", Bodies.money("KRW", 35000)));
        assertThat(priced.path("price").path("amount_minor").asLong()).isEqualTo(35000);
        Reply stale = alpha.patch("/v1/skus/" + skuId, map("base_version", 1, "changes", map("price", Bodies.money("KRW", 41000))));
        assertThat(stale.status()).as("the platform's price change is a real conflict with the desk's").isEqualTo(412);
        Reply tooMany = admin.call("POST", "/admin/actions", map("action", "place_order", "seller", "alpha", "buyer_name", "X",
                "lines", java.util.List.of(map("sku_id", skuId, "quantity", 99))));
        assertThat(tooMany.status()).as("buyers never take stock below zero").isEqualTo(422);
    }

    private long onHand() { return alpha.get("/v1/stock/" + skuId).json().path("on_hand").asLong(); }

    private static Map<String, Object> rule(String action, String method, String path, int nth, Object... more) {
        Map<String, Object> rule = map("action", action, "method", method, "path", path, "seller", "alpha", "nth", nth);
        for (int i = 0; i < more.length; i += 2) {
            rule.put((String) more[i], more[i + 1]);
        }
        return rule;
    }

    /** A request outside the checked client, for answers that never arrive whole. */
    private HttpResponse<String> plain(String method, String path, Object body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.server.baseUri() + path)).timeout(TestTimeouts.SAFETY)
                .header("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(SandboxClient.json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
