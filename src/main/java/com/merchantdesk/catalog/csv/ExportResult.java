package com.merchantdesk.catalog.csv;

/** What an export wrote: products and SKU rows. */
public record ExportResult(int products, int rows) {}
