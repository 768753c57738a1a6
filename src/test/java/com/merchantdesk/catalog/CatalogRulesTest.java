package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.WireRequests;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing, archiving and deleting products: what is allowed, what is refused, and the outbox rows left. */
class CatalogRulesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir Path temp;
    private final SettableClock clock = new SettableClock(START);
    private AppContext app;

    @BeforeEach
    void open() { app = AppContext.open(new DataDirectory(temp), clock); }

    @AfterEach
    void close() { app.close(); }

    private Product create() { return app.catalog().save(CatalogServiceTest.tshirt("TS", "4006381333931"), USD); }

    /** The same product as typed again into the form, with its ids, SKUs replaced by {@code skus}. */
    private static ProductInput edit(Product p, String title, List<SkuInput> skus) {
        return new ProductInput(p.id(), title, p.description(), p.category(), p.status().name(), p.optionNames(), skus,
                p.images(), p.createdAt());
    }

    private static SkuInput input(Sku s) {
        return new SkuInput(s.id(), s.code(), s.optionValues(), s.barcode() == null ? "" : s.barcode().value(),
                s.price().toPlainString(), s.compareAtPrice() == null ? "" : s.compareAtPrice().toPlainString(),
                s.cost() == null ? "" : s.cost().toPlainString(), s.weightGrams() == null ? "" : s.weightGrams().toString(),
                Integer.toString(s.reorderPoint()));
    }

    @Test
    void editKeepsCreationTimeMovesUpdateTimeAndQueuesAnUpsert() {
        Product p = create();
        clock.advance(Duration.ofHours(1));

        Product edited = app.catalog().save(edit(p, "Linen T-Shirt v2", p.skus().stream().map(CatalogRulesTest::input).toList()), USD);

        assertThat(edited.createdAt()).isEqualTo(START);
        assertThat(edited.updatedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(app.catalog().find(p.id())).contains(edited);
        assertThat(edited.skus()).extracting(Sku::id).containsExactlyElementsOf(p.skus().stream().map(Sku::id).toList());
        List<Outbox.Entry> outbox = outbox();
        // The product and its two SKUs created, then only the title that changed.
        assertThat(outbox).extracting(Outbox.Entry::entityType, Outbox.Entry::operation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("product", "create"), org.assertj.core.groups.Tuple.tuple("sku", "create"),
                org.assertj.core.groups.Tuple.tuple("sku", "create"), org.assertj.core.groups.Tuple.tuple("product", "patch"));
        assertThat(outbox.get(3).payload()).isEqualTo("{\"changes\":{\"title\":\"Linen T-Shirt v2\"}}");
        WireRequests.assertAccepted("POST", "/v1/products", outbox.get(0).payload());
        WireRequests.assertAccepted("POST", "/v1/skus", outbox.get(1).payload());
        WireRequests.assertAccepted("PATCH", "/v1/products/" + p.id(),
                outbox.get(3).payload().replace("{\"changes\"", "{\"base_version\":1,\"changes\""));
        assertThat(outbox.get(1).payload()).as("the cost price stays on the desk").doesNotContain("cost");
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(10).withText("v2")))).containsExactly("TS-BLU-L", "TS-RED-M");
    }

    @Test
    void removingASkuWithoutHistoryRemovesItsStockRowAndSearchWords() {
        Product p = create();
        Sku blue = p.skus().get(1);

        Product edited = app.catalog().save(edit(p, p.title(), List.of(input(p.skus().get(0)))), USD);

        assertThat(edited.skus()).extracting(Sku::code).containsExactly("TS-RED-M");
        assertThat(app.catalog().findSku(blue.id())).isEmpty();
        assertThat(count("SELECT count(*) FROM stock_level WHERE sku_id = '" + blue.id() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM sku_search")).isEqualTo(1);
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(10).withText("blu")))).isEmpty();
    }

    @Test
    void removingASkuWithStockHistoryIsRefusedAndChangesNothing() {
        Product p = create();
        Sku blue = p.skus().get(1);
        app.stock().adjust(new StockAdjustment(blue.id(), MovementKind.RECEIVED, 2, "", "", ""));
        int outboxBefore = outbox().size();

        assertThatThrownBy(() -> app.catalog().save(edit(p, "Renamed", List.of(input(p.skus().get(0)))), USD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("skus", "validation.sku.hasHistory", "TS-BLU-L")));

        assertThat(app.catalog().find(p.id())).contains(p);
        assertThat(app.stock().onHand(blue.id())).isEqualTo(2);
        assertThat(outbox()).hasSize(outboxBefore);
    }

    @Test
    void codesAndBarcodesCanMoveBetweenSkusOfOneProduct() {
        Product p = create();
        Sku red = p.skus().get(0);
        Sku blue = p.skus().get(1);
        // The seller swaps the two codes and moves the barcode to the other SKU in one edit.
        SkuInput redNow = new SkuInput(red.id(), blue.code(), red.optionValues(), "", "19.90", "", "", "", "");
        SkuInput blueNow = new SkuInput(blue.id(), red.code(), blue.optionValues(), "4006381333931", "21.00", "", "", "", "");

        Product edited = app.catalog().save(edit(p, p.title(), List.of(redNow, blueNow)), USD);

        assertThat(edited.skus()).extracting(Sku::code).containsExactly("TS-BLU-L", "TS-RED-M");
        assertThat(app.catalog().findByScan("4006381333931")).map(SkuRow::skuId).contains(blue.id());
        assertThat(app.catalog().findByScan("TS-RED-M")).map(SkuRow::skuId).contains(blue.id());
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(10).withText("ts-red")))).containsExactly("TS-RED-M");
    }

    @Test
    void skuOfAnotherProductCannotBeTakenOver() {
        Product first = create();
        Product second = app.catalog().save(new ProductInput(null, "Towel", "", "", "", List.of(),
                List.of(new SkuInput(null, "TOWEL", List.of(), "", "1", "", "", "", "")), List.of(), null), USD);
        SkuInput stolen = input(first.skus().get(0));
        SkuInput stolenRenamed = new SkuInput(stolen.id(), "NEW-CODE", List.of(), "", "1", "", "", "", "");

        assertThatThrownBy(() -> app.catalog().save(edit(second, "Towel", List.of(stolenRenamed)), USD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("skus[0].id", "validation.sku.otherProduct")));
        assertThat(app.catalog().find(first.id())).contains(first);
    }

    @Test
    void skuCodesAreUniqueIgnoringCaseAcrossProducts() {
        create();
        assertThatThrownBy(() -> app.catalog().save(new ProductInput(null, "Other", "", "", "", List.of(),
                List.of(new SkuInput(null, "ts-red-m", List.of(), "", "1", "", "", "", "")), List.of(), null), USD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("skus[0].code", "validation.sku.codeTaken", "ts-red-m")));
    }

    @Test
    void archivingHidesFromTheFirstPageAndQueuesAnUpsert() {
        Product p = create();
        clock.advance(Duration.ofMinutes(3));

        Product archived = app.catalog().setStatus(p.id(), ProductStatus.ARCHIVED);

        assertThat(archived.status()).isEqualTo(ProductStatus.ARCHIVED);
        assertThat(archived.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        assertThat(archived.createdAt()).isEqualTo(START);
        assertThat(app.catalog().find(p.id())).contains(archived);
        assertThat(app.catalog().search(ProductQuery.firstPage(10)).total()).isZero();
        assertThat(app.catalog().search(ProductQuery.firstPage(10).withFilters(EnumSet.of(ProductStatus.ARCHIVED), null, false)).total())
                .isEqualTo(2);
        List<Outbox.Entry> rows = outbox();
        Outbox.Entry last = rows.get(rows.size() - 1);
        assertThat(last.operation()).isEqualTo("patch");
        assertThat(last.entityId()).isEqualTo(p.id());
        assertThat(last.payload()).isEqualTo("{\"changes\":{\"status\":\"archived\"}}");

        assertThat(app.catalog().setStatus(p.id(), ProductStatus.ACTIVE).status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(app.catalog().search(ProductQuery.firstPage(10)).total()).isEqualTo(2);
    }

    @Test
    void productWithStockHistoryCanBeArchivedButNotDeleted() {
        Product p = create();
        app.stock().adjust(new StockAdjustment(p.skus().get(0).id(), MovementKind.RECEIVED, 1, "", "", ""));
        int outboxBefore = outbox().size();

        assertThatThrownBy(() -> app.catalog().delete(p.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("id", "validation.product.archiveInstead")));
        assertThat(app.catalog().find(p.id())).isPresent();
        assertThat(outbox()).hasSize(outboxBefore);

        assertThat(app.catalog().setStatus(p.id(), ProductStatus.ARCHIVED).isArchived()).isTrue();
    }

    @Test
    void deletingRemovesEverythingOfTheProductAndQueuesATombstone() throws Exception {
        Product p = create();
        Product kept = app.catalog().save(new ProductInput(null, "Towel", "", "", "", List.of(),
                List.of(new SkuInput(null, "TOWEL", List.of(), "", "1", "", "", "", "")), List.of(), null), USD);
        app.database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO product_image(id, product_id, position, file_name, thumbnail) VALUES "
                        + "('img', '" + p.id() + "', 0, 'a.png', 'a-t.png')");
            }
        });
        clock.advance(Duration.ofSeconds(30));

        app.catalog().delete(p.id());

        assertThat(app.catalog().find(p.id())).isEmpty();
        for (String table : List.of("sku", "product_image")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE product_id = '" + p.id() + "'")).as(table).isZero();
        }
        assertThat(count("SELECT count(*) FROM stock_level")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sku_search")).isEqualTo(1);
        assertThat(app.catalog().findByScan("4006381333931")).isEmpty();
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(10)))).containsExactly("TOWEL");
        assertThat(app.catalog().find(kept.id())).contains(kept);
        Outbox.Entry tombstone = outbox().get(outbox().size() - 1);
        assertThat(tombstone.operation()).isEqualTo("delete");
        assertThat(tombstone.entityId()).isEqualTo(p.id());
        assertThat(tombstone.entityType()).isEqualTo("product");
        assertThat(tombstone.payload()).isEqualTo("{}");
        assertThat(tombstone.createdAt()).isEqualTo(START.plusSeconds(30));
        // Its codes are free again.
        assertThat(app.catalog().save(CatalogServiceTest.tshirt("TS", "4006381333931"), USD).skus()).hasSize(2);
    }

    @Test
    void unknownProductCannotBeDeletedOrChanged() {
        create();
        int outboxBefore = outbox().size();
        assertThatThrownBy(() -> app.catalog().delete("no-such-product"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("id", "validation.product.missing")));
        assertThatThrownBy(() -> app.catalog().setStatus("no-such-product", ProductStatus.ARCHIVED))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("id", "validation.product.missing")));
        assertThat(outbox()).hasSize(outboxBefore);
    }

    @Test
    void productSavedThroughTheCallersTransactionIsAllOrNothing() {
        Product a = CatalogServiceTest.tshirt("A", "").toProduct(USD, START);
        Product b = CatalogServiceTest.tshirt("A", "").toProduct(USD, START); // same codes: refused
        assertThatThrownBy(() -> app.database().write(c -> {
            app.catalog().save(c, a);
            return app.catalog().save(c, b);
        })).isInstanceOf(ValidationException.class);
        assertThat(app.catalog().search(ProductQuery.firstPage(10)).total()).isZero();
        assertThat(outbox()).isEmpty();
    }

    private List<Outbox.Entry> outbox() {
        return app.database().read(c -> Outbox.pending(c, 1000));
    }

    private long count(String sql) {
        return app.database().read(c -> count(c, sql));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> codes(Page<SkuRow> page) {
        return new ArrayList<>(page.items().stream().map(SkuRow::code).toList());
    }
}
