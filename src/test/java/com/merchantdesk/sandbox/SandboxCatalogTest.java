package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.map;
import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Products and SKUs on a real server: created and replayed by id, merged per field, deleted as tombstones. */
class SandboxCatalogTest {

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
    void aProductIsCreatedReadAndARetryByItsIdAnswersItAsItIs() {
        String id = Bodies.id();
        Reply created = expect(201, alpha.post("/v1/products", Bodies.product(id)));
        assertThat(created.header("Location")).isEqualTo("/v1/products/" + id);
        assertThat(created.json().path("version").asLong()).isEqualTo(1);
        assertThat(created.json().path("listing").asText()).isEqualTo("listed");

        assertThat(expect(200, alpha.get("/v1/products/" + id)).json()).isEqualTo(created.json());

        Map<String, Object> retry = Bodies.product(id);
        retry.put("title", "Another title");
        Reply again = expect(200, alpha.post("/v1/products", retry));
        assertThat(again.json()).as("a create whose id exists answers the record as it is").isEqualTo(created.json());
        assertThat(changesOf(alpha, "product", id)).as("one record in the feed").hasSize(1);
    }

    @Test
    void aSkuIsCreatedWithNoStockReadAndARetryByItsIdAnswersItAsItIs() {
        String productId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        String id = Bodies.id();
        Reply created = expect(201, alpha.post("/v1/skus", Bodies.sku(id, productId, "SHIRT-S")));
        assertThat(created.header("Location")).isEqualTo("/v1/skus/" + id);

        assertThat(expect(200, alpha.get("/v1/skus/" + id)).json()).isEqualTo(created.json());
        Reply again = expect(200, alpha.post("/v1/skus", Bodies.sku(id, productId, "SHIRT-S")));
        assertThat(again.json()).isEqualTo(created.json());
        JsonNode stock = expect(200, alpha.get("/v1/stock/" + id)).json();
        assertThat(stock.path("on_hand").asLong()).isZero();
        assertThat(stock.path("version").asLong()).isZero();
        assertThat(stock.path("sku_code").asText()).isEqualTo("SHIRT-S");
        assertThat(changesOf(alpha, "stock", id)).as("the new SKU's stock record is in the feed")
                .singleElement().satisfies(c -> assertThat(c.path("data")).isEqualTo(stock));
    }

    @Test
    void aSkuOfNoProductOrWithATakenCodeIsRefused() {
        String productId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        alpha.post("/v1/skus", Bodies.sku(Bodies.id(), productId, "SHIRT-S"));

        Reply orphan = expect(422, alpha.post("/v1/skus", Bodies.sku(Bodies.id(), Bodies.id(), "SHIRT-M")));
        Reply taken = expect(422, alpha.post("/v1/skus", Bodies.sku(Bodies.id(), productId, "shirt-s")));

        assertThat(orphan.fields()).containsExactly("product_id");
        assertThat(taken.fields()).as("codes are unique whatever their case").containsExactly("code");
    }

    @Test
    void twoDesksEditingDifferentFieldsOfAProductBothApply() {
        String id = Bodies.id();
        alpha.post("/v1/products", Bodies.product(id));

        Reply first = expect(200, alpha.patch("/v1/products/" + id, map("base_version", 1, "changes", map("title", "Washed linen shirt"))));
        Reply second = expect(200, alpha.patch("/v1/products/" + id, map("base_version", 1, "changes", map("description", "100% linen"))));

        assertThat(first.json().path("version").asLong()).isEqualTo(2);
        assertThat(second.json().path("version").asLong()).isEqualTo(3);
        JsonNode product = alpha.get("/v1/products/" + id).json();
        assertThat(product.path("title").asText()).isEqualTo("Washed linen shirt");
        assertThat(product.path("description").asText()).isEqualTo("100% linen");
        assertThat(product.path("status").asText()).as("fields nobody sent stay").isEqualTo("active");
    }

    @Test
    void editingAFieldThatChangedSinceTheBaseIs412WithTheRecordAsItIs() {
        String id = Bodies.id();
        alpha.post("/v1/products", Bodies.product(id));
        alpha.patch("/v1/products/" + id, map("base_version", 1, "changes", map("title", "Washed linen shirt")));

        Reply stale = expect(412, alpha.patch("/v1/products/" + id,
                map("base_version", 1, "changes", map("title", "Linen shirt (old)", "category", "Shirts"))));

        assertThat(stale.problem()).isEqualTo("stale-version");
        assertThat(stale.json().path("conflicting_fields")).extracting(JsonNode::asText).containsExactly("title");
        assertThat(stale.json().path("current").path("title").asText()).isEqualTo("Washed linen shirt");
        assertThat(stale.json().path("current").path("version").asLong()).isEqualTo(2);
        JsonNode product = alpha.get("/v1/products/" + id).json();
        assertThat(product.path("version").asLong()).as("nothing of the refused edit applied").isEqualTo(2);
        assertThat(product.has("category")).isFalse();

        Reply rebased = expect(200, alpha.patch("/v1/products/" + id,
                map("base_version", 2, "changes", map("title", "Linen shirt (old)", "category", "Shirts"))));
        assertThat(rebased.json().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void skuEditsMergePerFieldToo() {
        String productId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        String id = Bodies.id();
        alpha.post("/v1/skus", Bodies.sku(id, productId, "SHIRT-M"));

        expect(200, alpha.patch("/v1/skus/" + id, map("base_version", 1, "changes", map("price", Bodies.money("KRW", 42000)))));
        expect(200, alpha.patch("/v1/skus/" + id, map("base_version", 1, "changes", map("barcode", "8801234567893"))));
        Reply stale = expect(412, alpha.patch("/v1/skus/" + id,
                map("base_version", 2, "changes", map("price", Bodies.money("KRW", 41000), "barcode", "8800000000000"))));

        assertThat(stale.json().path("conflicting_fields")).extracting(JsonNode::asText).containsExactly("barcode");
        JsonNode sku = alpha.get("/v1/skus/" + id).json();
        assertThat(sku.path("price").path("amount_minor").asLong()).isEqualTo(42000);
        assertThat(sku.path("barcode").asText()).isEqualTo("8801234567893");
        assertThat(sku.path("version").asLong()).isEqualTo(3);
    }

    @Test
    void theListingStateIsThePlatformsAndADeskCannotPatchIt() {
        String id = Bodies.id();
        alpha.post("/v1/products", Bodies.product(id));

        Reply refused = expect(403, alpha.raw("PATCH", "/v1/products/" + id, Shop.writeHeaders(SandboxFixture.ALPHA_TOKEN),
                SandboxClient.json(map("base_version", 1, "changes", map("listing", "delisted"))).getBytes(StandardCharsets.UTF_8), false));

        assertThat(refused.problem()).isEqualTo("not-owner");
        JsonNode product = alpha.get("/v1/products/" + id).json();
        assertThat(product.path("listing").asText()).isEqualTo("listed");
        assertThat(product.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void deletingAProductLeavesTombstonesForItItsSkusAndTheirStock() {
        Shop shop = new Shop(alpha);
        String productId = Bodies.id();
        alpha.post("/v1/products", Bodies.product(productId));
        String skuId = shop.sku(productId, 4);
        String kept = shop.sku(7);
        String cursor = Shop.feedEnd(alpha);

        Reply deleted = expect(200, alpha.delete("/v1/products/" + productId));

        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        List<JsonNode> changes = Shop.readAll(alpha, cursor, 2).changes();
        assertThat(changes).extracting(c -> c.path("kind").asText() + " " + c.path("id").asText())
                .containsExactlyInAnyOrder("product " + productId, "sku " + skuId, "stock " + skuId);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.path("deleted").asBoolean()).isTrue();
            assertThat(c.has("data")).isFalse();
        });
        expect(404, alpha.get("/v1/products/" + productId));
        expect(404, alpha.get("/v1/skus/" + skuId));
        expect(404, alpha.get("/v1/stock/" + skuId));
        expect(404, alpha.delete("/v1/products/" + productId));
        assertThat(shop.onHand(kept)).as("another product's stock").isEqualTo(7);
    }

    @Test
    void deletingASkuLeavesTombstonesForItAndItsStock() {
        Shop shop = new Shop(alpha);
        String skuId = shop.sku(3);
        String cursor = Shop.feedEnd(alpha);

        expect(200, alpha.delete("/v1/skus/" + skuId));

        assertThat(Shop.readAll(alpha, cursor, 10).changes())
                .extracting(c -> c.path("kind").asText() + " " + c.path("id").asText() + " " + c.path("deleted").asBoolean())
                .containsExactlyInAnyOrder("sku " + skuId + " true", "stock " + skuId + " true");
        expect(404, alpha.delete("/v1/skus/" + skuId));
    }

    static List<JsonNode> changesOf(SandboxClient client, String kind, String id) {
        return Shop.readAll(client, null, 100).changes().stream()
                .filter(c -> c.path("kind").asText().equals(kind) && c.path("id").asText().equals(id)).toList();
    }
}
