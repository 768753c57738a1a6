package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.i18n.Messages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The status choices of the products list; the list opens on everything that is not archived. */
public enum StatusFilter {
    NOT_ARCHIVED(EnumSet.of(ProductStatus.DRAFT, ProductStatus.ACTIVE)),
    ACTIVE(EnumSet.of(ProductStatus.ACTIVE)),
    DRAFT(EnumSet.of(ProductStatus.DRAFT)),
    ARCHIVED(EnumSet.of(ProductStatus.ARCHIVED)),
    ALL(EnumSet.allOf(ProductStatus.class));

    private final Set<ProductStatus> statuses;

    StatusFilter(Set<ProductStatus> statuses) { this.statuses = statuses; }

    public Set<ProductStatus> statuses() { return EnumSet.copyOf(statuses); }

    public boolean includes(ProductStatus status) { return statuses.contains(status); }

    public String label() { return Messages.get("products.filter.status." + name().toLowerCase(Locale.ROOT)); }
}
