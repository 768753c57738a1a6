package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductQuery.Sort;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast paths of the products list (stopped count, walking the title index) give exactly the pages that
 * counting and sorting everything gives. Small limits make every path run on a 3,000-SKU catalogue.
 */
class TitleOrderWalkTest {

    private static final int COUNT_LIMIT = 50;
    /** Counts everything and always sorts: the reference. */
    private static final ProductSearch SORTING = new ProductSearch(Integer.MAX_VALUE - 1, new TitleOrderWalk(0, 0, 1, 0));
    private static final ProductSearch FAST = new ProductSearch(COUNT_LIMIT, new TitleOrderWalk(100, 400, 3, 2_000));

    @TempDir static Path dir;
    private static AppContext app;

    @BeforeAll
    static void catalogue() {
        app = AppContext.open(new DataDirectory(dir), Clock.systemUTC());
        new SyntheticCatalog(app.database(), app.clock()).generate(3_000, 7, Currency.getInstance("USD"));
    }

    @AfterAll
    static void close() { app.close(); }

    private static Page<SkuRow> search(ProductSearch search, ProductQuery q) {
        return app.database().read(c -> search.search(c, q));
    }

    private static List<String> ids(Page<SkuRow> page) { return page.items().stream().map(SkuRow::skuId).toList(); }

    @Test
    void everyPathGivesTheSortedPage() {
        String brand = firstWordOfSomeTitle();
        List<String> texts = List.of("", "s", "a", "b", "co", "n", "e", "sp", brand.substring(0, 2), brand,
                "s b", "a s", "오", "加", "zzzz");
        List<Set<ProductStatus>> statuses = List.of(EnumSet.of(ProductStatus.DRAFT, ProductStatus.ACTIVE),
                EnumSet.allOf(ProductStatus.class), EnumSet.of(ProductStatus.ARCHIVED));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String text : texts) {
            for (Set<ProductStatus> status : statuses) {
                for (boolean descending : new boolean[] {false, true}) {
                    for (int offset : new int[] {0, 30, 250}) {
                        ProductQuery q = new ProductQuery(text, status, null, false, Sort.TITLE, descending, offset, 100);
                        Page<SkuRow> expected = search(SORTING, q);
                        Page<SkuRow> fast = search(FAST, q);
                        compared++;
                        if (!ids(fast).equals(ids(expected))) {
                            mismatches.add(q + ": " + fast.items().size() + " rows instead of " + expected.items().size());
                        }
                        long total = expected.total();
                        long countedTo = Math.max(COUNT_LIMIT, offset + 100);
                        if (fast.total() != Math.min(total, countedTo) || fast.totalExact() != (total <= countedTo)) {
                            mismatches.add(q + ": total " + fast.total() + " instead of " + total);
                        }
                        if (fast.hasNext() != expected.hasNext()) {
                            mismatches.add(q + ": hasNext " + fast.hasNext());
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isEqualTo(texts.size() * 3 * 2 * 3);
    }

    @Test
    void filtersAndOtherSortsGiveTheSamePages() {
        String category = app.catalog().categories().get(0);
        List<ProductQuery> queries = List.of(
                new ProductQuery("", null, category, false, Sort.TITLE, false, 0, 100),
                new ProductQuery("s", null, null, true, Sort.TITLE, false, 0, 100),
                new ProductQuery("s", null, null, false, Sort.PRICE, true, 100, 100),
                new ProductQuery("", null, null, false, Sort.AVAILABLE, false, 0, 100),
                new ProductQuery("a", null, category, false, Sort.CATEGORY, false, 0, 100));
        for (ProductQuery q : queries) {
            assertThat(ids(search(FAST, q))).as(q.toString()).isEqualTo(ids(search(SORTING, q)));
        }
    }

    @Test
    void walkAnswersWhenMatchesAreDenseInTitleOrder() {
        TitleOrderWalk walk = new TitleOrderWalk(100, 400, 3, 2_000);
        for (String text : new String[] {"", "s", "e"}) {
            ProductQuery q = ProductQuery.firstPage(100).withText(text);
            Optional<List<SkuRow>> walked = app.database().read(c -> walk.page(c, q, SearchFilter.of(q)));
            assertThat(walked).as(text).isPresent();
            assertThat(walked.get().stream().map(SkuRow::skuId).toList()).as(text).isEqualTo(ids(search(SORTING, q)));
        }
    }

    @Test
    void walkGivesUpWhenMatchesLieBeyondItsWindow() {
        // A brand is the first word of its titles, so its products sit together in title order.
        String lastBrand = app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT title FROM product ORDER BY title COLLATE NOCASE DESC LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).split(" ")[0];
            }
        });
        TitleOrderWalk smallWindow = new TitleOrderWalk(1, 1_000_000, 1, 2_000);
        ProductQuery ascending = new ProductQuery(lastBrand, null, null, false, Sort.TITLE, false, 0, 5);
        ProductQuery descending = ascending.withSort(Sort.TITLE, true);
        Optional<List<SkuRow>> fromTheStart = app.database().read(c -> smallWindow.page(c, ascending, SearchFilter.of(ascending)));
        assertThat(fromTheStart).as("the brand's products come last: not in the first five products").isEmpty();
        Optional<List<SkuRow>> fromTheEnd = app.database().read(c -> smallWindow.page(c, descending, SearchFilter.of(descending)));
        assertThat(fromTheEnd).as("walking from the end finds them at once").isPresent();
        assertThat(fromTheEnd.get().stream().map(SkuRow::skuId).toList()).isEqualTo(ids(search(SORTING, descending)));
    }

    private static String firstWordOfSomeTitle() {
        return app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT title FROM product WHERE title GLOB '[A-Z]*' ORDER BY rowid LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            }
        });
    }
}
