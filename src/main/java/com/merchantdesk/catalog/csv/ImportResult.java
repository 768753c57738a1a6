package com.merchantdesk.catalog.csv;

/**
 * What an import changed. Products whose content the file repeats exactly are counted as unchanged and not
 * rewritten (no outbox row), so importing an export again is a no-op.
 */
public record ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                           int skusCreated, int skusUpdated, int stockMovements) {}
