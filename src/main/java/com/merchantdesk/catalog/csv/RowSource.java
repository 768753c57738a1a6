package com.merchantdesk.catalog.csv;

import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Turns the data lines of one dialect into rows of our columns. */
interface RowSource {

    CsvDialect dialect();

    /** What the file calls our columns (a line may differ: a WooCommerce sale price). */
    ColumnNames names();

    /** The header's columns the import does not read. */
    List<String> notImported();

    /** Reads one data line (not blank, of the header's width). */
    void add(long line, CSVRecord record);

    /** The rows, once every line is read (WooCommerce links variations to parents that may come later). */
    List<CsvRow> finish();

    /** Recognises the dialect from the header line and makes its reader. */
    static RowSource forHeader(CSVRecord header, ReadContext context, java.util.function.UnaryOperator<String> share) {
        HeaderIndex index = new HeaderIndex(header);
        if (index.has("Handle") && (index.has("Variant SKU") || index.has("Variant Price"))) {
            return new ShopifyRows(index, ShopifyRows.Layout.OLDER, context, share);
        }
        if (index.has("URL handle") || (index.has("Title") && index.has("Option1 name") && index.has("Price")
                && index.has("SKU") && !index.has("handle"))) {
            return new ShopifyRows(index, ShopifyRows.Layout.CURRENT, context, share);
        }
        if (index.has("Type") && index.has("Regular price") && index.has("Name")) {
            return new WooCommerceRows(index, context, share);
        }
        return new OwnRows(header, context, share);
    }
}
