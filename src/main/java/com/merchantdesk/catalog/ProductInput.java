package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A product as typed into the form or read from a CSV file: text fields, not yet checked. {@link #toProduct}
 * reads every field and reports every problem at once, each named by its field.
 */
public record ProductInput(String id, String title, String description, String category, String status,
                           List<String> optionNames, List<SkuInput> skus, List<ProductImage> images,
                           Instant createdAt) {

    /** One SKU row as text. A null or empty id means a new SKU. */
    public record SkuInput(String id, String code, List<String> optionValues, String barcode, String price,
                           String compareAtPrice, String cost, String weightGrams, String reorderPoint,
                           String binLocation, String hsCode, String originCountry) {

        /** A row without bin location, HS code or country of origin. */
        public SkuInput(String id, String code, List<String> optionValues, String barcode, String price,
                        String compareAtPrice, String cost, String weightGrams, String reorderPoint) {
            this(id, code, optionValues, barcode, price, compareAtPrice, cost, weightGrams, reorderPoint, "", "", "");
        }
    }

    public ProductInput {
        optionNames = optionNames == null ? List.of() : optionNames.stream().map(ProductInput::clean).filter(s -> !s.isEmpty()).toList();
        skus = skus == null ? List.of() : List.copyOf(skus);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** Parses and validates; money is read in {@code currency}. New ids are time-ordered UUIDs. */
    public Product toProduct(Currency currency, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        ProductStatus parsedStatus = parseStatus(status, errors);
        List<Sku> parsedSkus = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            Sku sku = parseSku(skus.get(i), currency, "skus[" + i + "]", errors);
            if (sku != null) {
                parsedSkus.add(sku);
            }
        }
        if (!errors.isEmpty()) {
            // Name the product-level and between-SKU problems too, so the seller sees everything at once.
            List<FieldError> all = new ArrayList<>(Product.headerErrors(title, optionNames));
            all.addAll(errors);
            List<Product.SkuKey> keys = skus.stream()
                    .map(in -> new Product.SkuKey(clean(in.code()), clean(in.barcode()), cleanValues(in.optionValues())))
                    .toList();
            Product.skuListErrors(optionNames, keys).stream().filter(e -> !all.contains(e)).forEach(all::add);
            throw new ValidationException(all);
        }
        return new Product(id == null || id.isBlank() ? Ids.newIdString() : id, title, description, category,
                parsedStatus, optionNames, parsedSkus, images, createdAt == null ? now : createdAt, now);
    }

    private static ProductStatus parseStatus(String text, List<FieldError> errors) {
        String value = clean(text);
        if (value.isEmpty()) {
            return ProductStatus.DRAFT;
        }
        try {
            return ProductStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("status", "validation.status.unknown", value));
            return null;
        }
    }

    private static Sku parseSku(SkuInput in, Currency currency, String prefix, List<FieldError> errors) {
        List<FieldError> own = new ArrayList<>();
        Barcode barcode = null;
        if (!clean(in.barcode()).isEmpty()) {
            try {
                barcode = Barcode.parse(in.barcode());
            } catch (IllegalArgumentException e) {
                own.add(FieldError.of("barcode", e.getMessage()));
            }
        }
        Money price = money(in.price(), currency, "price", true, own);
        Money compareAt = money(in.compareAtPrice(), currency, "compareAtPrice", false, own);
        Money cost = money(in.cost(), currency, "cost", false, own);
        Integer weight = integer(in.weightGrams(), "weight", own);
        Integer reorder = integer(in.reorderPoint(), "reorderPoint", own);
        List<String> values = cleanValues(in.optionValues());
        String skuId = in.id() == null || in.id().isBlank() ? Ids.newIdString() : in.id();
        Sku sku = null;
        try {
            // Fields that failed to parse stand in as harmless values, so the record still checks the rest.
            sku = new Sku(skuId, clean(in.code()), values, barcode, price == null ? Money.zero(currency) : price,
                    compareAt, cost, weight, reorder == null ? 0 : reorder, in.binLocation(), in.hsCode(),
                    in.originCountry());
        } catch (ValidationException e) {
            e.errors().stream().filter(err -> own.stream().noneMatch(o -> o.field().equals(err.field()))).forEach(own::add);
        }
        own.forEach(err -> errors.add(err.under(prefix)));
        return own.isEmpty() ? sku : null;
    }

    private static Money money(String text, Currency currency, String field, boolean required, List<FieldError> errors) {
        if (clean(text).isEmpty()) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
            return null;
        }
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, e.getMessage(), currency.getDefaultFractionDigits()));
            return null;
        }
    }

    private static Integer integer(String text, String field, List<FieldError> errors) {
        String value = clean(text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                errors.add(FieldError.of(field, "validation.notNegative"));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.wholeNumber"));
            return null;
        }
    }

    private static String clean(String text) { return text == null ? "" : text.strip(); }

    private static List<String> cleanValues(List<String> values) {
        return values == null ? List.of() : values.stream().map(ProductInput::clean).toList();
    }
}
