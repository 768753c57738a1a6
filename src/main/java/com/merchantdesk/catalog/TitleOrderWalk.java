package com.merchantdesk.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A page sorted by title without sorting every match: products are read in the order of the title index and
 * their matching SKUs taken until the page is full. When many SKUs match, this stops after a few hundred rows
 * where sorting would have joined and sorted tens of thousands.
 *
 * <p>Matches may bunch up far along the title order (a brand is the first word of its titles; Korean titles
 * sort after Latin ones), so the walk covers only a window: the first {@code productsPerRow} products per row
 * up to the end of the page, in the asked direction, ties included. If the window holds the whole page, the
 * page is exact, since every row after the window sorts after it. Otherwise the caller sorts instead, and the
 * walk has cost no more than one window.
 *
 * <p>Costs measured on the 100,000-SKU benchmark catalogue (2 cores): sorting costs about 0.85 µs a match;
 * the walk about 1.4 µs a SKU passed, plus either 0.1 µs a match to collect the matches first, or about 7 µs
 * a SKU passed to test each one against the index instead, which pays off when most SKUs match.
 */
final class TitleOrderWalk {

    /** Text matching fewer SKUs than this is sorted: sparser matches cost more to walk past. */
    static final int MIN_TEXT_MATCHES = 5_000;
    /** From this many matches on, each SKU is tested against the index rather than all matches collected. */
    static final int TEST_EACH_FROM = 20_000;
    /** Ten products per row finds the page when at least about one SKU in 25 matches (2.6 SKUs a product). */
    static final int PRODUCTS_PER_ROW = 10;
    /** About 5 ms of walking; deeper pages are sorted. */
    static final int MAX_WINDOW_PRODUCTS = 5_000;

    // CROSS JOIN fixes SQLite's join order: products first, so that the title index gives the order.
    private static final String PRODUCTS_THEN_SKUS = " FROM product p CROSS JOIN sku s ON s.product_id = p.id";
    private static final String STOCK = " CROSS JOIN stock_level l ON l.sku_id = s.id";
    private static final String TEST_EACH = " CROSS JOIN sku_search f ON f.rowid = s.sku_no";

    private final int minTextMatches;
    private final int testEachFrom;
    private final int productsPerRow;
    private final int maxWindowProducts;

    TitleOrderWalk(int minTextMatches, int testEachFrom, int productsPerRow, int maxWindowProducts) {
        this.minTextMatches = minTextMatches;
        this.testEachFrom = testEachFrom;
        this.productsPerRow = productsPerRow;
        this.maxWindowProducts = maxWindowProducts;
    }

    /** The page of {@code q} (sorted by title), or empty when walking does not pay or the window misses rows. */
    Optional<List<SkuRow>> page(Connection c, ProductQuery q, SearchFilter filter) throws SQLException {
        long window = (long) productsPerRow * (q.offset() + q.limit());
        if (window > maxWindowProducts) {
            return Optional.empty();
        }
        long textMatches = filter.hasText() ? textMatchesUpTo(c, filter, Math.max(minTextMatches, testEachFrom)) : 0;
        if (filter.hasText() && textMatches < minTextMatches) {
            return Optional.empty();
        }
        boolean testEach = textMatches >= testEachFrom && filter.onlyIndexedPrefixes();
        String from = PRODUCTS_THEN_SKUS + (testEach ? TEST_EACH : "") + STOCK;
        String orderBy = " ORDER BY " + ProductSearch.orderBy(q) + " LIMIT ? OFFSET ?";
        Optional<String> edge = windowEdge(c, (int) window, q.descending());
        if (edge.isEmpty()) {
            // Fewer products than the window: the walk covers them all, so what it finds is the page.
            String where = testEach ? filter.whereMatchJoined() : filter.where();
            return Optional.of(ProductSearch.rows(c, "SELECT " + ProductSearch.COLUMNS + from + where + orderBy,
                    filter.argsWith(q.limit(), q.offset())));
        }
        String bound = q.descending() ? "p.title COLLATE NOCASE >= ?" : "p.title COLLATE NOCASE <= ?";
        String where = testEach ? filter.whereMatchJoined(bound) : filter.where(bound);
        List<SkuRow> rows = ProductSearch.rows(c, "SELECT " + ProductSearch.COLUMNS + from + where + orderBy,
                filter.argsWith(edge.get(), q.limit(), q.offset()));
        return rows.size() == q.limit() ? Optional.of(rows) : Optional.empty();
    }

    /** SKUs whose words match, before the other conditions, counted no further than {@code limit}. */
    private static long textMatchesUpTo(Connection c, SearchFilter filter, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM sku_search WHERE sku_search MATCH ? LIMIT ?)")) {
            ps.setString(1, filter.match());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The title of the window's last product, or empty when there are not that many products. */
    private static Optional<String> windowEdge(Connection c, int products, boolean descending) throws SQLException {
        String sql = "SELECT title FROM product ORDER BY title COLLATE NOCASE" + (descending ? " DESC" : "")
                + " LIMIT 1 OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, products - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
