package com.merchantdesk.catalog.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a products CSV file, in the order the exporter writes them. Headers are matched without
 * regard to case or surrounding spaces. See {@code docs/csv.md} for what each one means.
 */
public enum CsvColumn {
    HANDLE("handle", true, true),
    TITLE("title", true, true),
    DESCRIPTION("description", false, true),
    CATEGORY("category", false, true),
    STATUS("status", false, true),
    OPTION1_NAME("option1_name", false, true),
    OPTION1_VALUE("option1_value", false, false),
    OPTION2_NAME("option2_name", false, true),
    OPTION2_VALUE("option2_value", false, false),
    OPTION3_NAME("option3_name", false, true),
    OPTION3_VALUE("option3_value", false, false),
    SKU("sku", true, false),
    BARCODE("barcode", false, false),
    PRICE("price", true, false),
    COMPARE_AT_PRICE("compare_at_price", false, false),
    COST("cost", false, false),
    CURRENCY("currency", false, false),
    WEIGHT_GRAMS("weight_grams", false, false),
    REORDER_POINT("reorder_point", false, false),
    ON_HAND("on_hand", false, false),
    // Desk-only fulfilment fields (pick list, customs); last, so files made for the earlier columns keep their order.
    BIN_LOCATION("bin_location", false, false),
    HS_CODE("hs_code", false, false),
    ORIGIN_COUNTRY("origin_country", false, false);

    /** The option name and value columns of option 1, 2 and 3. */
    public static final List<CsvColumn> OPTION_NAMES = List.of(OPTION1_NAME, OPTION2_NAME, OPTION3_NAME);
    public static final List<CsvColumn> OPTION_VALUES = List.of(OPTION1_VALUE, OPTION2_VALUE, OPTION3_VALUE);

    private final String header;
    private final boolean required;
    private final boolean productLevel;

    CsvColumn(String header, boolean required, boolean productLevel) {
        this.header = header;
        this.required = required;
        this.productLevel = productLevel;
    }

    /** The name in the header line, e.g. {@code compare_at_price}. */
    public String header() { return header; }

    /** A file without this column is refused. */
    public boolean required() { return required; }

    /** Describes the product (shared by all rows of a handle) rather than one SKU. */
    public boolean productLevel() { return productLevel; }

    public static Optional<CsvColumn> byHeader(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /** All headers, comma-separated, for messages that list the allowed columns. */
    public static String allHeaders() {
        return String.join(", ", Arrays.stream(values()).map(CsvColumn::header).toList());
    }
}
