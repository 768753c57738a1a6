package com.merchantdesk.catalog.csv;

/**
 * What an import changed. Products whose content the file repeats exactly are counted as unchanged and not
 * rewritten (no outbox row), so importing an export again is a no-op. {@code formulaCells} are the cells a
 * spreadsheet app would run as formulas: imported as text, and noted as warnings for the seller to check.
 */
public record ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                           int skusCreated, int skusUpdated, int stockMovements, CsvWarnings formulaCells) {

    public ImportResult {
        formulaCells = formulaCells == null ? CsvWarnings.NONE : formulaCells;
    }

    /** A result without formula cells. */
    public ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                        int skusCreated, int skusUpdated, int stockMovements) {
        this(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated, stockMovements,
                CsvWarnings.NONE);
    }

    public ImportResult withFormulaCells(CsvWarnings noted) {
        return new ImportResult(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated,
                stockMovements, noted);
    }
}
