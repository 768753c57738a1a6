package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.Shop.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.apply.Conflicts;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's own feed records, as the wire carries them, applied by the desk's product and SKU appliers: a
 * product made on the platform arrives whole and searchable, a platform edit and a desk edit of other fields merge,
 * and the desk's patch, sent as the engine will send it, is taken by the platform and acknowledged.
 */
class PulledCatalogOverLoopbackTest {

    @TempDir Path folder;
    private SandboxFixture sandbox;
    private AppContext desk;
    private String cursor;

    @BeforeEach
    void start() {
        sandbox = new SandboxFixture(folder.resolve("platform"));
        new Shop(sandbox.alpha);
        desk = AppContext.open(new DataDirectory(folder.resolve("desk")), new SettableClock(SandboxFixture.START));
    }

    @AfterEach
    void stop() {
        desk.close();
        sandbox.close();
    }

    /** Applies the feed's product and SKU changes since the last pull, as the engine's page transaction would. */
    private void pull() {
        Shop.Page page = Shop.readAll(sandbox.alpha, cursor, 100);
        cursor = page.nextCursor();
        desk.database().write(c -> {
            for (JsonNode node : page.changes()) {
                Change change = PlatformJson.mapper().convertValue(node, Change.class);
                if (change.kind() == ChangeKind.PRODUCT || change.kind() == ChangeKind.SKU) {
                    assertThat(PulledChanges.standard().apply(c, change)).isEmpty();
                }
            }
            return null;
        });
    }

    @Test
    void aPlatformProductArrivesAndEditsOfOtherFieldsMergeBothWays() throws Exception {
        String productId = Bodies.id();
        String m = Bodies.id();
        String l = Bodies.id();
        expect(201, sandbox.alpha.post("/v1/products", Bodies.product(productId)));
        expect(201, sandbox.alpha.post("/v1/skus", Bodies.sku(m, productId, "LIN-M")));
        Map<String, Object> large = new java.util.LinkedHashMap<>(Bodies.sku(l, productId, "LIN-L"));
        large.put("option_values", List.of("L"));
        expect(201, sandbox.alpha.post("/v1/skus", large));

        pull();

        List<SkuRow> found = desk.catalog().search(ProductQuery.firstPage(10).withText("linen")).items();
        assertThat(found).extracting(SkuRow::code).containsExactlyInAnyOrder("LIN-M", "LIN-L");
        assertThat(found.get(0).price().currency()).isEqualTo(Currency.getInstance("KRW"));
        assertThat(desk.catalog().find(productId).orElseThrow().skus()).allSatisfy(s -> assertThat(s.cost()).isNull());
        List<Outbox.Entry> none = desk.database().read(c -> Outbox.pending(c, 10));
        assertThat(none).as("nothing pulled is queued").isEmpty();

        // The seller edits the description offline; the platform's title changes meanwhile.
        Product p = desk.catalog().find(productId).orElseThrow();
        desk.catalog().save(new ProductInput(p.id(), p.title(), "Washed linen", p.category(), p.status().name(),
                p.optionNames(), p.skus().stream().map(s -> new ProductInput.SkuInput(s.id(), s.code(), s.optionValues(), "",
                        s.price().toPlainString(), "", "", "", "")).toList(), p.images(), p.createdAt()), Currency.getInstance("KRW"));
        expect(200, sandbox.alpha.patch("/v1/products/" + productId,
                Map.of("base_version", 1, "changes", Map.of("title", "Linen shirt, relaxed"))));

        pull();

        Product merged = desk.catalog().find(productId).orElseThrow();
        assertThat(merged.title()).isEqualTo("Linen shirt, relaxed");
        assertThat(merged.description()).isEqualTo("Washed linen");
        assertThat(new Conflicts(desk.database(), desk.clock()).list()).isEmpty();
        List<Outbox.Entry> queued = desk.database().read(c -> Outbox.pending(c, 10));
        assertThat(queued).extracting(Outbox.Entry::payload).containsExactly("{\"changes\":{\"description\":\"Washed linen\"}}");

        // Sent as the engine sends it (base_version: the platform version the desk holds), the platform merges it.
        Long held = desk.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT platform_version FROM product WHERE id = ?")) {
                ps.setString(1, productId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        JsonNode answer = expect(200, sandbox.alpha.patch("/v1/products/" + productId,
                Map.of("base_version", held, "changes", Map.of("description", "Washed linen")))).json();
        Boolean applied = desk.database().write(c -> Conflicts.acknowledged(c, ChangeKind.PRODUCT, answer));
        assertThat(applied).isTrue();
        assertThat(answer.path("title").asText()).isEqualTo("Linen shirt, relaxed");

        pull();
        assertThat(desk.catalog().find(productId).orElseThrow()).satisfies(now -> {
            assertThat(now.title()).isEqualTo("Linen shirt, relaxed");
            assertThat(now.description()).isEqualTo("Washed linen");
        });
        assertThat(new Conflicts(desk.database(), desk.clock()).list()).isEmpty();
    }
}
