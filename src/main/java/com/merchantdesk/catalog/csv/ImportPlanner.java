package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.CatalogRepository;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every row of a file against the format, the other rows and the catalogue, and turns each handle
 * into the product to save. Finds every problem rather than stopping at the first. Runs inside the
 * import's write transaction, so what it checks against is what the import then changes.
 */
final class ImportPlanner {

    private final CatalogRepository repository = new CatalogRepository();
    private final Currency defaultCurrency;
    private final Instant now;
    private final ErrorList errors;
    private final Cancellation cancellation;
    private final StagedProgress progress;

    ImportPlanner(Currency defaultCurrency, Instant now, ErrorList errors, Cancellation cancellation,
                  StagedProgress progress) {
        this.defaultCurrency = defaultCurrency;
        this.now = now;
        this.errors = errors;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    /** The products to write, in file order; empty with {@code errors} filled when the file has problems. */
    List<PlannedProduct> plan(Connection c, List<CsvRow> rows) throws SQLException {
        Map<String, HandleGroup> groups = group(rows);
        Map<String, String> codes = firstOccurrences(rows, CsvColumn.SKU, "csv.sku.duplicate", ExistingSkus::codeKey);
        Map<String, String> barcodes = firstOccurrences(rows, CsvColumn.BARCODE, "csv.barcode.duplicate", b -> b);
        ExistingSkus existing = ExistingSkus.lookUp(c, codes.values(), barcodes.values());
        Map<String, HandleGroup> claimed = new HashMap<>();
        List<PlannedProduct> planned = new ArrayList<>(groups.size());
        int done = 0;
        for (HandleGroup group : groups.values()) {
            cancellation.check();
            PlannedProduct p = planGroup(c, group, existing, claimed);
            if (p != null) {
                planned.add(p);
            }
            progress.update(++done, groups.size());
        }
        return errors.isEmpty() ? planned : List.of();
    }

    /** Rows by handle (without regard to case), in the order handles first appear. */
    private Map<String, HandleGroup> group(List<CsvRow> rows) {
        Map<String, HandleGroup> groups = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String handle = row.get(CsvColumn.HANDLE);
            if (handle.isEmpty()) {
                errors.add(row.line(), CsvColumn.HANDLE, Messages.get("validation.required"));
                continue;
            }
            groups.computeIfAbsent(handle.toLowerCase(Locale.ROOT), k -> new HandleGroup(handle)).add(row);
        }
        groups.values().removeIf(g -> {
            if (g.rows().isEmpty()) {
                errors.add(g.firstLine(), CsvColumn.HANDLE, Messages.get("csv.product.noSkus", g.handle()));
                return true;
            }
            return false;
        });
        return groups;
    }

    /** Each distinct value of {@code column} by its key, reporting every repeat at the line that repeats it. */
    private Map<String, String> firstOccurrences(List<CsvRow> rows, CsvColumn column, String repeatKey,
                                                 java.util.function.UnaryOperator<String> key) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (CsvRow row : rows) {
            String value = row.get(column);
            if (value.isEmpty() || row.productOnly()) {
                continue;
            }
            String k = key.apply(value);
            Long first = lines.putIfAbsent(k, row.line());
            if (first == null) {
                values.put(k, value);
            } else {
                errors.add(row.line(), column, Messages.get(repeatKey, value, first));
            }
        }
        return values;
    }

    private PlannedProduct planGroup(Connection c, HandleGroup g, ExistingSkus existing,
                                     Map<String, HandleGroup> claimed) throws SQLException {
        int reportedBefore = errors.reported();
        g.checkConsistent(errors);
        Target target = target(c, g, existing, claimed);
        if (target.refused()) {
            return null; // checking the fields against either of two products would mislead
        }
        Product before = target.before();
        List<Sku> olds = currentSkus(g, before, existing);
        Set<String> listedIds = new HashSet<>();
        olds.stream().filter(java.util.Objects::nonNull).forEach(s -> listedIds.add(s.id()));
        List<Sku> kept = before == null ? List.of()
                : before.skus().stream().filter(s -> !listedIds.contains(s.id())).toList();

        OptionColumns options = OptionColumns.of(g, before, errors);
        Currency currency = null;
        List<SkuInput> skus = new ArrayList<>();
        List<Long> onHand = new ArrayList<>();
        for (int i = 0; i < g.rows().size(); i++) {
            CsvRow row = g.rows().get(i);
            Sku old = olds.get(i);
            Currency rowCurrency = currency(row, old, before);
            if (currency == null) {
                currency = rowCurrency;
            } else if (rowCurrency != null && !rowCurrency.equals(currency)) {
                errors.add(row.line(), CsvColumn.CURRENCY,
                        Messages.get("csv.currency.mixed", rowCurrency.getCurrencyCode(), currency.getCurrencyCode()));
            }
            SpreadsheetPitfalls.check(row, errors);
            checkBarcodeOwner(row, before, listedIds, existing);
            skus.add(skuInput(row, old, options));
            onHand.add(onHand(row));
        }
        FieldErrorMapper mapper = new FieldErrorMapper(g, options.nameColumns(), options.valueColumns(), kept, errors);
        Product product = product(g, before, options, skus, kept, currency == null ? defaultCurrency : currency, mapper);
        if (product == null || errors.reported() > reportedBefore) {
            return null;
        }
        return PlannedProduct.of(product, before, onHand, mapper, g.images());
    }

    /** For each row of the handle, the SKU it updates (null for a new SKU). */
    private static List<Sku> currentSkus(HandleGroup g, Product before, ExistingSkus existing) {
        Map<String, Sku> byId = new HashMap<>();
        if (before != null) {
            before.skus().forEach(s -> byId.put(s.id(), s));
        }
        List<Sku> result = new ArrayList<>(g.rows().size());
        for (CsvRow row : g.rows()) {
            result.add(existing.ofCode(row.get(CsvColumn.SKU)).map(o -> byId.get(o.skuId())).orElse(null));
        }
        return result;
    }

    /** The catalogue product a handle updates (null: a new product), or refused (reported). */
    private record Target(Product before, boolean refused) {
        static final Target NEW = new Target(null, false);
        static final Target REFUSED = new Target(null, true);
    }

    /**
     * The catalogue product this handle updates: the one owning its SKU codes. Refused when the codes belong
     * to two products, or to one that another handle of the file already updates.
     */
    private Target target(Connection c, HandleGroup g, ExistingSkus existing, Map<String, HandleGroup> claimed)
            throws SQLException {
        ExistingSkus.Owner first = null;
        CsvRow firstRow = null;
        for (CsvRow row : g.rows()) {
            var owner = existing.ofCode(row.get(CsvColumn.SKU));
            if (owner.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = owner.get();
                firstRow = row;
            } else if (!first.productId().equals(owner.get().productId())) {
                errors.add(row.line(), CsvColumn.SKU, Messages.get("csv.handle.twoProducts", g.handle(),
                        first.code(), owner.get().code()));
                return Target.REFUSED;
            }
        }
        if (first == null) {
            return Target.NEW;
        }
        HandleGroup other = claimed.putIfAbsent(first.productId(), g);
        if (other != null) {
            errors.add(firstRow.line(), CsvColumn.SKU, Messages.get("csv.handle.sameProduct", first.code(),
                    other.handle(), other.firstLine()));
            return Target.REFUSED;
        }
        String productId = first.productId();
        return new Target(repository.find(c, productId)
                .orElseThrow(() -> new StoreException("Product " + productId + " has SKUs but no product row")), false);
    }

    /**
     * The row's currency: its own, else the SKU's or product's current one, else the import's default. Null
     * (and reported) when the code is not ISO 4217.
     */
    private Currency currency(CsvRow row, Sku old, Product before) {
        String code = row.get(CsvColumn.CURRENCY);
        if (!code.isEmpty()) {
            try {
                return Money.currency(code);
            } catch (IllegalArgumentException e) {
                errors.add(row.line(), CsvColumn.CURRENCY, Messages.get(e.getMessage()));
                return null;
            }
        }
        if (old != null) {
            return old.price().currency();
        }
        if (before != null && !before.skus().isEmpty()) {
            return before.skus().get(0).price().currency();
        }
        return defaultCurrency;
    }

    /** A barcode may stay on its product (moving between the SKUs the file lists) but not come from elsewhere. */
    private void checkBarcodeOwner(CsvRow row, Product before, Set<String> listedIds, ExistingSkus existing) {
        String barcode = row.get(CsvColumn.BARCODE);
        if (barcode.isEmpty()) {
            return;
        }
        existing.ofBarcode(barcode).ifPresent(owner -> {
            if (before == null || !owner.productId().equals(before.id())) {
                errors.add(row.line(), CsvColumn.BARCODE, Messages.get("validation.barcode.taken", barcode));
            } else if (!listedIds.contains(owner.skuId())) {
                errors.add(row.line(), CsvColumn.BARCODE, Messages.get("csv.barcode.otherSku", barcode, owner.code()));
            }
        });
    }

    /** The row as the form would type it; a column the file lacks keeps the SKU's current value. */
    private SkuInput skuInput(CsvRow row, Sku old, OptionColumns options) {
        return new SkuInput(old == null ? null : old.id(), row.get(CsvColumn.SKU), options.values(row, old, errors),
                text(row, CsvColumn.BARCODE, old == null || old.barcode() == null ? "" : old.barcode().value()),
                row.get(CsvColumn.PRICE),
                text(row, CsvColumn.COMPARE_AT_PRICE, old == null ? null : old.compareAtPrice()),
                text(row, CsvColumn.COST, old == null ? null : old.cost()),
                text(row, CsvColumn.WEIGHT_GRAMS, old == null || old.weightGrams() == null ? "" : old.weightGrams().toString()),
                text(row, CsvColumn.REORDER_POINT, old == null ? "" : Integer.toString(old.reorderPoint())),
                text(row, CsvColumn.BIN_LOCATION, old == null ? "" : old.binLocation()),
                text(row, CsvColumn.HS_CODE, old == null ? "" : old.hsCode()),
                text(row, CsvColumn.ORIGIN_COUNTRY, old == null ? "" : old.originCountry()));
    }

    private static String text(CsvRow row, CsvColumn column, Money current) {
        return text(row, column, current == null ? "" : current.toPlainString());
    }

    private static String text(CsvRow row, CsvColumn column, String current) {
        return row.has(column) ? row.get(column) : current;
    }

    private Long onHand(CsvRow row) {
        String text = row.get(CsvColumn.ON_HAND);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                errors.add(row.line(), CsvColumn.ON_HAND, Messages.get("validation.notNegative"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(row.line(), CsvColumn.ON_HAND, Messages.get("validation.wholeNumber"));
            return null;
        }
    }

    /**
     * Validates the handle as one product through {@link ProductInput#toProduct}, then adds the catalogue
     * SKUs the file does not list (an import never removes SKUs). Null when anything is wrong (reported).
     */
    private Product product(HandleGroup g, Product before, OptionColumns options, List<SkuInput> skus, List<Sku> kept,
                            Currency currency, FieldErrorMapper mapper) {
        String status = g.value(CsvColumn.STATUS);
        if (status.isEmpty() && before != null) {
            status = before.status().name();
        }
        ProductInput input = new ProductInput(before == null ? null : before.id(), g.value(CsvColumn.TITLE),
                g.has(CsvColumn.DESCRIPTION) || before == null ? g.value(CsvColumn.DESCRIPTION) : before.description(),
                g.has(CsvColumn.CATEGORY) || before == null ? g.value(CsvColumn.CATEGORY) : before.category(),
                status, options.names(), skus, before == null ? List.of() : before.images(),
                before == null ? null : before.createdAt());
        try {
            Product fromFile = input.toProduct(currency, now);
            if (kept.isEmpty()) {
                return fromFile;
            }
            List<Sku> all = new ArrayList<>(fromFile.skus());
            all.addAll(kept);
            return new Product(fromFile.id(), fromFile.title(), fromFile.description(), fromFile.category(),
                    fromFile.status(), fromFile.optionNames(), all, fromFile.images(), fromFile.createdAt(),
                    fromFile.updatedAt());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                if (!options.inFile() || !mapper.isFileRow(error) || !isOptionShapeError(error)) {
                    errors.add(mapper.map(error));
                }
            }
            return null;
        }
    }

    /** Missing or surplus option values; {@link #optionValues} already named the exact cell. */
    private static boolean isOptionShapeError(FieldError error) {
        return error.field().endsWith(".optionValues") && (error.messageKey().equals("validation.option.valueMissing")
                || error.messageKey().equals("validation.option.valueCount"));
    }
}
