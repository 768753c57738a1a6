package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;

/** The kinds of products CSV the import recognises by their header line (docs/csv.md). */
public enum CsvDialect {
    /** Merchant Desk's own columns. */
    OURS("csv.dialect.ours"),
    /** Shopify's product CSV as its admin exports it now ({@code URL handle}, {@code Price}, ...). */
    SHOPIFY("csv.dialect.shopify"),
    /** Shopify's older product CSV layout and template ({@code Handle}, {@code Variant Price}, ...). */
    SHOPIFY_OLDER("csv.dialect.shopifyOlder"),
    /** WooCommerce's product export ({@code Type}, {@code Regular price}, {@code Parent}, ...). */
    WOOCOMMERCE("csv.dialect.woocommerce");

    private final String key;

    CsvDialect(String key) { this.key = key; }

    /** "Shopify product CSV" in the current language. */
    public String displayName() { return Messages.get(key); }
}
