package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.ProductQuery.Sort;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search, filters, sorting and paging of the products list, on a real database. */
class ProductSearchTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Set<ProductStatus> ALL = EnumSet.allOf(ProductStatus.class);

    @TempDir Path temp;
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() { app.close(); }

    /**
     * Six SKUs: on hand / reserved / reorder point chosen so that MUG-A, BWL-1, TWL-1, SOAP-1 (through what is
     * reserved) and SOAP-2 are low, MUG-B is not.
     */
    private void shop() {
        Product mug = save("Apple mug", "Kitchen", "active", List.of("Colour"),
                sku("MUG-A", "White", "4006381333931", "5.00", "5"), sku("MUG-B", "Blue", "", "7.00", "0"));
        Product bowl = save("banana bowl", "Kitchen", "draft", List.of(), sku("BWL-1", null, "", "3.00", "2"));
        save("Cotton towel", "Bath", "archived", List.of(), sku("TWL-1", null, "", "9.00", "1"));
        Product soap = save("Duck soap 오리 비누", "Bath", "active", List.of("Scent"),
                sku("SOAP-1", "Lemon", "SOAP-BARCODE-1", "2.00", "10"), sku("SOAP-2", "Rose", "", "2.50", "10"));
        receive(mug.skus().get(0), 3);
        receive(mug.skus().get(1), 10);
        receive(bowl.skus().get(0), 2);
        receive(soap.skus().get(0), 20);
        receive(soap.skus().get(1), 5);
        // Orders do not exist yet; hold stock the way they will.
        app.database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE stock_level SET reserved = 15 WHERE sku_id = '" + soap.skus().get(0).id() + "'");
            }
        });
    }

    private Product save(String title, String category, String status, List<String> options, SkuInput... skus) {
        return app.catalog().save(new ProductInput(null, title, "", category, status, options, List.of(skus), List.of(), null), USD);
    }

    private static SkuInput sku(String code, String option, String barcode, String price, String reorder) {
        return new SkuInput(null, code, option == null ? List.of() : List.of(option), barcode, price, "", "", "", reorder);
    }

    private void receive(Sku sku, long quantity) {
        app.stock().adjust(new StockAdjustment(sku.id(), MovementKind.RECEIVED, quantity, "", "", ""));
    }

    private Page<SkuRow> search(ProductQuery q) { return app.catalog().search(q); }

    private static ProductQuery all() { return new ProductQuery("", ALL, null, false, Sort.CODE, false, 0, 100); }

    private static List<String> codes(Page<SkuRow> page) { return page.items().stream().map(SkuRow::code).toList(); }

    @Test
    void firstPageShowsEverythingNotArchivedByTitle() {
        shop();
        Page<SkuRow> page = search(ProductQuery.firstPage(50));
        assertThat(codes(page)).containsExactly("MUG-A", "MUG-B", "BWL-1", "SOAP-1", "SOAP-2");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void rowsCarryWhatTheListShows() {
        shop();
        SkuRow soap = search(all().withText("soap-1")).items().get(0);
        assertThat(soap.title()).isEqualTo("Duck soap 오리 비누");
        assertThat(soap.optionLabel()).isEqualTo("Lemon");
        assertThat(soap.barcode()).isEqualTo("SOAP-BARCODE-1");
        assertThat(soap.price()).isEqualTo(Money.ofMinor(200, "USD"));
        assertThat(soap.onHand()).isEqualTo(20);
        assertThat(soap.reserved()).isEqualTo(15);
        assertThat(soap.available()).isEqualTo(5);
        assertThat(soap.reorderPoint()).isEqualTo(10);
        assertThat(soap.lowStock()).isTrue();
        assertThat(soap.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(soap.category()).isEqualTo("Bath");
        assertThat(soap.thumbnail()).isNull();
    }

    @Test
    void statusFilter() {
        shop();
        assertThat(codes(search(all().withFilters(Set.of(ProductStatus.ARCHIVED), null, false)))).containsExactly("TWL-1");
        assertThat(codes(search(all().withFilters(Set.of(ProductStatus.DRAFT), null, false)))).containsExactly("BWL-1");
        assertThat(codes(search(all().withFilters(Set.of(ProductStatus.ACTIVE, ProductStatus.ARCHIVED), null, false))))
                .containsExactly("MUG-A", "MUG-B", "SOAP-1", "SOAP-2", "TWL-1");
        assertThat(search(all().withFilters(Set.of(), null, false)).total()).as("no choice means all").isEqualTo(6);
    }

    @Test
    void categoryFilter() {
        shop();
        assertThat(codes(search(all().withFilters(null, "Bath", false)))).containsExactly("SOAP-1", "SOAP-2", "TWL-1");
        assertThat(codes(search(all().withFilters(null, " Kitchen ", false)))).containsExactly("BWL-1", "MUG-A", "MUG-B");
        assertThat(codes(search(all().withFilters(null, "Garden", false)))).isEmpty();
        assertThat(app.catalog().categories()).containsExactly("Bath", "Kitchen");
    }

    @Test
    void lowStockFilterCountsWhatIsReserved() {
        shop();
        assertThat(codes(search(all().withFilters(null, null, true)))).containsExactly("BWL-1", "MUG-A", "SOAP-1", "SOAP-2", "TWL-1");
        assertThat(codes(search(ProductQuery.firstPage(50).withFilters(EnumSet.of(ProductStatus.ACTIVE), "Bath", true))))
                .containsExactly("SOAP-1", "SOAP-2");
        assertThat(search(all()).items()).allSatisfy(row ->
                assertThat(row.lowStock()).as(row.code()).isEqualTo(!row.code().equals("MUG-B")));
    }

    @Test
    void textAndFiltersCombine() {
        shop();
        assertThat(codes(search(all().withText("soap").withFilters(null, null, true)))).containsExactly("SOAP-1", "SOAP-2");
        assertThat(codes(search(all().withText("rose soap")))).containsExactly("SOAP-2");
        assertThat(codes(search(all().withText("비누")))).containsExactly("SOAP-1", "SOAP-2");
        assertThat(codes(search(all().withText("오")))).containsExactly("SOAP-1", "SOAP-2");
        assertThat(codes(search(all().withText("kitchen white")))).containsExactly("MUG-A");
        assertThat(codes(search(all().withText("400638")))).containsExactly("MUG-A");
        assertThat(codes(search(all().withText("barcode")))).containsExactly("SOAP-1");
    }

    @Test
    void everySortKeyOrdersBothWays() {
        shop();
        Map<Sort, Comparator<SkuRow>> expected = Map.of(
                Sort.TITLE, Comparator.comparing(r -> r.title().toLowerCase(Locale.ROOT)),
                Sort.CODE, Comparator.comparing(r -> r.code().toLowerCase(Locale.ROOT)),
                Sort.PRICE, Comparator.comparingLong(r -> r.price().minorUnits()),
                Sort.ON_HAND, Comparator.comparingLong(SkuRow::onHand),
                Sort.AVAILABLE, Comparator.comparingLong(SkuRow::available),
                Sort.CATEGORY, Comparator.comparing(r -> r.category().toLowerCase(Locale.ROOT)),
                Sort.STATUS, Comparator.comparing(r -> r.status().name()));
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Sort.values());
        List<SkuRow> rows = search(all()).items();
        for (Sort sort : Sort.values()) {
            Comparator<SkuRow> ascending = expected.get(sort).thenComparing(r -> r.code().toLowerCase(Locale.ROOT));
            for (boolean descending : new boolean[] {false, true}) {
                List<SkuRow> sorted = new ArrayList<>(rows);
                sorted.sort(descending ? ascending.reversed() : ascending);
                assertThat(codes(search(all().withSort(sort, descending)))).as(sort + (descending ? " desc" : " asc"))
                        .containsExactlyElementsOf(sorted.stream().map(SkuRow::code).toList());
            }
        }
        // Spelled out for two keys, so the comparator above is not the only witness.
        assertThat(codes(search(all().withSort(Sort.PRICE, false)))).containsExactly("SOAP-1", "SOAP-2", "BWL-1", "MUG-A", "MUG-B", "TWL-1");
        assertThat(codes(search(all().withSort(Sort.TITLE, true)))).containsExactly("SOAP-2", "SOAP-1", "TWL-1", "BWL-1", "MUG-B", "MUG-A");
        assertThat(codes(search(all().withSort(Sort.AVAILABLE, false)))).containsExactly("TWL-1", "BWL-1", "MUG-A", "SOAP-1", "SOAP-2", "MUG-B");
    }

    @Test
    void pagesCoverEveryRowOnceWithTheTotal() {
        shop();
        ProductQuery q = new ProductQuery("", ALL, null, false, Sort.PRICE, true, 0, 4);
        Page<SkuRow> first = search(q);
        assertThat(first.items()).hasSize(4);
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();

        Page<SkuRow> second = search(q.withOffset(4));
        assertThat(second.items()).hasSize(2);
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.offset()).isEqualTo(4);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();

        List<String> paged = new ArrayList<>(codes(first));
        paged.addAll(codes(second));
        assertThat(paged).containsExactlyElementsOf(codes(search(all().withSort(Sort.PRICE, true))));

        for (int offset : new int[] {6, 100}) {
            Page<SkuRow> beyond = search(q.withOffset(offset));
            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.total()).isEqualTo(6);
            assertThat(beyond.hasNext()).isFalse();
        }
        Page<SkuRow> filtered = search(q.withText("mug").withOffset(1));
        assertThat(filtered.total()).isEqualTo(2);
        assertThat(codes(filtered)).containsExactly("MUG-A");
    }

    @Test
    void queryRefusesImpossiblePages() {
        assertThatThrownBy(() -> new ProductQuery("", null, null, false, null, false, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductQuery("", null, null, false, null, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductQuery("", null, null, false, null, false, 0, ProductQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        ProductQuery q = new ProductQuery(null, null, " ", false, null, false, 30, 10);
        assertThat(q.sort()).isEqualTo(Sort.TITLE);
        assertThat(q.category()).isNull();
        assertThat(q.statuses()).containsExactlyInAnyOrder(ProductStatus.values());
        assertThat(q.withText("x").offset()).as("a new search starts at the top").isZero();
        assertThat(q.withSort(Sort.PRICE, true).offset()).isZero();
    }

    @Test
    void anyTypedTextSearchesWithoutAnSqlError() {
        shop();
        save("亚麻衬衫", "服装", "active", List.of(), sku("CN-1", null, "", "1.00", ""));
        List<String> typed = List.of("\"", "\"\"", "'", "*", "**", "AND", "OR", "OR(", "NOT", "-", "--", "^", "NEAR", "NEAR(",
                "NEAR/2", "(", ")", "{", "}", ":", "title:", "terms:mug", "sku_search", "a OR b", "\"mug", "mug\"", "mug*", "^mug",
                "+", ".", "/", "_", "\\", "%", "%'; DROP TABLE sku; --", "\u0000", "🙂", "𞤀", "ǅ", "비", "오리 비누", "亚", "亚麻",
                "衬衫", "ｍｕｇ", "x".repeat(2000), "a ".repeat(300));
        List<String> failures = new ArrayList<>();
        for (String text : typed) {
            try {
                Page<SkuRow> page = search(all().withText(text));
                if (page.total() != page.items().size()) {
                    failures.add(text + ": total " + page.total() + " but " + page.items().size() + " rows");
                }
            } catch (RuntimeException e) {
                failures.add(text + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(search(all()).total()).as("the catalogue is intact").isEqualTo(7);
        assertThat(codes(search(all().withText("\"mug")))).containsExactly("MUG-A", "MUG-B");
        assertThat(codes(search(all().withText("mug*")))).containsExactly("MUG-A", "MUG-B");
        assertThat(codes(search(all().withText("AND")))).isEmpty();
    }

    @Test
    void koreanAndChineseWordsAreFoundByTheirStart() {
        shop();
        save("亚麻衬衫", "服装", "active", List.of(), sku("CN-1", null, "", "1.00", ""));
        assertThat(codes(search(all().withText("亚麻")))).containsExactly("CN-1");
        assertThat(codes(search(all().withText("服")))).containsExactly("CN-1");
        assertThat(codes(search(all().withText("오리")))).containsExactly("SOAP-1", "SOAP-2");
        assertThat(codes(search(all().withText("ｍｕｇ")))).as("full-width letters as typed with a CJK keyboard")
                .containsExactly("MUG-A", "MUG-B");
    }

    @Test
    void operatorWordsAreSearchedAsWords() {
        shop();
        save("AND OR NOT NEAR", "", "active", List.of(), sku("OPS-1", null, "", "1.00", ""));
        assertThat(codes(search(all().withText("and")))).containsExactly("OPS-1");
        assertThat(codes(search(all().withText("OR near")))).containsExactly("OPS-1");
        assertThat(codes(search(all().withText("not(")))).containsExactly("OPS-1");
    }

    @Test
    void searchIndexUsesPrefixIndexesForOneTwoAndThreeCharacters() {
        String sql = app.database().read(c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'sku_search'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(sql).containsIgnoringWhitespaces("prefix='1 2 3'");
    }

    @Test
    void oneCharacterPrefixOverThousandsOfSkus() {
        String[] words = {"alpha", "apple", "berry", "cotton", "denim", "linen", "mug", "silk", "wool", "zinc"};
        String[] colours = {"red", "blue", "green"};
        List<Product> products = new ArrayList<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            List<SkuInput> skus = new ArrayList<>();
            for (int v = 0; v < colours.length; v++) {
                skus.add(new SkuInput(null, String.format("SKU-%04d-%d", i, v), List.of(colours[v]), "", (i + 1) + ".00", "", "", "", ""));
            }
            products.add(new ProductInput(null, words[i % words.length] + " " + words[(i / 10) % words.length] + " no" + i,
                    "", "Cat" + (i % 7), "active", List.of("Colour"), skus, List.of(), null).toProduct(USD, now));
        }
        app.database().write(c -> {
            for (Product p : products) {
                app.catalog().save(c, p);
            }
            return null;
        });
        assertThat(search(all()).total()).as("the count stops at its limit").isEqualTo(ProductSearch.COUNT_LIMIT);
        assertThat(search(all()).totalExact()).isFalse();

        Function<String, Long> expected = prefix -> products.stream().flatMap(p -> p.skus().stream().map(s ->
                        SearchText.terms(p.title(), p.category(), s.optionValues(), s.code(), null)))
                .filter(terms -> List.of(terms.split(" ")).stream().anyMatch(w -> w.startsWith(prefix)))
                .count();
        for (String prefix : new String[] {"a", "b", "s", "z", "r", "1", "n", "c"}) {
            ProductQuery q = new ProductQuery(prefix, ALL, null, false, Sort.CODE, false, 0, 100);
            Page<SkuRow> page = search(q);
            long matches = expected.apply(prefix);
            assertThat(matches).as(prefix).isPositive();
            if (matches > ProductSearch.COUNT_LIMIT) {
                assertThat(page.total()).as(prefix).isEqualTo(ProductSearch.COUNT_LIMIT);
                assertThat(page.totalExact()).as(prefix).isFalse();
            } else {
                assertThat(page.total()).as(prefix).isEqualTo(matches);
                assertThat(page.totalExact()).as(prefix).isTrue();
            }
            assertThat(page.items()).hasSize((int) Math.min(100, matches));
            assertThat(codes(page)).isSorted();
            Page<SkuRow> last = search(q.withOffset((int) matches - 1));
            assertThat(last.items()).as("past the count limit the rows are still there").hasSize(1);
            assertThat(last.hasNext()).isFalse();
        }
        assertThat(search(all().withText("s")).totalExact()).as("every SKU code starts with s").isFalse();
        assertThat(search(all().withText("a r")).total()).isEqualTo(expected.apply("a") / 3);
        assertThat(codes(search(all().withText("sku-0042-1")))).containsExactly("SKU-0042-1");
    }
}
