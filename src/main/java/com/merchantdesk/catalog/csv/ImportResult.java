package com.merchantdesk.catalog.csv;

/**
 * What an import changed. Products whose content the file repeats exactly are counted as unchanged and not
 * rewritten (no outbox row), so importing an export again is a no-op. {@code formulaCells} are the cells a
 * spreadsheet app would run as formulas: imported as text, and noted as warnings for the seller to check.
 */
public record ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                           int skusCreated, int skusUpdated, int stockMovements, CsvWarnings formulaCells,
                           ImportNotes notes, int imagesQueued) {

    public ImportResult {
        formulaCells = formulaCells == null ? CsvWarnings.NONE : formulaCells;
        notes = notes == null ? ImportNotes.NONE : notes;
    }

    public ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                        int skusCreated, int skusUpdated, int stockMovements, CsvWarnings formulaCells) {
        this(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated, stockMovements,
                formulaCells, ImportNotes.NONE, 0);
    }

    /**
     * The same result with what the file was ({@code notes}: dialect, columns not imported, lines skipped,
     * values left out) and how many images wait to be fetched now that the import has committed.
     */
    public ImportResult withNotes(ImportNotes fileNotes, int queued) {
        return new ImportResult(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated,
                stockMovements, formulaCells, fileNotes, queued);
    }

    /** A result without formula cells. */
    public ImportResult(int rows, int productsCreated, int productsUpdated, int productsUnchanged,
                        int skusCreated, int skusUpdated, int stockMovements) {
        this(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated, stockMovements,
                CsvWarnings.NONE);
    }

    public ImportResult withFormulaCells(CsvWarnings noted) {
        return new ImportResult(rows, productsCreated, productsUpdated, productsUnchanged, skusCreated, skusUpdated,
                stockMovements, noted, notes, imagesQueued);
    }
}
