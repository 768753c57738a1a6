package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.list;
import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stock adjustments (single and batched, applied once by id) and stocktakes (only on the current version). */
class SandboxStockTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    SandboxClient alpha;
    Shop shop;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder);
        alpha = sandbox.alpha;
        shop = new Shop(alpha);
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void anAdjustmentMovesStockOnceHoweverOftenItIsSent() {
        String skuId = shop.sku(0);
        String id = Bodies.id();

        Reply applied = expect(201, alpha.post("/v1/stock/adjustments", Bodies.adjustment(id, skuId, 5)));
        Reply again = expect(200, alpha.post("/v1/stock/adjustments", Bodies.adjustment(id, skuId, 5)));
        expect(201, alpha.post("/v1/stock/adjustments", Bodies.adjustment(Bodies.id(), skuId, -2)));

        assertThat(applied.json().path("on_hand_after").asLong()).isEqualTo(5);
        assertThat(applied.header("Location")).isEqualTo("/v1/stock/adjustments/" + id);
        assertThat(again.json()).as("the adjustment as it was applied").isEqualTo(applied.json());
        JsonNode stock = alpha.get("/v1/stock/" + skuId).json();
        assertThat(stock.path("on_hand").asLong()).isEqualTo(3);
        assertThat(stock.path("version").asLong()).as("two movements").isEqualTo(2);
    }

    @Test
    void aBatchAnswersPerItemAndARefusedItemWritesNothing() {
        String a = shop.sku(0);
        String b = shop.sku(0);
        String cursor = Shop.feedEnd(alpha);
        Map<String, Object> unknownDesk = Bodies.adjustment(Bodies.id(), b, 6);
        unknownDesk.put("desk_id", Bodies.id());
        List<Object> items = list(Bodies.adjustment(Bodies.id(), a, 4), unknownDesk, Bodies.adjustment(Bodies.id(), b, 0),
                Bodies.adjustment(Bodies.id(), Bodies.id(), 1), Bodies.adjustment(Bodies.id(), a, 1));

        Reply batch = expect(200, alpha.post("/v1/stock/adjustments/batch", map("items", items)));

        JsonNode results = batch.json().path("results");
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(201, 422, 422, 422, 201);
        assertThat(results).extracting(r -> r.path("index").asInt()).containsExactly(0, 1, 2, 3, 4);
        assertThat(results.get(1).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("desk_id");
        assertThat(results.get(2).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("delta");
        assertThat(results.get(3).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("sku_id");
        assertThat(results.get(4).path("record").path("on_hand_after").asLong()).isEqualTo(5);
        assertThat(shop.onHand(a)).isEqualTo(5);
        JsonNode stockB = alpha.get("/v1/stock/" + b).json();
        assertThat(stockB.path("on_hand").asLong()).isZero();
        assertThat(stockB.path("version").asLong()).as("no movement of the refused items").isZero();
        assertThat(Shop.readAll(alpha, cursor, 100).changes())
                .extracting(c -> c.path("kind").asText() + " " + c.path("id").asText())
                .containsExactlyInAnyOrder("stock " + a, "stock_adjustment " + results.get(0).path("id").asText(),
                        "stock_adjustment " + results.get(4).path("id").asText());
    }

    @Test
    void aStocktakeOnAStaleVersionIs412WithTheCurrentLevel() {
        String skuId = shop.sku(5);

        Reply stale = expect(412, alpha.post("/v1/stock/stocktakes", stocktake(Bodies.id(), skuId, 3, 0)));

        assertThat(stale.problem()).isEqualTo("stale-version");
        assertThat(stale.json().path("current").path("on_hand").asLong()).isEqualTo(5);
        assertThat(stale.json().path("current").path("version").asLong()).isEqualTo(1);
        assertThat(stale.json().path("conflicting_fields")).extracting(JsonNode::asText).containsExactly("on_hand");
        assertThat(shop.onHand(skuId)).isEqualTo(5);
    }

    @Test
    void aStocktakeSetsTheCountedLevelAsACountedAdjustment() {
        String skuId = shop.sku(5);
        String id = Bodies.id();
        String cursor = Shop.feedEnd(alpha);

        Reply counted = expect(201, alpha.post("/v1/stock/stocktakes", stocktake(id, skuId, 3, 1)));

        JsonNode adjustment = counted.json().path("adjustment");
        assertThat(adjustment.path("delta").asLong()).isEqualTo(-2);
        assertThat(adjustment.path("reason").asText()).isEqualTo("counted");
        assertThat(adjustment.path("on_hand_after").asLong()).isEqualTo(3);
        assertThat(counted.json().path("stock").path("on_hand").asLong()).isEqualTo(3);
        assertThat(counted.json().path("stock").path("version").asLong()).isEqualTo(2);
        assertThat(Shop.readAll(alpha, cursor, 100).changes()).filteredOn(c -> c.path("kind").asText().equals("stock_adjustment"))
                .singleElement().satisfies(c -> {
                    assertThat(c.path("id").asText()).isEqualTo(id);
                    assertThat(c.path("data").path("reason").asText()).isEqualTo("counted");
                });

        Reply again = expect(200, alpha.post("/v1/stock/stocktakes", stocktake(id, skuId, 3, 1)));
        assertThat(again.json().path("adjustment")).isEqualTo(adjustment);
        assertThat(shop.onHand(skuId)).as("a stocktake sent again by its id counts once").isEqualTo(3);
    }

    static Map<String, Object> stocktake(String id, String skuId, long onHand, long baseVersion) {
        return map("id", id, "sku_id", skuId, "on_hand", onHand, "base_version", baseVersion, "note", "shelf count");
    }
}
