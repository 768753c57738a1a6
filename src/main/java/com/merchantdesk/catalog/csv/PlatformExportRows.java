package com.merchantdesk.catalog.csv;

import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header and lines of one export format. Ours writes our columns with our spreadsheet rule; Shopify's and
 * WooCommerce's write the columns their importers read, with their own rule for formula-like text
 * (docs/csv.md, "Export").
 */
abstract class PlatformExportRows {

    abstract List<String> header();

    /** The lines of one product, cells ready to print. */
    abstract List<Object[]> lines(ProductCsvExporter.ExportedProduct p);

    static PlatformExportRows of(ExportFormat format) {
        return switch (format) {
            case OURS -> new Ours();
            case SHOPIFY -> new Shopify();
            case WOOCOMMERCE -> new WooCommerce();
        };
    }

    // SKU cells as the exporter reads them: option values (JSON), code, barcode, price, compare-at, cost,
    // currency, weight, reorder point, on hand, bin location, HS code, origin (the last three ours alone).
    static final int CODE = 1;
    static final int BARCODE = 2;
    static final int PRICE = 3;
    static final int COMPARE_AT = 4;
    static final int COST = 5;
    static final int WEIGHT = 7;
    static final int ON_HAND = 9;

    /** Our columns; every cell through {@link SpreadsheetSafeText}. */
    static final class Ours extends PlatformExportRows {
        @Override
        List<String> header() { return Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toList(); }

        @Override
        List<Object[]> lines(ProductCsvExporter.ExportedProduct p) {
            List<Object[]> lines = new ArrayList<>(p.skus().size());
            for (int i = 0; i < p.skus().size(); i++) {
                String[] cells = p.row(i);
                Object[] safe = new Object[cells.length];
                for (int k = 0; k < cells.length; k++) {
                    safe[k] = SpreadsheetSafeText.escape(cells[k]);
                }
                lines.add(safe);
            }
            return lines;
        }
    }

    /**
     * The columns of Shopify's product CSV template (its older layout, which Shopify's importer reads as well
     * as the current one). Cells are written as they are: Shopify's importer keeps every cell verbatim, so a
     * quote in front would end up in the product's title on Shopify.
     */
    static final class Shopify extends PlatformExportRows {
        static final List<String> HEADER = List.of("Handle", "Title", "Body (HTML)", "Vendor", "Product Category",
                "Type", "Tags", "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
                "Option3 Name", "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
                "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
                "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Variant Barcode",
                "Image Src", "Image Position", "Image Alt Text", "Gift Card", "Variant Image", "Variant Weight Unit",
                "Cost per item", "Status");

        private final Set<String> handles = new HashSet<>();

        @Override
        List<String> header() { return HEADER; }

        @Override
        List<Object[]> lines(ProductCsvExporter.ExportedProduct p) {
            String handle = uniqueHandle(ShopifyRows.slug(p.skus().get(0)[CODE]));
            List<Object[]> lines = new ArrayList<>(p.skus().size());
            for (int i = 0; i < p.skus().size(); i++) {
                String[] sku = p.skus().get(i);
                List<String> values = p.optionValues(i);
                Object[] c = new Object[HEADER.size()];
                Arrays.fill(c, "");
                c[0] = handle;
                if (i == 0) {
                    c[1] = p.title();
                    c[2] = HtmlText.toHtml(p.description());
                    c[5] = p.category();
                    c[7] = "ACTIVE".equals(p.status()) ? "TRUE" : "FALSE";
                    for (int k = 0; k < p.optionNames().size() && k < 3; k++) {
                        c[8 + 2 * k] = p.optionNames().get(k);
                    }
                    if (p.optionNames().isEmpty()) {
                        c[8] = "Title";
                    }
                    c[28] = "FALSE";
                    c[32] = p.status().toLowerCase(Locale.ROOT);
                }
                for (int k = 0; k < values.size() && k < 3; k++) {
                    c[9 + 2 * k] = values.get(k);
                }
                if (p.optionNames().isEmpty()) {
                    c[9] = "Default Title";
                }
                c[14] = sku[CODE];
                c[15] = sku[WEIGHT];
                c[16] = "shopify";
                c[17] = sku[ON_HAND].isEmpty() ? "0" : sku[ON_HAND];
                c[18] = "deny";
                c[19] = "manual";
                c[20] = sku[PRICE];
                c[21] = sku[COMPARE_AT];
                c[22] = "TRUE";
                c[23] = "TRUE";
                c[24] = sku[BARCODE];
                c[30] = "g";
                c[31] = sku[COST];
                lines.add(c);
            }
            return lines;
        }

        private String uniqueHandle(String base) {
            String handle = base.isEmpty() ? "product" : base;
            for (int n = 2; !handles.add(handle); n++) {
                handle = base + "-" + n;
            }
            return handle;
        }
    }

    /**
     * The columns of WooCommerce's product exporter: a product without options is a simple product; one with
     * options a variable product followed by its variations, linked by the parent's SKU. Text that starts with
     * {@code = + - @}, a tab or a carriage return gets a {@code '} in front, WooCommerce's own exporter rule
     * ({@code WC_CSV_Exporter::escape_data}); its importer takes the quote off again before {@code = + - @}.
     */
    static final class WooCommerce extends PlatformExportRows {
        static final List<String> HEADER = List.of("ID", "Type", "SKU", "Name", "Published", "Description",
                "In stock?", "Stock", "Weight (kg)", "Sale price", "Regular price", "Categories", "Images", "Parent",
                "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
                "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global",
                "Attribute 3 name", "Attribute 3 value(s)", "Attribute 3 visible", "Attribute 3 global");
        private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

        @Override
        List<String> header() { return HEADER; }

        @Override
        List<Object[]> lines(ProductCsvExporter.ExportedProduct p) {
            List<Object[]> lines = new ArrayList<>();
            String published = switch (p.status()) {
                case "ACTIVE" -> "1";
                case "ARCHIVED" -> "-1";
                default -> "0";
            };
            if (p.optionNames().isEmpty()) {
                Object[] c = blank();
                c[1] = "simple";
                c[3] = p.title();
                c[4] = published;
                c[5] = HtmlText.toHtml(p.description());
                c[11] = p.category();
                sku(c, p.skus().get(0));
                lines.add(escape(c));
                return lines;
            }
            String parentSku = p.skus().get(0)[CODE] + "-parent";
            Object[] parent = blank();
            parent[1] = "variable";
            parent[2] = parentSku;
            parent[3] = p.title();
            parent[4] = published;
            parent[5] = HtmlText.toHtml(p.description());
            parent[11] = p.category();
            for (int k = 0; k < p.optionNames().size() && k < 3; k++) {
                Set<String> values = new LinkedHashSet<>();
                for (int i = 0; i < p.skus().size(); i++) {
                    values.add(p.optionValues(i).get(k));
                }
                parent[14 + 4 * k] = p.optionNames().get(k);
                parent[15 + 4 * k] = String.join(", ", values);
                parent[16 + 4 * k] = "1";
                parent[17 + 4 * k] = "0";
            }
            lines.add(escape(parent));
            for (int i = 0; i < p.skus().size(); i++) {
                Object[] c = blank();
                List<String> values = p.optionValues(i);
                c[1] = "variation";
                c[3] = p.title() + " - " + String.join(", ", values);
                c[4] = published;
                c[13] = parentSku;
                sku(c, p.skus().get(i));
                for (int k = 0; k < values.size() && k < 3; k++) {
                    c[14 + 4 * k] = p.optionNames().get(k);
                    c[15 + 4 * k] = values.get(k);
                    c[17 + 4 * k] = "0";
                }
                lines.add(escape(c));
            }
            return lines;
        }

        private static Object[] blank() {
            Object[] c = new Object[HEADER.size()];
            Arrays.fill(c, "");
            return c;
        }

        private static void sku(Object[] c, String[] sku) {
            c[2] = sku[CODE];
            String onHand = sku[ON_HAND].isEmpty() ? "0" : sku[ON_HAND];
            c[6] = Long.parseLong(onHand) > 0 ? "1" : "0";
            c[7] = onHand;
            c[8] = sku[WEIGHT].isEmpty() ? "" : new BigDecimal(sku[WEIGHT]).divide(THOUSAND).stripTrailingZeros().toPlainString();
            boolean onSale = !sku[COMPARE_AT].isEmpty() && DialectValues.below(sku[PRICE], sku[COMPARE_AT]);
            c[9] = onSale ? sku[PRICE] : "";
            c[10] = onSale ? sku[COMPARE_AT] : sku[PRICE];
        }

        /**
         * WooCommerce's exporter rule: a {@code '} before text starting with = + - @ TAB CR; numbers (its
         * exporter leaves ints and floats alone) as they are, so Published {@code -1} stays a number.
         */
        static Object[] escape(Object[] cells) {
            for (int i = 0; i < cells.length; i++) {
                String s = (String) cells[i];
                if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    cells[i] = "'" + s;
                }
            }
            return cells;
        }
    }
}
