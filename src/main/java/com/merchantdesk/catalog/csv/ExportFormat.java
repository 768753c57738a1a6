package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;

/** Which importer an export is written for (docs/csv.md, "Export"). */
public enum ExportFormat {
    /** Our own columns: imports here unchanged. */
    OURS("csv.export.format.ours"),
    /** Shopify's product CSV (the columns of Shopify's own template). */
    SHOPIFY("csv.export.format.shopify"),
    /** WooCommerce's product CSV (the columns of its exporter, variable products with variations). */
    WOOCOMMERCE("csv.export.format.woocommerce");

    private final String key;

    ExportFormat(String key) { this.key = key; }

    public String displayName() { return Messages.get(key); }
}
