package com.merchantdesk.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the products list asks for: search text, filters, sort and one page. {@code notOnPlatform}: only SKUs whose
 * create the platform has not acknowledged yet ({@code SyncStates.notOnPlatform}).
 */
public record ProductQuery(String text, Set<ProductStatus> statuses, String category, boolean lowStockOnly,
                           Sort sort, boolean descending, int offset, int limit, boolean notOnPlatform) {

    public enum Sort { TITLE, CODE, PRICE, ON_HAND, AVAILABLE, CATEGORY, STATUS }

    public static final int MAX_LIMIT = 1000;

    public ProductQuery {
        text = text == null ? "" : text.strip();
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ProductStatus.class) : EnumSet.copyOf(statuses);
        category = category == null || category.isBlank() ? null : category.strip();
        sort = sort == null ? Sort.TITLE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Without the "not yet on the platform" filter. */
    public ProductQuery(String text, Set<ProductStatus> statuses, String category, boolean lowStockOnly, Sort sort,
                        boolean descending, int offset, int limit) {
        this(text, statuses, category, lowStockOnly, sort, descending, offset, limit, false);
    }

    /** Everything not archived, sorted by title: the list as it first opens. */
    public static ProductQuery firstPage(int limit) {
        return new ProductQuery("", EnumSet.of(ProductStatus.DRAFT, ProductStatus.ACTIVE), null, false, Sort.TITLE,
                false, 0, limit);
    }

    public ProductQuery withText(String newText) {
        return new ProductQuery(newText, statuses, category, lowStockOnly, sort, descending, 0, limit, notOnPlatform);
    }

    public ProductQuery withOffset(int newOffset) {
        return new ProductQuery(text, statuses, category, lowStockOnly, sort, descending, newOffset, limit, notOnPlatform);
    }

    public ProductQuery withSort(Sort newSort, boolean newDescending) {
        return new ProductQuery(text, statuses, category, lowStockOnly, newSort, newDescending, 0, limit, notOnPlatform);
    }

    public ProductQuery withFilters(Set<ProductStatus> newStatuses, String newCategory, boolean newLowStockOnly) {
        return new ProductQuery(text, newStatuses, newCategory, newLowStockOnly, sort, descending, 0, limit, notOnPlatform);
    }

    public ProductQuery withNotOnPlatform(boolean only) {
        return new ProductQuery(text, statuses, category, lowStockOnly, sort, descending, 0, limit, only);
    }
}
