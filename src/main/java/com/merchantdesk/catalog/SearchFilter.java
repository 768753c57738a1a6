package com.merchantdesk.catalog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of a products-list query as SQL over {@code s} (sku), {@code p} (product) and {@code l}
 * (stock_level), with their arguments, in two forms: driven by the text match (the matches stream from the
 * full-text index), or with the match as an {@code IN} list for statements driven by another table.
 *
 * @param match             the full-text expression, empty when no searchable text was typed
 * @param onlyIndexedPrefixes every typed word has a ready-made prefix list in the index (cheap to test per row)
 */
record SearchFilter(String match, boolean onlyIndexedPrefixes, List<String> conditions, List<Object> args,
                    boolean needsProduct, boolean needsStockLevel) {

    SearchFilter {
        conditions = List.copyOf(conditions);
        args = List.copyOf(args);
    }

    private static final String MATCH_LIST = "s.sku_no IN (SELECT rowid FROM sku_search WHERE sku_search MATCH ?)";

    static SearchFilter of(ProductQuery q) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        boolean someStatuses = q.statuses().size() < ProductStatus.values().length;
        if (someStatuses) {
            conditions.add("p.status IN (" + String.join(",", q.statuses().stream().map(s -> "?").toList()) + ")");
            q.statuses().forEach(s -> args.add(s.name()));
        }
        if (q.category() != null) {
            conditions.add("p.category = ?");
            args.add(q.category());
        }
        if (q.lowStockOnly()) {
            conditions.add("s.reorder_point > 0 AND l.on_hand - l.reserved <= s.reorder_point");
        }
        if (q.notOnPlatform()) {
            // A SKU goes up after its product (its create waits for the product's), so its own create covers both.
            conditions.add(ProductSyncStates.NOT_ON_PLATFORM);
        }
        return new SearchFilter(SearchText.matchExpression(q.text()), SearchText.onlyIndexedPrefixes(q.text()),
                conditions, args, someStatuses || q.category() != null, q.lowStockOnly());
    }

    boolean hasText() { return !match.isEmpty(); }

    /**
     * " FROM ... WHERE ..." starting from the text match when there is one, joining product and stock level
     * only when asked or needed by a condition: each join costs a look-up per matching SKU.
     */
    String drivenFromWhere(boolean joinProduct, boolean joinStockLevel) {
        // The SKUs not yet on the platform are few beside a prefix's matches: they lead, and the matches are a list.
        boolean fromText = hasText() && !conditions.contains(ProductSyncStates.NOT_ON_PLATFORM);
        StringBuilder sql = new StringBuilder(fromText ? " FROM sku_search f JOIN sku s ON s.sku_no = f.rowid" : " FROM sku s");
        if (joinProduct || needsProduct) {
            sql.append(" JOIN product p ON p.id = s.product_id");
        }
        if (joinStockLevel || needsStockLevel) {
            sql.append(" JOIN stock_level l ON l.sku_id = s.id");
        }
        List<String> all = new ArrayList<>();
        if (fromText) {
            all.add("sku_search MATCH ?");
        } else if (hasText()) {
            // "+": not an index term, or SQLite probes the id index once per pair of a waiting SKU and a match.
            all.add("+" + MATCH_LIST);
        }
        all.addAll(conditions);
        if (!all.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", all));
        }
        return sql.toString();
    }

    /**
     * " WHERE ..." with the text match as an {@code IN} list (built once per statement, about 0.1 µs a match) and
     * {@code extra} conditions, or "" when nothing is asked.
     */
    String where(String... extra) {
        return conditionsWith(hasText() ? MATCH_LIST : null, extra);
    }

    /**
     * " WHERE ..." for a statement that joins {@code sku_search} (as f, on {@code f.rowid = s.sku_no}): the match
     * is tested for each SKU the statement reaches, instead of collecting all matches first.
     */
    String whereMatchJoined(String... extra) {
        return conditionsWith(hasText() ? "sku_search MATCH ?" : null, extra);
    }

    private String conditionsWith(String matchCondition, String... extra) {
        List<String> all = new ArrayList<>();
        if (matchCondition != null) {
            all.add(matchCondition);
        }
        all.addAll(conditions);
        all.addAll(List.of(extra));
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** The arguments of either form, then {@code more} (those of extra conditions, LIMIT, OFFSET). */
    List<Object> argsWith(Object... more) {
        List<Object> all = new ArrayList<>();
        if (hasText()) {
            all.add(match);
        }
        all.addAll(args);
        all.addAll(List.of(more));
        return all;
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
