package com.merchantdesk.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCatalogTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ProductQuery ALL =
            new ProductQuery("", EnumSet.allOf(ProductStatus.class), null, false, ProductQuery.Sort.CODE, false, 0, 1000);
    @TempDir Path dir;

    private static AppContext open(Path dir) { return AppContext.open(new DataDirectory(dir), Clock.systemUTC()); }

    private static List<SkuRow> all(AppContext app) {
        List<SkuRow> rows = new ArrayList<>();
        ProductQuery q = ALL;
        while (true) {
            var page = app.catalog().search(q);
            rows.addAll(page.items());
            if (!page.hasNext()) {
                return rows;
            }
            q = q.withOffset(q.offset() + page.items().size());
        }
    }

    private static long count(AppContext app, String sql) {
        return app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void exactlyNSkusAreWrittenAndEachIsFoundBySearch() {
        try (AppContext app = open(dir)) {
            SyntheticSummary s = new SyntheticCatalog(app.database(), app.clock()).generate(1_500, 11, USD);

            assertThat(s.skus()).isEqualTo(1_500);
            assertThat(s.products()).isBetween(300, 1_499);
            assertThat(count(app, "SELECT count(*) FROM sku_search")).isEqualTo(1_500);
            assertThat(count(app, "SELECT count(*) FROM product")).isEqualTo(s.products());
            assertThat(count(app, "SELECT count(*) FROM stock_movement")).isEqualTo(s.movements());

            List<SkuRow> rows = all(app);
            assertThat(rows).hasSize(1_500);
            assertThat(rows).extracting(SkuRow::code).doesNotHaveDuplicates();
            for (int i = 0; i < rows.size(); i += 10) {
                SkuRow row = rows.get(i);
                assertThat(app.catalog().search(ALL.withText(row.code())).items()).extracting(SkuRow::skuId).containsExactly(row.skuId());
                String firstWord = row.title().split(" ")[0];
                assertThat(app.catalog().search(ALL.withText(firstWord).withSort(ProductQuery.Sort.CODE, false)).total()).isPositive();
                if (row.barcode() != null) {
                    assertThat(app.catalog().findByScan(row.barcode())).map(SkuRow::skuId).contains(row.skuId());
                }
            }
        }
    }

    @Test
    void rowsAreWhatTheCatalogueServiceWouldHaveSaved() {
        try (AppContext app = open(dir)) {
            new SyntheticCatalog(app.database(), app.clock()).generate(400, 3, USD);
            for (SkuRow row : all(app)) {
                // Reading through the repository re-validates every record: a bad row would throw here.
                Product p = app.catalog().find(row.productId()).orElseThrow();
                Sku sku = p.skus().stream().filter(x -> x.id().equals(row.skuId())).findFirst().orElseThrow();
                assertThat(sku.optionValues()).hasSameSizeAs(p.optionNames());
                if (sku.barcode() != null) {
                    assertThat(Barcode.parse(sku.barcode().value()).symbology()).isEqualTo(Barcode.Symbology.EAN_13);
                }
                assertThat(row.onHand()).isEqualTo(app.stock().history(row.skuId(), 10).stream().mapToLong(m -> m.delta()).sum());
                String terms = app.database().read(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT terms FROM sku_search WHERE rowid = (SELECT sku_no FROM sku WHERE id = ?)")) {
                        ps.setString(1, row.skuId());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    }
                });
                assertThat(terms).isEqualTo(SearchText.terms(p.title(), p.category(), sku.optionValues(), sku.code(),
                        sku.barcode() == null ? null : sku.barcode().value()));
            }
            // The usual services work on generated SKUs.
            SkuRow any = all(app).get(0);
            app.stock().adjust(new StockAdjustment(any.skuId(), MovementKind.RECEIVED, 5, "more", "", ""));
            assertThat(app.stock().onHand(any.skuId())).isEqualTo(any.onHand() + 5);
        }
    }

    @Test
    void theSameSeedGivesTheSameCatalogueAndASecondRunAddsUniqueSkus(@TempDir Path other) {
        List<String> first;
        try (AppContext app = open(dir)) {
            new SyntheticCatalog(app.database(), app.clock()).generate(300, 99, USD);
            first = all(app).stream().map(r -> r.code() + "|" + r.title() + "|" + r.price() + "|" + r.onHand()).toList();
            new SyntheticCatalog(app.database(), app.clock()).generate(300, 99, USD);
            assertThat(app.catalog().search(ALL).total()).isEqualTo(600);
            assertThat(all(app)).extracting(SkuRow::code).doesNotHaveDuplicates();
        }
        try (AppContext app = open(other)) {
            new SyntheticCatalog(app.database(), app.clock()).generate(300, 99, USD);
            assertThat(all(app).stream().map(r -> r.code() + "|" + r.title() + "|" + r.price() + "|" + r.onHand()).toList())
                    .isEqualTo(first);
        }
    }

    @Test
    void countOutsideTheRangeIsRefused() {
        try (AppContext app = open(dir)) {
            SyntheticCatalog generator = new SyntheticCatalog(app.database(), app.clock());
            assertThatThrownBy(() -> generator.generate(0, 1, USD)).isInstanceOf(IllegalArgumentException.class);
            assertThat(app.catalog().search(ALL).total()).isZero();
        }
    }

    @Test
    void ean13FromSkuNumberHasAValidCheckDigit() {
        assertThat(SyntheticCatalog.ean13(1)).hasSize(13).startsWith("20");
        assertThat(Barcode.parse(SyntheticCatalog.ean13(123_456)).value()).isEqualTo(SyntheticCatalog.ean13(123_456));
    }
}
