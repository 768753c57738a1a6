package com.merchantdesk.orders;

/**
 * How an order line keeps the catalogue's words (schema V6): its title and option label are NULL while they equal
 * what the catalogue says now, the title of the SKU's product and the SKU's option values joined by {@code " / "}
 * (as {@code catalog.Sku.optionLabel}); before the catalogue changes them, triggers of V6__compact_more.sql write
 * the old words into the lines. SQL fragments for a query that joins the line as {@code l}, its SKU as {@code s}
 * and the SKU's product as {@code p}; the expression is the one the triggers use.
 */
final class OrderLineWords {

    /** The SKU's option label as the catalogue says it now. */
    static final String CATALOGUE_OPTION_LABEL =
            "coalesce((SELECT group_concat(j.value, ' / ') FROM json_each(s.option_values) j), '')";

    /** The line's title: its own, or the product's. */
    static final String TITLE = "coalesce(l.title, p.title)";

    /** The line's option label: its own, or the SKU's. */
    static final String OPTION_LABEL = "coalesce(l.option_label, " + CATALOGUE_OPTION_LABEL + ")";

    /** What a new line stores for the title bound at this parameter: NULL when the product says the same. */
    static final String STORED_TITLE = "nullif(?, p.title)";

    /** What a new line stores for the option label bound at this parameter: NULL when the SKU says the same. */
    static final String STORED_OPTION_LABEL = "nullif(?, " + CATALOGUE_OPTION_LABEL + ")";

    private OrderLineWords() {}
}
