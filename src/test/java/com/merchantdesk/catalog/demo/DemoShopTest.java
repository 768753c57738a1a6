package com.merchantdesk.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One demo shop, filled once, checked from several sides. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoShopTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    @TempDir static Path dir;
    private AppContext app;
    private DemoSummary summary;
    private boolean emptyBefore;

    @BeforeAll
    void fill() {
        app = AppContext.open(new DataDirectory(dir), Clock.fixed(NOW, ZoneOffset.UTC));
        DemoShop shop = new DemoShop(app);
        emptyBefore = shop.catalogIsEmpty();
        summary = shop.fill();
    }

    @AfterAll
    void close() { app.close(); }

    private List<SkuRow> allRows() {
        List<SkuRow> rows = new ArrayList<>();
        ProductQuery q = new ProductQuery("", EnumSet.allOf(ProductStatus.class), null, false, ProductQuery.Sort.CODE, false, 0, 1000);
        while (true) {
            var page = app.catalog().search(q);
            rows.addAll(page.items());
            if (!page.hasNext()) {
                return rows;
            }
            q = q.withOffset(q.offset() + page.items().size());
        }
    }

    @Test
    void aFewHundredProductsMostWithVariants() {
        assertThat(emptyBefore).isTrue();
        assertThat(new DemoShop(app).catalogIsEmpty()).isFalse();
        assertThat(summary.products()).isBetween(250, 400);
        assertThat(summary.images()).isEqualTo(summary.products());
        List<SkuRow> rows = allRows();
        assertThat(rows).hasSize(summary.skus());
        Map<String, Integer> perProduct = new HashMap<>();
        rows.forEach(r -> perProduct.merge(r.productId(), 1, Integer::sum));
        assertThat(perProduct).hasSize(summary.products());
        assertThat(perProduct.values()).allSatisfy(n -> assertThat(n).isBetween(1, 12));
        long withVariants = perProduct.values().stream().filter(n -> n >= 2).count();
        assertThat(withVariants).isGreaterThan(summary.products() * 3L / 4);
    }

    @Test
    void categoriesStatusesAndLanguagesLookLikeARealShop() {
        assertThat(app.catalog().categories()).containsExactlyInAnyOrder("Apparel", "Home", "Kitchen", "Stationery", "Beauty",
                "Toys", "Electronics accessories");
        List<SkuRow> rows = allRows();
        assertThat(rows).extracting(SkuRow::status).contains(ProductStatus.ACTIVE, ProductStatus.DRAFT, ProductStatus.ARCHIVED);
        assertThat(rows.stream().filter(r -> r.status() == ProductStatus.ACTIVE).count()).isGreaterThan(rows.size() * 8L / 10);
        assertThat(rows).anySatisfy(r -> assertThat(r.title()).matches(".*\\p{IsHangul}.*"));
        assertThat(rows).anySatisfy(r -> assertThat(r.title()).matches(".*\\p{IsHan}.*"));
        assertThat(rows).allSatisfy(r -> assertThat(r.thumbnail()).isNotNull());
    }

    @Test
    void barcodesAreValidUniqueEan13AndCodesAreUnique() {
        List<SkuRow> rows = allRows();
        List<String> barcodes = rows.stream().map(SkuRow::barcode).filter(b -> b != null).toList();
        assertThat(barcodes.size()).isGreaterThan(rows.size() * 8 / 10);
        assertThat(barcodes).doesNotHaveDuplicates();
        assertThat(barcodes).allSatisfy(b -> assertThat(Barcode.parse(b).symbology()).isEqualTo(Barcode.Symbology.EAN_13));
        assertThat(rows).extracting(SkuRow::code).doesNotHaveDuplicates();
    }

    @Test
    void pricesCostsAndCompareAtPricesAreConsistent() {
        int withCompareAt = 0;
        for (SkuRow row : allRows()) {
            Product p = app.catalog().find(row.productId()).orElseThrow();
            Sku sku = p.skus().stream().filter(s -> s.id().equals(row.skuId())).findFirst().orElseThrow();
            assertThat(sku.price().currency()).isEqualTo(Currency.getInstance("USD"));
            assertThat(sku.price().minorUnits()).isBetween(100L, 20_000L);
            assertThat(sku.cost()).isNotNull();
            assertThat(sku.cost().compareTo(sku.price())).isNegative();
            if (sku.compareAtPrice() != null) {
                assertThat(sku.compareAtPrice().compareTo(sku.price())).isPositive();
                withCompareAt++;
            }
            assertThat(sku.weightGrams()).isPositive();
        }
        assertThat(withCompareAt).isPositive();
    }

    @Test
    void stockIsTheLedgerSumWithSomeLowAndDraftsEmpty() {
        List<SkuRow> rows = allRows();
        Map<String, Long> ledger = app.database().read(c -> {
            Map<String, Long> sums = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sku_id, sum(delta), min(on_hand_after) FROM stock_movement GROUP BY sku_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getLong(3)).isNotNegative();
                    sums.put(rs.getString(1), rs.getLong(2));
                }
            }
            return sums;
        });
        assertThat(ledger.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        for (SkuRow row : rows) {
            assertThat(row.onHand()).as(row.code()).isEqualTo(ledger.getOrDefault(row.skuId(), 0L));
            if (row.status() == ProductStatus.DRAFT) {
                assertThat(row.onHand()).isZero();
            }
        }
        long lowActive = rows.stream().filter(r -> r.status() == ProductStatus.ACTIVE && r.lowStock()).count();
        assertThat(lowActive).isBetween(5L, rows.size() / 4L);
        assertThat(summary.movements()).isEqualTo(app.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM stock_movement")) {
                rs.next();
                return rs.getInt(1);
            }
        }));
    }

    @Test
    void picturesAreCopiedIntoTheDataFolderWithThumbnails() throws Exception {
        try (var images = Files.list(dir.resolve("images")); var thumbs = Files.list(dir.resolve("thumbnails"))) {
            assertThat(images.count()).isEqualTo(summary.images());
            assertThat(thumbs.count()).isEqualTo(summary.images());
        }
        SkuRow any = allRows().get(0);
        assertThat(app.images().thumbnailPath(any.thumbnail())).isRegularFile();
    }

    @Test
    void searchFindsDemoProductsByWordCodeAndBarcode() {
        SkuRow sample = allRows().stream().filter(r -> r.barcode() != null && r.title().matches("[A-Za-z' -]+")).findFirst().orElseThrow();
        String word = sample.title().split(" ")[1].substring(0, 3);
        ProductQuery all = new ProductQuery("", EnumSet.allOf(ProductStatus.class), null, false, null, false, 0, 1000);
        assertThat(app.catalog().search(all.withText(word)).items()).extracting(SkuRow::skuId).contains(sample.skuId());
        assertThat(app.catalog().search(all.withText(sample.code())).items()).extracting(SkuRow::skuId).containsExactly(sample.skuId());
        assertThat(app.catalog().findByScan(sample.barcode())).map(SkuRow::skuId).contains(sample.skuId());
    }

    @Test
    void fillingAgainIsRefusedAndChangesNothing() {
        int before = allRows().size();
        assertThatThrownBy(() -> new DemoShop(app).fill()).isInstanceOf(IllegalStateException.class);
        assertThat(allRows()).hasSize(before);
    }

    @Test
    void theSameSeedPlansTheSameShop() {
        PriceScale usd = new PriceScale(Currency.getInstance("USD"));
        List<DemoAssortment.PlannedProduct> a = new DemoAssortment(new Random(DemoShop.SEED), usd, NOW).plan();
        List<DemoAssortment.PlannedProduct> b = new DemoAssortment(new Random(DemoShop.SEED), usd, NOW).plan();
        assertThat(a).hasSize(summary.products());
        assertThat(a).extracting(p -> p.product().title()).isEqualTo(b.stream().map(p -> p.product().title()).toList());
        assertThat(a).extracting(p -> p.product().skus().stream().map(s -> s.code() + "=" + s.price()).toList())
                .isEqualTo(b.stream().map(p -> p.product().skus().stream().map(s -> s.code() + "=" + s.price()).toList()).toList());
    }

    @Test
    void pricesFollowTheShopCurrency() {
        PriceScale krw = new PriceScale(Currency.getInstance("KRW"));
        Money price = krw.shelfPrice(1990);
        assertThat(price.currency().getCurrencyCode()).isEqualTo("KRW");
        assertThat(price.minorUnits()).isEqualTo(26_900);
        assertThat(new PriceScale(Currency.getInstance("USD")).shelfPrice(1990).toPlainString()).isEqualTo("19.90");
        assertThat(new PriceScale(Currency.getInstance("USD")).shelfPrice(2134).toPlainString()).isEqualTo("21.90");
        assertThat(new PriceScale(Currency.getInstance("CNY")).exact(1000).toPlainString()).isEqualTo("72.00");
    }
}
