package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seller API end to end on a real server: each endpoint's ordinary answers, checked against the API document. */
class SandboxApiTest {

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
    void accountNamesTheSellerOfTheToken() {
        Reply reply = alpha.get("/v1/account");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("seller").asText()).isEqualTo("alpha");
        assertThat(sandbox.beta.get("/v1/account").json().path("seller").asText()).isEqualTo("beta");
    }

    @Test
    void aDeskRegistersOnceAndKeepsItsCode() {
        String deskId = Bodies.id();
        Reply first = alpha.post("/v1/desks", Bodies.desk(deskId));
        Reply again = alpha.post("/v1/desks", Bodies.desk(deskId));
        Reply second = alpha.post("/v1/desks", Bodies.desk(Bodies.id()));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("desk_code").asText()).isEqualTo(first.json().path("desk_code").asText());
        assertThat(second.json().path("desk_code").asText()).isNotEqualTo(first.json().path("desk_code").asText());
        assertThat(alpha.get("/v1/desks").json().path("desks")).hasSize(2);
    }

    @Test
    void aDeskOrderTakesPlatformStockAndMayTakeItBelowZero() {
        String deskId = Bodies.id();
        alpha.post("/v1/desks", Bodies.desk(deskId));
        String productId = Bodies.id();
        String skuId = Bodies.id();
        assertThat(alpha.post("/v1/products", Bodies.product(productId)).status()).isEqualTo(201);
        assertThat(alpha.post("/v1/skus", Bodies.sku(skuId, productId, "SHIRT-M")).status()).isEqualTo(201);
        assertThat(alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 2)).json().path("on_hand_after").asLong())
                .isEqualTo(2);

        String orderId = Bodies.id();
        Reply created = alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000001", Bodies.line(skuId, 3)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.path("oversold").asBoolean()).isTrue();
        assertThat(order.path("total").path("amount_minor").asLong()).isEqualTo(3 * 39000 + 3000);
        assertThat(order.path("desk_code").asText()).isEqualTo("AA");
        JsonNode stock = alpha.get("/v1/stock/" + skuId).json();
        assertThat(stock.path("on_hand").asLong()).isEqualTo(-1);
        assertThat(stock.path("oversold").asBoolean()).isTrue();
    }

    @Test
    void cancellingADeskOrderPutsItsUnitsBackThroughTheCancellation() {
        String deskId = Bodies.id();
        alpha.post("/v1/desks", Bodies.desk(deskId));
        String productId = Bodies.id();
        String skuId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        alpha.post("/v1/skus", Bodies.sku(skuId, productId, "SHIRT-L"));
        alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, 10));
        String orderId = Bodies.id();
        alpha.post("/v1/orders", Bodies.order(orderId, deskId, "AA-2026-000002", Bodies.line(skuId, 4)));
        assertThat(alpha.get("/v1/stock/" + skuId).json().path("on_hand").asLong()).isEqualTo(6);

        Reply cancelled = alpha.post("/v1/orders/" + orderId + "/cancellation", map("at", "2026-12-04T09:10:00Z", "reason", "changed mind"));

        assertThat(cancelled.json().path("status").asText()).isEqualTo("cancelled");
        assertThat(alpha.get("/v1/stock/" + skuId).json().path("on_hand").asLong()).isEqualTo(10);
        Reply again = alpha.post("/v1/orders/" + orderId + "/cancellation", map("at", "2026-12-04T09:11:00Z"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(alpha.get("/v1/stock/" + skuId).json().path("on_hand").asLong()).as("a second cancellation restocks nothing").isEqualTo(10);
    }
}
