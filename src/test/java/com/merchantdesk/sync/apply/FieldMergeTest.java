package com.merchantdesk.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.testsupport.WireRequests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulled products, SKUs and customers merge per field against the last agreed version (brief, "Product edits merge
 * per field"): clean merges queue nothing, the same field on both sides is one conflict the seller resolves.
 */
class FieldMergeTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private AppContext app;
    private PulledCatalog platform;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp), clock);
        platform = new PulledCatalog(app);
    }

    @AfterEach
    void close() { app.close(); }

    private Product tee() {
        Product p = app.catalog().save(new ProductInput(null, "Linen Tee", "Soft linen", "Apparel", "active", List.of("Size"),
                List.of(new ProductInput.SkuInput(null, "TEE-M", List.of("M"), "4006381333931", "19.90", "25.00", "", "180", "5"),
                        new ProductInput.SkuInput(null, "TEE-L", List.of("L"), "", "21.00", "", "", "", "")),
                List.of(), null), USD);
        platform.agree(p);
        return p;
    }

    /** The seller edits the product in the form: only {@code title} (and, if given, a SKU's price) change. */
    private Product editTitle(Product p, String title) {
        return app.catalog().save(new ProductInput(p.id(), title, p.description(), p.category(), p.status().name(),
                p.optionNames(), p.skus().stream().map(FieldMergeTest::input).toList(), p.images(), p.createdAt()), USD);
    }

    private static ProductInput.SkuInput input(Sku s) {
        return new ProductInput.SkuInput(s.id(), s.code(), s.optionValues(), s.barcode() == null ? "" : s.barcode().value(),
                s.price().toPlainString(), s.compareAtPrice() == null ? "" : s.compareAtPrice().toPlainString(),
                s.cost() == null ? "" : s.cost().toPlainString(), s.weightGrams() == null ? "" : s.weightGrams().toString(),
                Integer.toString(s.reorderPoint()));
    }

    private Product find(String id) { return app.catalog().find(id).orElseThrow(); }

    private Conflicts conflicts() { return new Conflicts(app.database(), clock); }

    @Test
    void editsOfDifferentFieldsOnEachSideMergeWithNoConflictAndThePullQueuesNothing() {
        Product p = tee();
        Product edited = editTitle(p, "Linen Tee (washed)");
        long rows = platform.outboxRows();

        ObjectNode v2 = PulledCatalog.product(p, 2).put("description", "Washed linen, relaxed fit");
        platform.pull(ChangeKind.PRODUCT, v2);
        Sku m = p.skus().get(0);
        ObjectNode skuV2 = PulledCatalog.sku(p.id(), m, 2).put("reorder_point", 9);
        platform.pull(ChangeKind.SKU, skuV2);

        Product now = find(p.id());
        assertThat(now.title()).as("the desk's own edit stays; its patch is queued").isEqualTo(edited.title());
        assertThat(now.description()).as("the platform's edit is taken").isEqualTo("Washed linen, relaxed fit");
        assertThat(now.skus().get(0).reorderPoint()).isEqualTo(9);
        assertThat(now.skus().get(0).cost()).as("the platform's cost is not the desk's").isNull();
        assertThat(platform.conflicts()).isZero();
        assertThat(platform.outboxRows()).as("a pull queues nothing").isEqualTo(rows);
        assertThat(platform.open()).extracting(Outbox.Entry::payload)
                .containsExactly("{\"changes\":{\"title\":\"Linen Tee (washed)\"}}");
        assertThat(platform.count("SELECT platform_version FROM product WHERE id = ?", p.id())).isEqualTo(2);
        assertThat(platform.count("SELECT version FROM sync_base WHERE entity_type = 'product' AND entity_id = ?", p.id())).isEqualTo(2);

        // The platform's change of the product's words is in the search at once.
        assertThat(app.catalog().search(ProductQuery.firstPage(10).withText("washed")).items()).hasSize(2);
    }

    @Test
    void customersMergeTheSameWay() {
        Customer k = app.customers().save(new CustomerInput(null, "Park Seoyeon", "010-2222-3333", "", new Address(
                "Park Seoyeon", "", "12 Teheran-ro", "", "Seoul", "", "06234", "KR"), "regular"));
        platform.agree(k);
        app.customers().save(new CustomerInput(k.id(), "Park Seoyeon", "010-9999-0000", "", k.address(), "regular"));
        long rows = platform.outboxRows();

        platform.pull(ChangeKind.CUSTOMER, PulledCatalog.customer(k, 2).put("email", "seo@example.com"));
        assertThat(platform.outboxRows()).as("a clean merge queues nothing").isEqualTo(rows);
        assertThat(app.customers().find(k.id()).orElseThrow().phone()).isEqualTo("010-9999-0000");
        ObjectNode conflicting = PulledCatalog.customer(k, 3).put("email", "seo@example.com").put("phone", "010-1111-2222");
        platform.pull(ChangeKind.CUSTOMER, conflicting);

        Customer now = app.customers().find(k.id()).orElseThrow();
        assertThat(now.email()).isEqualTo("seo@example.com");
        assertThat(now.phone()).as("kept until the seller chooses").isEqualTo("010-9999-0000");
        assertThat(now.note()).isEqualTo("regular");
        List<ConflictView> open = conflicts().list();
        assertThat(open).extracting(ConflictView::id, ConflictView::recordName, ConflictView::deskValue,
                        ConflictView::platformValue, ConflictView::baseValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer:" + k.id() + ":phone", "Park Seoyeon",
                        "\"010-9999-0000\"", "\"010-1111-2222\"", "\"010-2222-3333\""));
        assertThat(app.customers().search(new com.merchantdesk.customers.CustomerQuery("seo@example", 0, 10), USD).items())
                .as("the customer search has the platform's email").hasSize(1);
        assertThat(platform.open()).as("the desk's phone patch waits for the seller's choice").isEmpty();
    }

    @Test
    void theSameFieldOnBothSidesIsOneConflictAndTheDeskKeepsItsValue() {
        Product p = tee();
        editTitle(p, "Linen Tee (desk)");

        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 2).put("title", "Linen Tee (platform)"));

        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (desk)");
        List<ConflictView> open = conflicts().list();
        assertThat(open).hasSize(1);
        ConflictView k = open.get(0);
        assertThat(k.id()).isEqualTo("product:" + p.id() + ":title");
        assertThat(k.recordName()).isEqualTo("Linen Tee (desk)");
        assertThat(List.of(k.baseValue(), k.deskValue(), k.platformValue()))
                .containsExactly("\"Linen Tee\"", "\"Linen Tee (desk)\"", "\"Linen Tee (platform)\"");
        assertThat(k.platformVersion()).isEqualTo(2);
        assertThat(platform.open()).as("the title's patch does not go out and overwrite the platform's").isEmpty();
    }

    private ConflictView titleConflict(Product p) {
        editTitle(p, "Linen Tee (desk)");
        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 2).put("title", "Linen Tee (platform)"));
        return conflicts().list().get(0);
    }

    @Test
    void keepMineQueuesExactlyOneValidPatchOnTheConflictsVersion() {
        Product p = tee();
        ConflictView k = titleConflict(p);

        Conflicts.Resolved done = conflicts().resolve(k.id(), Resolution.keepMine());

        assertThat(done.queued()).isPresent();
        List<Outbox.Entry> open = platform.open();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).entityType()).isEqualTo("product");
        assertThat(open.get(0).operation()).isEqualTo("patch");
        assertThat(open.get(0).payload()).isEqualTo("{\"base_version\":2,\"changes\":{\"title\":\"Linen Tee (desk)\"}}");
        WireRequests.assertAccepted("PATCH", "/v1/products/" + p.id(), open.get(0).payload());
        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (desk)");
        assertThat(platform.conflicts()).isZero();

        // The platform's next version, before the patch got there, leaves the desk's choice alone.
        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 3).put("title", "Linen Tee (platform)")
                .put("category", "Summer"));
        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (desk)");
        assertThat(find(p.id()).category()).isEqualTo("Summer");
        assertThat(platform.conflicts()).isZero();
    }

    @Test
    void takeTheirsSetsThePlatformsValueAndQueuesNothing() {
        Product p = tee();
        ConflictView k = titleConflict(p);
        long rows = platform.outboxRows();

        Conflicts.Resolved done = conflicts().resolve(k.id(), Resolution.takeTheirs());

        assertThat(done.queued()).isEmpty();
        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (platform)");
        assertThat(platform.outboxRows()).isEqualTo(rows);
        assertThat(platform.open()).isEmpty();
        assertThat(platform.conflicts()).isZero();
        assertThat(app.catalog().search(ProductQuery.firstPage(10).withText("platform")).items()).hasSize(2);
        // Agreed now: the same version again, or the next one unchanged, changes nothing.
        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 3).put("title", "Linen Tee (platform)"));
        assertThat(platform.conflicts()).isZero();
        assertThat(platform.outboxRows()).isEqualTo(rows);
    }

    @Test
    void anEditSetsTheNewValueAndQueuesItsPatch() {
        Product p = tee();
        Sku m = p.skus().get(0);
        app.catalog().save(new ProductInput(p.id(), p.title(), p.description(), p.category(), p.status().name(),
                p.optionNames(), List.of(new ProductInput.SkuInput(m.id(), m.code(), m.optionValues(), m.barcode().value(),
                        "18.00", "25.00", "", "180", "5"), input(p.skus().get(1))), p.images(), p.createdAt()), USD);
        platform.pull(ChangeKind.SKU, PulledCatalog.sku(p.id(), m, 2).set("price",
                PlatformJson.mapper().valueToTree(new com.merchantdesk.platform.Money("USD", 1750))));
        ConflictView k = conflicts().list().get(0);
        assertThat(k.id()).isEqualTo("sku:" + m.id() + ":price");
        assertThat(k.recordName()).isEqualTo("Linen Tee \u00b7 TEE-M");

        assertThatThrownBy(() -> conflicts().resolve(k.id(), Resolution.edit("17.999")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("value"));
        assertThat(platform.conflicts()).as("a refused value changes nothing").isEqualTo(1);

        conflicts().resolve(k.id(), Resolution.edit("17.80"));

        assertThat(find(p.id()).skus().get(0).price().minorUnits()).isEqualTo(1780);
        List<Outbox.Entry> open = platform.open();
        assertThat(open).extracting(Outbox.Entry::payload).containsExactly(
                "{\"base_version\":2,\"changes\":{\"price\":{\"currency\":\"USD\",\"amount_minor\":1780}}}");
        WireRequests.assertAccepted("PATCH", "/v1/skus/" + m.id(), open.get(0).payload());
        assertThat(platform.conflicts()).isZero();
    }

    @Test
    void anUnknownConflictIsRefusedByNameAndChangesNothing() {
        Product p = tee();
        ConflictView k = titleConflict(p);
        long rows = platform.outboxRows();

        for (String bad : List.of("product:" + p.id() + ":description", "nonsense", "order:" + p.id() + ":title")) {
            assertThatThrownBy(() -> conflicts().resolve(bad, Resolution.keepMine()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("id", "sync.conflict.unknown", bad)));
        }
        assertThat(conflicts().list()).containsExactly(k);
        assertThat(platform.outboxRows()).isEqualTo(rows);
    }

    @Test
    void applyingTheSameVersionTwiceOrAnOlderOneChangesNothing() {
        Product p = tee();
        editTitle(p, "Linen Tee (desk)");
        ObjectNode v2 = PulledCatalog.product(p, 2).put("title", "Linen Tee (platform)").put("category", "Summer");
        platform.pull(ChangeKind.PRODUCT, v2);
        String before = snapshot(p);

        platform.pull(ChangeKind.PRODUCT, v2);
        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 1).put("category", "Winter"));

        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(find(p.id()).category()).isEqualTo("Summer");
    }

    private String snapshot(Product p) {
        return platform.text("SELECT json_array(title, description, category, status, updated_at, platform_version, listing, "
                + "(SELECT count(*) FROM outbox), (SELECT group_concat(payload) FROM outbox), "
                + "(SELECT group_concat(entity_id || field || desk_value || platform_value || platform_version) FROM sync_conflict), "
                + "(SELECT group_concat(version || data) FROM sync_base)) FROM product WHERE id = ?", p.id());
    }

    @Test
    void aDelistedProductKeepsTheSellersEditAndIsShownAsNotPublished() {
        Product p = tee();
        editTitle(p, "Linen Tee (desk)");

        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 2).put("listing", "delisted"));

        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (desk)");
        assertThat(platform.open()).extracting(Outbox.Entry::payload)
                .containsExactly("{\"changes\":{\"title\":\"Linen Tee (desk)\"}}");
        List<SkuRow> rows = app.catalog().search(ProductQuery.firstPage(10).withText("linen")).items();
        assertThat(rows).hasSize(2).allMatch(SkuRow::delisted);
        assertThat(app.catalog().findSku(p.skus().get(0).id()).orElseThrow().delisted()).isTrue();

        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 3).put("listing", "listed"));
        assertThat(app.catalog().findSku(p.skus().get(0).id()).orElseThrow().delisted()).isFalse();
    }

    @Test
    void aNewPulledProductWithSkusIsSearchableAndHasItsStockRows() {
        String productId = "01890a5d-ac96-774b-bcce-b302099a8001";
        ObjectNode product = PlatformJson.mapper().createObjectNode().put("id", productId).put("title", "Ceramic Mug")
                .put("category", "Kitchen").put("status", "active").put("listing", "listed").put("version", 4)
                .put("created_at", "2026-05-01T00:00:00Z").put("updated_at", "2026-05-02T00:00:00Z");
        product.putArray("option_names").add("Colour");
        ObjectNode white = skuJson("01890a5d-ac96-774b-bcce-b302099a8002", productId, "MUG-WHT", "White", "5901234123457", 1200);
        ObjectNode black = skuJson("01890a5d-ac96-774b-bcce-b302099a8003", productId, "MUG-BLK", "Black", null, 1300);

        // A SKU can come before its product in the feed (the product changed again later).
        platform.pull(ChangeKind.SKU, white);
        platform.pull(ChangeKind.PRODUCT, product);
        platform.pull(ChangeKind.SKU, black);

        assertThat(codes("mug")).containsExactly("MUG-BLK", "MUG-WHT");
        assertThat(codes("kitch")).containsExactly("MUG-BLK", "MUG-WHT");
        assertThat(codes("blk")).containsExactly("MUG-BLK");
        assertThat(codes("5901234123457")).containsExactly("MUG-WHT");
        Product mug = find(productId);
        assertThat(mug.title()).isEqualTo("Ceramic Mug");
        assertThat(mug.skus()).extracting(Sku::code).containsExactly("MUG-WHT", "MUG-BLK");
        assertThat(mug.skus().get(0).barcode().symbology()).isEqualTo(com.merchantdesk.catalog.Barcode.Symbology.EAN_13);
        assertThat(platform.count("SELECT count(*) FROM stock_level WHERE sku_id IN (?, ?)", white.get("id").asText(),
                black.get("id").asText())).isEqualTo(2);
        assertThat(platform.count("SELECT awaiting_pull FROM product WHERE id = ?", productId)).isZero();
        assertThat(platform.outboxRows()).as("nothing pulled is pushed back").isZero();
        assertThat(platform.conflicts()).isZero();
        assertThat(platform.count("SELECT count(*) FROM sync_base")).isEqualTo(3);
    }

    private static ObjectNode skuJson(String id, String productId, String code, String colour, String barcode, long price) {
        ObjectNode s = PlatformJson.mapper().createObjectNode().put("id", id).put("product_id", productId).put("code", code)
                .put("version", 1).put("created_at", "2026-05-01T00:00:00Z").put("updated_at", "2026-05-01T00:00:00Z");
        s.putArray("option_values").add(colour);
        if (barcode != null) {
            s.put("barcode", barcode);
        }
        s.putObject("price").put("currency", "USD").put("amount_minor", price);
        return s;
    }

    private List<String> codes(String text) {
        return app.catalog().search(ProductQuery.firstPage(10).withText(text)).items().stream().map(SkuRow::code).sorted().toList();
    }

    @Test
    void aSkuWhoseCodeAnotherDeskSkuHasIsRefusedAndNothingIsWritten() {
        Product p = tee();
        String productId = "01890a5d-ac96-774b-bcce-b302099a8011";
        ObjectNode clash = skuJson("01890a5d-ac96-774b-bcce-b302099a8012", productId, "tee-m", "M", null, 1990);

        assertThatThrownBy(() -> platform.pull(ChangeKind.SKU, clash))
                .isInstanceOfSatisfying(SkuClashException.class, e -> {
                    assertThat(e.clash()).isEqualTo(SkuClashException.Clash.CODE);
                    assertThat(e.localSkuId()).isEqualTo(p.skus().get(0).id());
                    assertThat(e.getMessage()).contains("tee-m", p.skus().get(0).id());
                });
        assertThat(app.catalog().find(productId)).isEmpty();
        assertThat(platform.count("SELECT count(*) FROM sku")).isEqualTo(2);
        assertThat(platform.count("SELECT count(*) FROM sync_base WHERE entity_id = ?", productId)).isZero();
    }

    @Test
    void aTombstoneDeletesAProductWithoutHistoryAndArchivesOneWithHistory() {
        Product plain = tee();
        Product sold = app.catalog().save(new ProductInput(null, "Canvas Bag", "", "Bags", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "BAG-1", List.of(), "", "30.00", "", "", "", "")), List.of(), null), USD);
        platform.agree(sold);
        app.stock().adjust(new StockAdjustment(sold.skus().get(0).id(), MovementKind.RECEIVED, 5, "delivery", "", ""));
        long rows = platform.outboxRows();

        platform.tombstone(ChangeKind.PRODUCT, plain.id());
        platform.tombstone(ChangeKind.PRODUCT, sold.id());
        platform.tombstone(ChangeKind.PRODUCT, plain.id());

        assertThat(app.catalog().find(plain.id())).isEmpty();
        assertThat(platform.count("SELECT count(*) FROM sku_search")).as("its search words went with it").isEqualTo(1);
        assertThat(codes("tee")).isEmpty();
        Product kept = find(sold.id());
        assertThat(kept.status()).isEqualTo(com.merchantdesk.catalog.ProductStatus.ARCHIVED);
        assertThat(app.stock().onHand(sold.skus().get(0).id())).as("its ledger is whole").isEqualTo(5);
        assertThat(app.catalog().findSku(sold.skus().get(0).id()).orElseThrow().delisted()).isTrue();
        assertThat(platform.count("SELECT count(*) FROM sync_base")).isZero();
        assertThat(platform.outboxRows()).isEqualTo(rows);
    }

    @Test
    void anAcknowledgedPushTakesWhatThePlatformMergedAndKeepsWhatTheDeskChangedSince() {
        Product p = tee();
        editTitle(p, "Linen Tee (sent)");
        platform.pushAll();
        editTitle(find(p.id()), "Linen Tee (typed since)");
        // The platform's answer to the title patch: it had merged a category change of its own.
        ObjectNode answer = PulledCatalog.product(p, 3).put("title", "Linen Tee (sent)").put("category", "Summer");

        Boolean applied = app.database().write(c -> Conflicts.acknowledged(c, ChangeKind.PRODUCT, answer));

        assertThat(applied).isTrue();
        Product now = find(p.id());
        assertThat(now.title()).isEqualTo("Linen Tee (typed since)");
        assertThat(now.category()).isEqualTo("Summer");
        assertThat(platform.conflicts()).isZero();
        assertThat(platform.count("SELECT platform_version FROM product WHERE id = ?", p.id())).isEqualTo(3);
        Boolean again = app.database().write(c -> Conflicts.acknowledged(c, ChangeKind.PRODUCT, answer));
        assertThat(again).as("the same answer again changes nothing").isFalse();
    }

    @Test
    void aPatchRefusedWith412BecomesAConflictAndItsOtherFieldsAreQueuedAgain() {
        Product p = tee();
        app.catalog().save(new ProductInput(p.id(), "Linen Tee (desk)", p.description(), "Tops", p.status().name(),
                p.optionNames(), p.skus().stream().map(FieldMergeTest::input).toList(), p.images(), p.createdAt()), USD);
        Outbox.Entry sent = platform.open().get(0);
        app.database().write(c -> { Outbox.markSending(c, sent.seq()); return null; });
        ObjectNode current = PulledCatalog.product(p, 5).put("title", "Linen Tee (platform)");

        var rejected = FieldValues.read(sent.payload());
        var again = app.database().write(c -> Conflicts.fromRejectedPatch(c, ChangeKind.PRODUCT, rejected,
                List.of("title"), current));

        assertThat(conflicts().list()).extracting(ConflictView::id).containsExactly("product:" + p.id() + ":title");
        assertThat(find(p.id()).title()).isEqualTo("Linen Tee (desk)");
        assertThat(again).isPresent();
        Outbox.Entry queued = app.database().read(c -> Outbox.find(c, again.get().seq()));
        assertThat(queued.payload()).isEqualTo("{\"base_version\":5,\"changes\":{\"category\":\"Tops\"}}");
        WireRequests.assertAccepted("PATCH", "/v1/products/" + p.id(), queued.payload());
    }

    @Test
    void aRecordMadeOnBothSidesWithNoAgreedVersionConflictsOnEveryDifferingField() {
        Product p = app.catalog().save(new ProductInput(null, "Linen Tee", "", "Apparel", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "TEE-1", List.of(), "", "19.90", "", "", "", "")), List.of(), null), USD);

        platform.pull(ChangeKind.PRODUCT, PulledCatalog.product(p, 1).put("title", "Linen T-shirt"));

        assertThat(conflicts().list()).extracting(ConflictView::field, ConflictView::baseValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", null));
        assertThat(find(p.id()).title()).isEqualTo("Linen Tee");
    }
}
