package com.merchantdesk.catalog.csv;

import java.util.List;

/**
 * What the import says about a file before and after it runs, none of it a failure: which kind of file it
 * is and how much it holds, the columns it does not import, the lines it skips (WooCommerce grouped and
 * external products, which are not stock the seller holds) and the values it leaves out or fills in (a
 * compare-at price below the price, a barcode a spreadsheet app turned into 3.65E+11, a SKU code made up for a
 * variant without one).
 */
public record ImportNotes(CsvDialect dialect, int products, int variants, List<String> notImported,
                          List<CsvError> skipped, List<CsvError> adjusted) {

    public static final ImportNotes NONE = new ImportNotes(CsvDialect.OURS, 0, 0, List.of(), List.of(), List.of());

    public ImportNotes {
        notImported = List.copyOf(notImported);
        skipped = List.copyOf(skipped);
        adjusted = List.copyOf(adjusted);
    }

    /** "Shopify product CSV: 3 products, 16 variants" in the current language. */
    public String summary() {
        return com.merchantdesk.i18n.Messages.get("csv.dialect.summary", dialect.displayName(), products, variants);
    }

    /** "Not imported: Vendor, Tags, SEO Title" in the current language, or "" when every column is read. */
    public String notImportedLine() {
        return notImported.isEmpty() ? ""
                : com.merchantdesk.i18n.Messages.get("csv.notImported", String.join(", ", notImported));
    }
}
