package com.merchantdesk.catalog.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVRecord;

/**
 * Shopify's product CSV, in its current layout and the older one its template still uses (docs/csv.md):
 * one line per variant, grouped by handle; the first line of a product carries its fields. Cells are read as
 * they are (Shopify writes no quote in front of formula-like text); such cells are noted all the same.
 */
final class ShopifyRows implements RowSource {

    /** The column names of one layout, by what they mean. */
    record Layout(CsvDialect dialect, String handle, String title, String body, String type, String productCategory,
                  String published, String status, String sku, String barcode, String price, String compareAt,
                  String cost, String grams, String tracker, String quantity, String image, String variantImage,
                  String optionName, String optionValue) {

        static final Layout OLDER = new Layout(CsvDialect.SHOPIFY_OLDER, "Handle", "Title", "Body (HTML)", "Type",
                "Product Category", "Published", "Status", "Variant SKU", "Variant Barcode", "Variant Price",
                "Variant Compare At Price", "Cost per item", "Variant Grams", "Variant Inventory Tracker",
                "Variant Inventory Qty", "Image Src", "Variant Image", "Option%d Name", "Option%d Value");

        static final Layout CURRENT = new Layout(CsvDialect.SHOPIFY, "URL handle", "Title", "Description", "Type",
                "Product category", "Published on online store", "Status", "SKU", "Barcode", "Price",
                "Compare-at price", "Cost per item", "Weight value (grams)", "Inventory tracker", "Inventory quantity",
                "Product image URL", "Variant image URL", "Option%d name", "Option%d value");
    }

    private static final String DEFAULT_OPTION = "Title";
    private static final String DEFAULT_VALUE = "Default Title";

    private final HeaderIndex header;
    private final Layout layout;
    private final ReadContext context;
    private final UnaryOperator<String> share;
    private final ColumnNames names;
    private final java.util.Set<CsvColumn> present = java.util.EnumSet.noneOf(CsvColumn.class);
    private final List<CsvRow> rows = new ArrayList<>();
    private final Map<String, Integer> variantsByHandle = new java.util.HashMap<>();
    private String lastHandle = "";

    ShopifyRows(HeaderIndex header, Layout layout, ReadContext context, UnaryOperator<String> share) {
        this.header = header;
        this.layout = layout;
        this.context = context;
        this.share = share;
        Map<CsvColumn, String> byColumn = new EnumMap<>(CsvColumn.class);
        byColumn.put(CsvColumn.HANDLE, header.use(layout.handle()));
        byColumn.put(CsvColumn.TITLE, header.use(layout.title()));
        byColumn.put(CsvColumn.DESCRIPTION, header.use(layout.body()));
        byColumn.put(CsvColumn.CATEGORY, header.has(layout.type()) ? header.use(layout.type())
                : header.use(layout.productCategory()));
        byColumn.put(CsvColumn.STATUS, header.has(layout.status()) ? header.use(layout.status())
                : header.use(layout.published()));
        for (int k = 0; k < CsvColumn.OPTION_NAMES.size(); k++) {
            byColumn.put(CsvColumn.OPTION_NAMES.get(k), header.use(layout.optionName().formatted(k + 1)));
            byColumn.put(CsvColumn.OPTION_VALUES.get(k), header.use(layout.optionValue().formatted(k + 1)));
        }
        byColumn.put(CsvColumn.SKU, header.use(layout.sku()));
        byColumn.put(CsvColumn.BARCODE, header.use(layout.barcode()));
        byColumn.put(CsvColumn.PRICE, header.use(layout.price()));
        byColumn.put(CsvColumn.COMPARE_AT_PRICE, header.use(layout.compareAt()));
        byColumn.put(CsvColumn.COST, header.use(layout.cost()));
        byColumn.put(CsvColumn.WEIGHT_GRAMS, header.use(layout.grams()));
        byColumn.put(CsvColumn.ON_HAND, header.use(layout.quantity()));
        header.use(layout.tracker());
        header.use(layout.image());
        header.use(layout.variantImage());
        // Both product type columns are read: Type first, Shopify's category when Type is empty.
        header.use(layout.type());
        header.use(layout.productCategory());
        header.use(layout.published());
        names = c -> byColumn.getOrDefault(c, c.header());
        for (Map.Entry<CsvColumn, String> e : byColumn.entrySet()) {
            if (header.has(e.getValue()) || CsvColumn.OPTION_NAMES.contains(e.getKey())
                    || CsvColumn.OPTION_VALUES.contains(e.getKey()) || e.getKey() == CsvColumn.HANDLE) {
                present.add(e.getKey());
            }
        }
        if (!header.has(layout.handle()) && !header.has(layout.title())) {
            context.errors.add(new CsvError(1, layout.handle(), com.merchantdesk.i18n.Messages.get(
                    "csv.error.missingColumn", layout.handle())));
        }
    }

    @Override
    public CsvDialect dialect() { return layout.dialect(); }

    @Override
    public ColumnNames names() { return names; }

    @Override
    public List<String> notImported() { return header.notRead(); }

    @Override
    public void add(long line, CSVRecord record) {
        String[] v = DialectValues.emptyRow(present);
        String handle = cell(line, record, layout.handle());
        String title = cell(line, record, layout.title());
        if (handle.isEmpty()) {
            // The current layout may leave the handle out: Shopify makes it from the title.
            handle = !title.isEmpty() ? slug(title) : lastHandle;
        }
        lastHandle = handle;
        v[CsvColumn.HANDLE.ordinal()] = handle;
        v[CsvColumn.TITLE.ordinal()] = title;
        v[CsvColumn.DESCRIPTION.ordinal()] = HtmlText.toText(cell(line, record, layout.body()));
        String type = cell(line, record, layout.type());
        v[CsvColumn.CATEGORY.ordinal()] = share.apply(type.isEmpty() ? cell(line, record, layout.productCategory()) : type);
        v[CsvColumn.STATUS.ordinal()] = share.apply(status(line, record));
        boolean anyOption = false;
        for (int k = 0; k < CsvColumn.OPTION_NAMES.size(); k++) {
            String name = cell(line, record, layout.optionName().formatted(k + 1));
            String value = cell(line, record, layout.optionValue().formatted(k + 1));
            if (k == 0 && DEFAULT_VALUE.equalsIgnoreCase(value)
                    && (name.isEmpty() || DEFAULT_OPTION.equalsIgnoreCase(name))) {
                name = "";
                value = ""; // Shopify's way of saying "no options"
            }
            v[CsvColumn.OPTION_NAMES.get(k).ordinal()] = share.apply(name);
            v[CsvColumn.OPTION_VALUES.get(k).ordinal()] = share.apply(value);
            anyOption |= !value.isEmpty();
        }
        String sku = cell(line, record, layout.sku());
        String price = cell(line, record, layout.price());
        List<String> images = images(line, record);
        boolean imageOnly = sku.isEmpty() && price.isEmpty() && !anyOption;
        if (imageOnly) {
            keepAbsent(v);
            rows.add(new CsvRow(line, v, names, images, true));
            return;
        }
        int index = variantsByHandle.merge(handle.toLowerCase(Locale.ROOT), 1, Integer::sum);
        if (sku.isEmpty()) {
            sku = madeUpSku(handle, index);
            context.adjusted.add(DialectValues.note(line, names.of(CsvColumn.SKU), "csv.note.skuMadeUp", sku));
        }
        v[CsvColumn.SKU.ordinal()] = sku;
        String barcode = cell(line, record, layout.barcode());
        if (DialectValues.isScientific(barcode)) {
            context.adjusted.add(DialectValues.note(line, names.of(CsvColumn.BARCODE), "csv.note.barcodeScientific", barcode));
            barcode = "";
        }
        v[CsvColumn.BARCODE.ordinal()] = barcode;
        v[CsvColumn.PRICE.ordinal()] = share.apply(price);
        String compareAt = cell(line, record, layout.compareAt());
        if (DialectValues.below(compareAt, price)) {
            context.adjusted.add(DialectValues.note(line, names.of(CsvColumn.COMPARE_AT_PRICE),
                    "csv.note.compareAtBelow", compareAt, price));
            compareAt = "";
        }
        v[CsvColumn.COMPARE_AT_PRICE.ordinal()] = share.apply(compareAt);
        v[CsvColumn.COST.ordinal()] = share.apply(cell(line, record, layout.cost()));
        v[CsvColumn.WEIGHT_GRAMS.ordinal()] = share.apply(DialectValues.grams(cell(line, record, layout.grams()), BigDecimal.ONE));
        // Only a tracked variant has a count; an untracked one's quantity means nothing.
        boolean tracked = !cell(line, record, layout.tracker()).isEmpty();
        v[CsvColumn.ON_HAND.ordinal()] = tracked ? share.apply(cell(line, record, layout.quantity())) : "";
        keepAbsent(v);
        rows.add(new CsvRow(line, v, names, images, false));
    }

    /** A column the file does not have stays absent, whatever the line computed for it. */
    private void keepAbsent(String[] v) {
        for (CsvColumn c : CsvColumn.values()) {
            if (!present.contains(c)) {
                v[c.ordinal()] = null;
            }
        }
    }

    private String status(long line, CSVRecord record) {
        if (header.has(layout.status())) {
            return cell(line, record, layout.status()).toLowerCase(Locale.ROOT);
        }
        String published = cell(line, record, layout.published()).toLowerCase(Locale.ROOT);
        return switch (published) {
            case "true" -> "active";
            case "false" -> "draft";
            default -> "";
        };
    }

    private List<String> images(long line, CSVRecord record) {
        List<String> images = new ArrayList<>(2);
        for (String column : List.of(layout.image(), layout.variantImage())) {
            String given = cell(line, record, column);
            if (!given.isEmpty()) {
                String source = context.imageSource(line, header.use(column), given);
                if (source != null && !images.contains(source)) {
                    images.add(source);
                }
            }
        }
        return images;
    }

    private String cell(long line, CSVRecord record, String column) {
        String raw = header.get(record, column);
        if (!raw.isEmpty()) {
            context.noteFormula(line, header.use(column), raw);
        }
        return raw;
    }

    /** A SKU code for a variant Shopify lets go without one: the handle, and the variant's number after the first. */
    static String madeUpSku(String handle, int index) {
        String base = handle.replaceAll("\\s+", "-");
        String code = index == 1 ? base : base + "-" + index;
        return code.length() <= 64 ? code : code.substring(0, 64);
    }

    /** Shopify's handle for a title: lower case, runs of anything but letters and digits as one hyphen. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    @Override
    public List<CsvRow> finish() { return rows; }
}
