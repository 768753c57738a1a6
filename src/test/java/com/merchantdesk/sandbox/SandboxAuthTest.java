package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static com.merchantdesk.sandbox.Shop.headers;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Tokens;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens: 401 with a problem body for a missing, malformed, unknown or revoked one; sellers see only their own data. */
class SandboxAuthTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void aRequestWithoutATokenIs401WithAProblem() {
        assertUnauthorized(alpha.raw("GET", "/v1/account", Map.of(), null, false));
        assertUnauthorized(alpha.raw("GET", "/v1/account", headers("Authorization", ""), null, false));
    }

    @Test
    void anAuthorizationThatIsNotBearerIs401() {
        assertUnauthorized(alpha.raw("GET", "/v1/account", headers("Authorization", "Basic YWxwaGE6c2VjcmV0"), null, false));
        assertUnauthorized(alpha.raw("GET", "/v1/account", headers("Authorization", "Bearer "), null, false));
        assertUnauthorized(alpha.raw("GET", "/v1/account", headers("Authorization", SandboxFixture.ALPHA_TOKEN), null, false));
    }

    @Test
    void anUnknownTokenIs401AndWritesNothing() {
        String before = Shop.everything(alpha);
        SandboxClient stranger = alpha.as("nobody-token-0123456789");

        assertUnauthorized(stranger.get("/v1/account"));
        assertUnauthorized(stranger.post("/v1/products", Bodies.product(Bodies.id())));

        assertThat(Shop.everything(alpha)).isEqualTo(before);
    }

    @Test
    void aRevokedTokenIs401WhileTheOtherSellersTokenStillWorks() {
        expect(200, alpha.get("/v1/account"));
        Seller seller = Shop.seller(sandbox, "alpha");
        String tokenId = sandbox.db().read(c -> Tokens.find(c, SandboxFixture.ALPHA_TOKEN)).orElseThrow().token().tokenId();
        boolean revoked = sandbox.db().write(c -> Tokens.revoke(c, seller, tokenId, SandboxFixture.START));
        assertThat(revoked).isTrue();

        Reply read = assertUnauthorized(alpha.get("/v1/account"));
        String productId = Bodies.id();
        assertUnauthorized(alpha.post("/v1/products", Bodies.product(productId)));

        assertThat(read.json().path("detail").asText()).contains("revoked").doesNotContain(SandboxFixture.ALPHA_TOKEN);
        expect(200, sandbox.beta.get("/v1/account"));
        java.util.Optional<?> written = sandbox.db().read(c -> com.merchantdesk.sandbox.store.Records.find(c, seller,
                com.merchantdesk.platform.ChangeKind.PRODUCT, productId));
        assertThat(written).as("nothing written with a revoked token").isEmpty();
    }

    @Test
    void anotherSellerSeesNoneOfTheFirstSellersData() {
        Shop shop = new Shop(alpha);
        String skuId = shop.sku(6);
        String productId = alpha.get("/v1/skus/" + skuId).json().path("product_id").asText();
        String orderId = shop.createOrder(Bodies.line(skuId, 1));
        String alphaBefore = Shop.everything(alpha);
        SandboxClient beta = sandbox.beta;

        assertThat(Shop.readAll(beta, null, 100).changes()).isEmpty();
        for (String kind : new String[] {"product", "sku", "stock", "stock_adjustment", "order", "desk"}) {
            assertThat(expect(200, beta.get("/v1/snapshot?kind=" + kind)).json().path("items")).as(kind).isEmpty();
        }
        assertThat(expect(200, beta.get("/v1/desks")).json().path("desks")).isEmpty();
        expect(404, beta.get("/v1/products/" + productId));
        expect(404, beta.get("/v1/skus/" + skuId));
        expect(404, beta.get("/v1/stock/" + skuId));
        expect(404, beta.get("/v1/orders/" + orderId));
        expect(404, beta.patch("/v1/products/" + productId, map("base_version", 1, "changes", map("title", "Mine now"))));
        expect(404, beta.delete("/v1/skus/" + skuId));
        expect(404, beta.post("/v1/orders/" + orderId + "/cancellation", map("at", "2026-12-04T09:10:00Z")));
        expect(404, beta.post("/v1/orders/" + orderId + "/fulfilment", map("step", "shipped", "at", "2026-12-04T09:10:00Z")));
        Reply foreignSku = expect(422, beta.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 5)));
        assertThat(foreignSku.fields()).containsExactly("sku_id");

        assertThat(Shop.everything(alpha)).as("alpha's data untouched by beta").isEqualTo(alphaBefore);
        assertThat(Shop.readAll(beta, null, 100).changes()).isEmpty();
    }

    @Test
    void theSameIdsInTwoAccountsAreTwoRecords() {
        String productId = Bodies.id();
        expect(201, alpha.post("/v1/products", Bodies.product(productId)));
        Map<String, Object> betas = Bodies.product(productId);
        betas.put("title", "Beta's own shirt");

        expect(201, sandbox.beta.post("/v1/products", betas));

        assertThat(alpha.get("/v1/products/" + productId).json().path("title").asText()).isEqualTo("Linen shirt");
        assertThat(sandbox.beta.get("/v1/products/" + productId).json().path("title").asText()).isEqualTo("Beta's own shirt");
    }

    private static Reply assertUnauthorized(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.problem()).isEqualTo("unauthorized");
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        return reply;
    }
}
