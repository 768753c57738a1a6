package com.merchantdesk.catalog.csv;

/**
 * What a file calls each of our columns, so a problem is named by the column the seller sees in the file
 * ({@code Variant Price} in a Shopify file, {@code Regular price} in a WooCommerce one, {@code price} in ours).
 */
@FunctionalInterface
interface ColumnNames {

    ColumnNames OURS = CsvColumn::header;

    String of(CsvColumn column);
}
