package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVRecord;

/**
 * WooCommerce's product export (docs/csv.md): simple products are one line each; a variable product's line
 * gives the product, and its variations (linked by {@code Parent}, which holds the parent's SKU or
 * {@code id:ID}) are its SKUs, with the attributes they set as options. Grouped and external products are not
 * stock the seller holds: they are skipped and listed. Cells are decoded by WooCommerce's own rule: a
 * {@code '} in front of {@code = + - @} is taken off, as its importer does.
 */
final class WooCommerceRows implements RowSource {

    private static final int ATTRIBUTES = 20;
    private static final Map<String, BigDecimal> GRAMS_PER = Map.of("g", BigDecimal.ONE, "kg", BigDecimal.valueOf(1000),
            "lbs", new BigDecimal("453.59237"), "lb", new BigDecimal("453.59237"), "oz", new BigDecimal("28.349523125"));

    private final HeaderIndex header;
    private final ReadContext context;
    private final UnaryOperator<String> share;
    private final String weightColumn;
    private final String gtinColumn;
    private final BigDecimal gramsPerUnit;
    private final Map<CsvColumn, String> byColumn = new EnumMap<>(CsvColumn.class);
    private final ColumnNames names;
    private final java.util.Set<CsvColumn> present = java.util.EnumSet.noneOf(CsvColumn.class);

    /** Product lines by their key (SKU, or id:ID), and what their variations inherit. */
    private final Map<String, Parent> parents = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private record Parent(String handle, String weight, CsvRow row) {}

    /** A line read: its row, and for a variation the parent it names and the attributes it sets. */
    private record Line(CsvRow row, String parent, Map<String, String> attributes, Map<String, String> attributeColumns) {}

    WooCommerceRows(HeaderIndex header, ReadContext context, UnaryOperator<String> share) {
        this.header = header;
        this.context = context;
        this.share = share;
        String weight = header.startingWith("Weight (");
        BigDecimal perUnit = BigDecimal.ONE;
        if (weight != null) {
            String unit = weight.substring(weight.indexOf('(') + 1).replace(")", "").strip().toLowerCase(Locale.ROOT);
            perUnit = GRAMS_PER.get(unit);
            if (perUnit == null) {
                context.errors.add(new CsvError(1, weight, Messages.get("csv.woo.weightUnit", unit)));
                perUnit = BigDecimal.ONE;
            }
            header.use(weight);
        }
        weightColumn = weight == null ? "Weight" : weight;
        gramsPerUnit = perUnit;
        byColumn.put(CsvColumn.HANDLE, header.use("Parent"));
        byColumn.put(CsvColumn.TITLE, header.use("Name"));
        byColumn.put(CsvColumn.DESCRIPTION, header.use("Description"));
        byColumn.put(CsvColumn.CATEGORY, header.use("Categories"));
        byColumn.put(CsvColumn.STATUS, header.use("Published"));
        byColumn.put(CsvColumn.SKU, header.use("SKU"));
        byColumn.put(CsvColumn.PRICE, header.use("Regular price"));
        byColumn.put(CsvColumn.COMPARE_AT_PRICE, header.use("Regular price"));
        byColumn.put(CsvColumn.WEIGHT_GRAMS, weightColumn);
        byColumn.put(CsvColumn.ON_HAND, header.use("Stock"));
        for (String used : List.of("ID", "Type", "Short description", "Sale price", "Images")) {
            header.use(used);
        }
        for (int k = 1; k <= ATTRIBUTES; k++) {
            header.use("Attribute " + k + " name");
            header.use("Attribute " + k + " value(s)");
        }
        String gtin = header.startingWith("GTIN");
        if (gtin != null) {
            byColumn.put(CsvColumn.BARCODE, header.use(gtin));
        }
        gtinColumn = gtin;
        names = c -> byColumn.getOrDefault(c, c.header());
        present.addAll(List.of(CsvColumn.HANDLE, CsvColumn.SKU, CsvColumn.PRICE));
        present.addAll(CsvColumn.OPTION_NAMES);
        present.addAll(CsvColumn.OPTION_VALUES);
        for (var e : Map.of(CsvColumn.TITLE, "Name", CsvColumn.DESCRIPTION, "Description", CsvColumn.CATEGORY,
                "Categories", CsvColumn.STATUS, "Published", CsvColumn.COMPARE_AT_PRICE, "Sale price",
                CsvColumn.ON_HAND, "Stock").entrySet()) {
            if (header.has(e.getValue())) {
                present.add(e.getKey());
            }
        }
        if (weight != null) {
            present.add(CsvColumn.WEIGHT_GRAMS);
        }
        if (gtin != null) {
            present.add(CsvColumn.BARCODE);
        }
        if (!header.has("SKU") && !header.has("ID")) {
            context.errors.add(new CsvError(1, "SKU", Messages.get("csv.error.missingColumn", "SKU")));
        }
    }

    @Override
    public CsvDialect dialect() { return CsvDialect.WOOCOMMERCE; }

    @Override
    public ColumnNames names() { return names; }

    @Override
    public List<String> notImported() { return header.notRead(); }

    @Override
    public void add(long line, CSVRecord record) {
        String type = cell(line, record, "Type").toLowerCase(Locale.ROOT);
        String name = cell(line, record, "Name");
        if (type.contains("grouped") || type.contains("external")) {
            context.skipped.add(new CsvError(line, header.use("Type"), Messages.get("csv.woo.skipped", name,
                    type.contains("grouped") ? "grouped" : "external")));
            return;
        }
        boolean variation = type.contains("variation");
        boolean variable = !variation && type.contains("variable");
        String id = cell(line, record, "ID");
        String sku = cell(line, record, "SKU");
        String key = !sku.isEmpty() ? sku : "id:" + id;
        String[] v = DialectValues.emptyRow(present);
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> attributeColumns = new HashMap<>();
        for (int k = 1; k <= ATTRIBUTES; k++) {
            String attribute = cell(line, record, "Attribute " + k + " name");
            if (!attribute.isEmpty()) {
                attributes.put(attribute, cell(line, record, "Attribute " + k + " value(s)"));
                attributeColumns.put(attribute, header.use("Attribute " + k + " value(s)"));
            }
        }
        List<String> images = images(line, record);
        String weight = cell(line, record, weightColumn);
        if (!variation) {
            v[CsvColumn.HANDLE.ordinal()] = key;
            v[CsvColumn.TITLE.ordinal()] = name;
            String description = cell(line, record, "Description");
            if (description.isEmpty()) {
                description = cell(line, record, "Short description");
            }
            // WooCommerce writes a line break inside a description as the two characters \n.
            v[CsvColumn.DESCRIPTION.ordinal()] = HtmlText.toText(description.replace("\\n", "\n"));
            v[CsvColumn.CATEGORY.ordinal()] = share.apply(cell(line, record, "Categories"));
            v[CsvColumn.STATUS.ordinal()] = "1".equals(cell(line, record, "Published")) ? "active" : "draft";
        }
        if (variable) {
            v[CsvColumn.SKU.ordinal()] = "";
            keepAbsent(v);
            CsvRow row = new CsvRow(line, v, names, images, true);
            remember(id, sku, new Parent(key, weight, row));
            lines.add(new Line(row, null, attributes, attributeColumns));
            return;
        }
        ColumnNames rowNames = skuCells(line, record, v, id, sku, weight);
        if (variation) {
            lines.add(new Line(new CsvRow(line, v, rowNames, images, false), cell(line, record, "Parent"),
                    attributes, attributeColumns));
            return;
        }
        // A simple product: its attributes with one value each are its options.
        int k = 0;
        Map<String, String> used = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (k < CsvColumn.OPTION_NAMES.size() && !a.getValue().isEmpty() && !a.getValue().contains(",")) {
                v[CsvColumn.OPTION_NAMES.get(k).ordinal()] = share.apply(a.getKey());
                v[CsvColumn.OPTION_VALUES.get(k).ordinal()] = share.apply(a.getValue());
                used.put(a.getKey(), a.getValue());
                k++;
            }
        }
        CsvRow row = new CsvRow(line, v, withOptions(rowNames, attributeColumns, List.copyOf(used.keySet())), images, false);
        remember(id, sku, new Parent(key, weight, row));
        lines.add(new Line(row, null, attributes, attributeColumns));
    }

    /** A column the file does not have stays absent, whatever the line computed for it. */
    private void keepAbsent(String[] v) {
        for (CsvColumn c : CsvColumn.values()) {
            if (!present.contains(c)) {
                v[c.ordinal()] = null;
            }
        }
    }

    private void remember(String id, String sku, Parent parent) {
        if (!id.isEmpty()) {
            parents.put("id:" + id, parent);
        }
        if (!sku.isEmpty()) {
            parents.put(sku.toLowerCase(Locale.ROOT), parent);
        }
    }

    /** SKU, prices, weight and stock of a simple product or a variation; the names this line's price came from. */
    private ColumnNames skuCells(long line, CSVRecord record, String[] v, String id, String sku, String weight) {
        if (sku.isEmpty()) {
            if (id.isEmpty()) {
                sku = "";
            } else {
                sku = "WOO-" + id;
                context.adjusted.add(DialectValues.note(line, header.use("SKU"), "csv.note.skuMadeUp", sku));
            }
        }
        v[CsvColumn.SKU.ordinal()] = sku;
        String regular = cell(line, record, "Regular price");
        String sale = cell(line, record, "Sale price");
        ColumnNames rowNames = names;
        if (!sale.isEmpty()) {
            if (DialectValues.below(regular, sale) || regular.equals(sale)) {
                context.adjusted.add(DialectValues.note(line, header.use("Sale price"), "csv.note.saleNotBelow", sale, regular));
                v[CsvColumn.PRICE.ordinal()] = share.apply(regular);
                v[CsvColumn.COMPARE_AT_PRICE.ordinal()] = "";
            } else {
                v[CsvColumn.PRICE.ordinal()] = share.apply(sale);
                v[CsvColumn.COMPARE_AT_PRICE.ordinal()] = share.apply(regular);
                String saleColumn = header.use("Sale price");
                rowNames = c -> c == CsvColumn.PRICE ? saleColumn : names.of(c);
            }
        } else {
            v[CsvColumn.PRICE.ordinal()] = share.apply(regular);
            v[CsvColumn.COMPARE_AT_PRICE.ordinal()] = "";
        }
        v[CsvColumn.WEIGHT_GRAMS.ordinal()] = weight.isEmpty() ? "" : share.apply(DialectValues.grams(weight, gramsPerUnit));
        v[CsvColumn.ON_HAND.ordinal()] = share.apply(cell(line, record, "Stock"));
        if (gtinColumn != null) {
            v[CsvColumn.BARCODE.ordinal()] = cell(line, record, gtinColumn);
        }
        keepAbsent(v);
        return rowNames;
    }

    /** Names the option columns of a line by the attribute columns they came from. */
    private static ColumnNames withOptions(ColumnNames base, Map<String, String> attributeColumns, List<String> options) {
        if (options.isEmpty()) {
            return base;
        }
        return c -> {
            int k = CsvColumn.OPTION_VALUES.indexOf(c);
            if (k < 0) {
                k = CsvColumn.OPTION_NAMES.indexOf(c);
                if (k >= 0 && k < options.size() && attributeColumns.containsKey(options.get(k))) {
                    return attributeColumns.get(options.get(k)).replace("value(s)", "name");
                }
                return base.of(c);
            }
            return k < options.size() ? attributeColumns.getOrDefault(options.get(k), base.of(c)) : base.of(c);
        };
    }

    private List<String> images(long line, CSVRecord record) {
        String given = cell(line, record, "Images");
        if (given.isEmpty()) {
            return List.of();
        }
        List<String> images = new ArrayList<>();
        for (String part : given.split(",")) {
            String source = part.isBlank() ? null : context.imageSource(line, header.use("Images"), part.strip());
            if (source != null && !images.contains(source)) {
                images.add(source);
            }
        }
        return images;
    }

    private String cell(long line, CSVRecord record, String column) {
        String raw = header.get(record, column);
        if (raw.isEmpty()) {
            return raw;
        }
        context.noteFormula(line, header.use(column), raw);
        return unescape(raw);
    }

    /** WooCommerce's importer: a leading {@code '} before {@code = + - @} is taken off, nothing else. */
    static String unescape(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    @Override
    public List<CsvRow> finish() {
        Map<String, List<Line>> variations = new LinkedHashMap<>();
        List<CsvRow> rows = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (l.parent() == null) {
                continue;
            }
            String parentKey = l.parent().toLowerCase(Locale.ROOT);
            Parent parent = parents.get(parentKey);
            if (parent == null) {
                context.errors.add(new CsvError(l.row().line(), header.use("Parent"),
                        Messages.get("csv.woo.noParent", l.parent())));
                continue;
            }
            variations.computeIfAbsent(parent.handle(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<String>> optionsByHandle = new HashMap<>();
        for (Map.Entry<String, List<Line>> e : variations.entrySet()) {
            List<String> options = new ArrayList<>();
            for (Line l : e.getValue()) {
                l.attributes().forEach((attribute, value) -> {
                    if (!value.isEmpty() && !options.contains(attribute)) {
                        options.add(attribute);
                    }
                });
            }
            optionsByHandle.put(e.getKey(), options);
        }
        for (Line l : lines) {
            CsvRow row = l.row();
            if (l.parent() == null) {
                List<String> options = optionsByHandle.get(row.get(CsvColumn.HANDLE));
                if (row.productOnly() && options != null) {
                    for (int k = 0; k < options.size() && k < CsvColumn.OPTION_NAMES.size(); k++) {
                        row.values()[CsvColumn.OPTION_NAMES.get(k).ordinal()] = share.apply(options.get(k));
                    }
                    if (options.size() > CsvColumn.OPTION_NAMES.size()) {
                        context.errors.add(new CsvError(row.line(), l.attributeColumns().getOrDefault(
                                options.get(CsvColumn.OPTION_NAMES.size()), "Attribute 4 name"),
                                Messages.get("validation.option.tooMany", CsvColumn.OPTION_NAMES.size())));
                    }
                }
                rows.add(row);
                continue;
            }
            Parent parent = parents.get(l.parent().toLowerCase(Locale.ROOT));
            if (parent == null) {
                continue;
            }
            List<String> options = optionsByHandle.get(parent.handle());
            String[] v = row.values();
            v[CsvColumn.HANDLE.ordinal()] = parent.handle();
            if ("".equals(v[CsvColumn.WEIGHT_GRAMS.ordinal()]) && !parent.weight().isEmpty()) {
                // A variation without its own weight ships at its product's.
                v[CsvColumn.WEIGHT_GRAMS.ordinal()] = share.apply(DialectValues.grams(parent.weight(), gramsPerUnit));
            }
            for (int k = 0; k < options.size() && k < CsvColumn.OPTION_VALUES.size(); k++) {
                v[CsvColumn.OPTION_VALUES.get(k).ordinal()] = share.apply(l.attributes().getOrDefault(options.get(k), ""));
            }
            rows.add(new CsvRow(row.line(), v, withOptions(row.names(), l.attributeColumns(), options),
                    row.images(), false));
        }
        return rows;
    }
}
