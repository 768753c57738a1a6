package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A product as the seller lists it: shared content plus one or more SKUs, one per option combination. */
public record Product(String id, String title, String description, String category, ProductStatus status,
                      List<String> optionNames, List<Sku> skus, List<ProductImage> images,
                      Instant createdAt, Instant updatedAt) {

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_OPTIONS = 3;

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // The store keeps milliseconds; so does the record, so a saved product equals the one read back.
        createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        description = description == null ? "" : description.strip();
        category = category == null ? "" : category.strip();
        optionNames = List.copyOf(optionNames);
        skus = List.copyOf(skus);
        images = List.copyOf(images);
        List<FieldError> errors = validate(title, optionNames, skus);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        title = title.strip();
    }

    private static List<FieldError> validate(String title, List<String> optionNames, List<Sku> skus) {
        List<FieldError> errors = headerErrors(title, optionNames);
        errors.addAll(skuErrors(optionNames, skus));
        return errors;
    }

    /** Problems with the product's own fields (title, options), apart from its SKUs. */
    public static List<FieldError> headerErrors(String title, List<String> optionNames) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "validation.required"));
        } else if (title.strip().length() > MAX_TITLE_LENGTH) {
            errors.add(FieldError.of("title", "validation.tooLong", MAX_TITLE_LENGTH));
        }
        if (optionNames.size() > MAX_OPTIONS) {
            errors.add(FieldError.of("options", "validation.option.tooMany", MAX_OPTIONS));
        }
        Set<String> names = new HashSet<>();
        for (String name : optionNames) {
            if (name == null || name.isBlank()) {
                errors.add(FieldError.of("options", "validation.option.nameMissing"));
            } else if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of("options", "validation.option.duplicateName", name.strip()));
            }
        }
        return errors;
    }

    /** What the rules between SKUs look at in one SKU, so rows that did not parse yet can be checked too. */
    public record SkuKey(String code, String barcode, List<String> optionValues) {}

    private static List<FieldError> skuErrors(List<String> optionNames, List<Sku> skus) {
        return skuListErrors(optionNames, skus.stream()
                .map(s -> new SkuKey(s.code(), s.barcode() == null ? null : s.barcode().value(), s.optionValues()))
                .toList());
    }

    /** Problems between the SKUs of one product: none at all, codes or barcodes twice, option values that don't fit. */
    public static List<FieldError> skuListErrors(List<String> optionNames, List<SkuKey> skus) {
        List<FieldError> errors = new ArrayList<>();
        if (skus.isEmpty()) {
            errors.add(FieldError.of("skus", "validation.sku.atLeastOne"));
        }
        Set<String> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        Set<List<String>> combinations = new HashSet<>();
        for (int i = 0; i < skus.size(); i++) {
            SkuKey sku = skus.get(i);
            String prefix = "skus[" + i + "]";
            if (sku.code() != null && !sku.code().isBlank() && !codes.add(sku.code().toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(prefix + ".code", "validation.sku.duplicateCode", sku.code()));
            }
            // The database allows a barcode once; say so here rather than fail on its unique index.
            if (sku.barcode() != null && !sku.barcode().isBlank() && !barcodes.add(sku.barcode())) {
                errors.add(FieldError.of(prefix + ".barcode", "validation.barcode.duplicate", sku.barcode()));
            }
            if (sku.optionValues().size() != optionNames.size()) {
                errors.add(FieldError.of(prefix + ".optionValues", "validation.option.valueCount", optionNames.size()));
            } else if (!combinations.add(sku.optionValues().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList())) {
                errors.add(FieldError.of(prefix + ".optionValues", "validation.option.duplicateCombination",
                        String.join(" / ", sku.optionValues())));
            }
        }
        return errors;
    }

    public boolean isArchived() { return status == ProductStatus.ARCHIVED; }

    public Product withStatus(ProductStatus newStatus, Instant at) {
        return new Product(id, title, description, category, newStatus, optionNames, skus, images, createdAt, at);
    }
}
