package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTest {

    private static final Currency USD = Currency.getInstance("USD");
    @TempDir Path temp;
    private AppContext app;

    @BeforeEach
    void open() { app = AppContext.open(new DataDirectory(temp), Clock.systemUTC()); }

    @AfterEach
    void close() { app.close(); }

    static ProductInput tshirt(String codePrefix, String barcode) {
        return new ProductInput(null, "Linen T-Shirt", "Soft linen", "Apparel", "active", List.of("Colour", "Size"),
                List.of(new ProductInput.SkuInput(null, codePrefix + "-RED-M", List.of("Red", "M"), barcode, "19.90", "25.00", "8.10", "180", "5"),
                        new ProductInput.SkuInput(null, codePrefix + "-BLU-L", List.of("Blue", "L"), "", "21.00", "", "", "", "")),
                List.of(), null);
    }

    @Test
    void savedProductIsFoundByWordPrefixSkuCodeAndBarcode() {
        Product saved = app.catalog().save(tshirt("TS", "4006381333931"), USD);

        assertThat(app.catalog().find(saved.id())).contains(saved);
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withText("lin")))).containsExactly("TS-BLU-L", "TS-RED-M");
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withText("shirt red")))).containsExactly("TS-RED-M");
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withText("ts-bl")))).containsExactly("TS-BLU-L");
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withText("400638")))).containsExactly("TS-RED-M");
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withText("nothing")))).isEmpty();
        assertThat(app.catalog().findByScan("4006381333931")).map(SkuRow::code).contains("TS-RED-M");
        assertThat(app.catalog().findByScan("ts-blu-l")).map(SkuRow::code).contains("TS-BLU-L");
    }

    @Test
    void saveWritesOutboxRowInSameTransaction() {
        app.catalog().save(tshirt("TS", ""), USD);
        List<Outbox.Entry> pending = app.database().read(c -> Outbox.pending(c, 10));
        assertThat(pending).extracting(Outbox.Entry::entityType).containsExactly("product", "sku", "sku");
        assertThat(pending.get(1).payload()).contains("\"code\":\"TS-RED-M\"")
                .contains("\"price\":{\"currency\":\"USD\",\"amount_minor\":1990}");
    }

    @Test
    void duplicateCodeInAnotherProductIsRefusedAndNothingChanges() {
        app.catalog().save(tshirt("TS", "4006381333931"), USD);
        assertThatThrownBy(() -> app.catalog().save(tshirt("TS", "4006381333931"), USD))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                        .contains("skus[0].code", "skus[0].barcode", "skus[1].code"));
        assertThat(app.catalog().search(ProductQuery.firstPage(50)).total()).isEqualTo(2);
    }

    @Test
    void everyBadFieldIsReported() {
        ProductInput bad = new ProductInput(null, " ", "", "", "sold-out", List.of("Size"),
                List.of(new ProductInput.SkuInput(null, "A 1", List.of("M"), "4006381333932", "1.999", "x", "", "-3", "")),
                List.of(), null);
        assertThatThrownBy(() -> bad.toProduct(USD, Clock.systemUTC().instant()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "status", "skus[0].barcode", "skus[0].price",
                                "skus[0].compareAtPrice", "skus[0].weight", "skus[0].code"));
    }

    @Test
    void stockAdjustmentsKeepLedgerAndLevelTogether() {
        Product p = app.catalog().save(tshirt("TS", ""), USD);
        String sku = p.skus().get(0).id();
        app.stock().adjust(new StockAdjustment(sku, MovementKind.RECEIVED, 10, "delivery", "", "PO-1"));
        app.stock().adjust(new StockAdjustment(sku, MovementKind.DAMAGED, 2, "torn", "", ""));
        app.stock().adjust(new StockAdjustment(sku, MovementKind.COUNTED, 7, "count", "", ""));
        assertThat(app.stock().onHand(sku)).isEqualTo(7);
        assertThat(app.stock().history(sku, 10)).extracting(StockMovement::delta).containsExactly(-1L, -2L, 10L);
        assertThatThrownBy(() -> app.stock().adjust(new StockAdjustment(sku, MovementKind.DAMAGED, 8, "", "", "")))
                .isInstanceOf(ValidationException.class);
        assertThat(app.stock().onHand(sku)).isEqualTo(7);
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withFilters(null, null, true)))).isEmpty();
        app.stock().adjust(new StockAdjustment(sku, MovementKind.ADJUSTED, -3, "", "", ""));
        assertThat(codes(app.catalog().search(ProductQuery.firstPage(50).withFilters(null, null, true)))).containsExactly("TS-RED-M");
        assertThatThrownBy(() -> app.catalog().delete(p.id())).isInstanceOf(ValidationException.class);
    }

    private static List<String> codes(Page<SkuRow> page) {
        return page.items().stream().map(SkuRow::code).toList();
    }
}
