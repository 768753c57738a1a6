package com.merchantdesk.catalog;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The products list's queries: a filtered, sorted page of SKU rows, and exact look-up of a scanned code.
 *
 * <p>Search as you type must answer in milliseconds over 100,000 SKUs, and a one-letter prefix matches tens of
 * thousands of them. Two things would cost time in proportion to the matches, so neither is done:
 * <ul>
 *   <li>counting all matches: the count stops at {@link #COUNT_LIMIT} and the page says there are more;</li>
 *   <li>sorting all matches by title to show the first hundred: when more SKUs match than the count limit, the
 *       products are read in title order from the title index and the first matching SKUs taken
 *       ({@link TitleOrderWalk}); fewer matches are simply sorted.</li>
 * </ul>
 */
public final class ProductSearch {

    /** The count stops here (or at the end of a deeper page); a page with more matches says "more than". */
    public static final int COUNT_LIMIT = 1_000;

    static final String COLUMNS =
            "s.id, s.product_id, p.title, s.option_values, s.code, s.barcode, s.currency, s.price_minor, "
                    + "l.on_hand, l.reserved, s.reorder_point, p.status, p.category, "
                    + "(SELECT i.thumbnail FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1), "
                    + "p.listing IS 'DELISTED'";
    private static final String FROM =
            " FROM sku s JOIN product p ON p.id = s.product_id JOIN stock_level l ON l.sku_id = s.id";

    private final int countLimit;
    private final TitleOrderWalk walk;

    public ProductSearch() {
        this(COUNT_LIMIT, new TitleOrderWalk(TitleOrderWalk.MIN_TEXT_MATCHES, TitleOrderWalk.TEST_EACH_FROM,
                TitleOrderWalk.PRODUCTS_PER_ROW, TitleOrderWalk.MAX_WINDOW_PRODUCTS));
    }

    /** With other limits, so tests can reach every path with a few rows. */
    ProductSearch(int countLimit, TitleOrderWalk walk) {
        this.countLimit = countLimit;
        this.walk = walk;
    }

    public Page<SkuRow> search(Connection c, ProductQuery q) throws SQLException {
        SearchFilter filter = SearchFilter.of(q);
        // Counting at least to the end of the page makes "is there a next page" exact on every page.
        long limit = Math.max(countLimit, (long) q.offset() + q.limit());
        long counted = countUpTo(c, filter, limit + 1);
        boolean more = counted > limit;
        List<SkuRow> rows = List.of();
        if (more || counted > q.offset()) {
            // Past the count limit, sorting every match costs more than walking the title index for a page. Not for
            // the SKUs not yet on the platform: they are found from the outbox, and walking products would test each.
            Optional<List<SkuRow>> walked = q.sort() == ProductQuery.Sort.TITLE && more && !q.notOnPlatform()
                    ? walk.page(c, q, filter) : Optional.empty();
            rows = ProductSyncStates.withStates(c, walked.isPresent() ? walked.get() : sortedPage(c, q, filter));
        }
        return new Page<>(rows, Math.min(counted, limit), !more, q.offset(), q.limit());
    }

    /** Every match of {@code q}, without a limit (tens of milliseconds over 100,000 SKUs). */
    public long count(Connection c, ProductQuery q) throws SQLException {
        return countUpTo(c, SearchFilter.of(q), Long.MAX_VALUE);
    }

    /** Matches, counting no further than {@code limit}: the statement stops there. */
    private static long countUpTo(Connection c, SearchFilter filter, long limit) throws SQLException {
        String sql = "SELECT count(*) FROM (SELECT 1" + filter.drivenFromWhere(false, false) + " LIMIT ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SearchFilter.bind(ps, filter.argsWith(limit));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Every match sorted, then the page: right when few SKUs match, and for sorts without a usable index. The sort
     * reads only what it sorts by; the page's rows are completed afterwards, which halves its cost.
     */
    private static List<SkuRow> sortedPage(Connection c, ProductQuery q, SearchFilter filter) throws SQLException {
        boolean byStock = q.sort() == ProductQuery.Sort.ON_HAND || q.sort() == ProductQuery.Sort.AVAILABLE;
        String inner = "SELECT s.sku_no" + filter.drivenFromWhere(true, byStock) + " ORDER BY " + orderBy(q)
                + " LIMIT ? OFFSET ?";
        String sql = "SELECT " + COLUMNS + " FROM (" + inner + ") page JOIN sku s ON s.sku_no = page.sku_no"
                + " JOIN product p ON p.id = s.product_id JOIN stock_level l ON l.sku_id = s.id ORDER BY " + orderBy(q);
        return rows(c, sql, filter.argsWith(q.limit(), q.offset()));
    }

    /** The SKU whose barcode or SKU code is exactly {@code scanned} (what a barcode scanner types). */
    public Optional<SkuRow> findExact(Connection c, String scanned) throws SQLException {
        String code = scanned == null ? "" : scanned.strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        for (String condition : List.of("s.barcode = ?", "s.code = ? COLLATE NOCASE")) {
            List<SkuRow> found = rows(c, "SELECT " + COLUMNS + FROM + " WHERE " + condition, List.of(code));
            if (!found.isEmpty()) {
                return Optional.of(ProductSyncStates.withStates(c, found).get(0));
            }
        }
        return Optional.empty();
    }

    public Optional<SkuRow> findBySkuId(Connection c, String skuId) throws SQLException {
        return ProductSyncStates.withStates(c, rows(c, "SELECT " + COLUMNS + FROM + " WHERE s.id = ?", List.of(skuId)))
                .stream().findFirst();
    }

    static String orderBy(ProductQuery q) {
        String column = switch (q.sort()) {
            case TITLE -> "p.title COLLATE NOCASE";
            case CODE -> "s.code";
            case PRICE -> "s.price_minor";
            case ON_HAND -> "l.on_hand";
            case AVAILABLE -> "l.on_hand - l.reserved";
            case CATEGORY -> "p.category COLLATE NOCASE";
            case STATUS -> "p.status";
        };
        String direction = q.descending() ? " DESC" : " ASC";
        return column + direction + ", s.code" + direction;
    }

    /** Runs a statement that selects {@link #COLUMNS}. */
    static List<SkuRow> rows(Connection c, String sql, List<Object> args) throws SQLException {
        List<SkuRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SearchFilter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static SkuRow row(ResultSet rs) throws SQLException {
        List<String> options = CatalogRepository.fromJson(rs.getString(4));
        return new SkuRow(rs.getString(1), rs.getString(2), rs.getString(3), String.join(" / ", options),
                rs.getString(5), rs.getString(6), Money.ofMinor(rs.getLong(8), rs.getString(7)), rs.getLong(9),
                rs.getLong(10), rs.getInt(11), ProductStatus.valueOf(rs.getString(12)), rs.getString(13),
                rs.getString(14), rs.getBoolean(15));
    }
}
