package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sellable variant of a product. Optional values ({@code barcode}, {@code compareAtPrice},
 * {@code cost}, {@code weightGrams}) are null when the seller left them empty.
 */
public record Sku(String id, String code, List<String> optionValues, Barcode barcode, Money price,
                  Money compareAtPrice, Money cost, Integer weightGrams, int reorderPoint) {

    public static final int MAX_CODE_LENGTH = 64;

    public Sku {
        Objects.requireNonNull(id, "id");
        optionValues = List.copyOf(optionValues);
        code = code == null ? null : code.strip();
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            errors.add(FieldError.of("code", "validation.required"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            errors.add(FieldError.of("code", "validation.tooLong", MAX_CODE_LENGTH));
        } else if (code.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
            errors.add(FieldError.of("code", "validation.sku.spaces"));
        }
        if (price == null) {
            errors.add(FieldError.of("price", "validation.required"));
        } else {
            if (price.isNegative()) {
                errors.add(FieldError.of("price", "validation.money.negative"));
            }
            if (compareAtPrice != null && !compareAtPrice.currency().equals(price.currency())) {
                errors.add(FieldError.of("compareAtPrice", "validation.money.currencyMismatch"));
            } else if (compareAtPrice != null && compareAtPrice.compareTo(price) < 0) {
                errors.add(FieldError.of("compareAtPrice", "validation.compareAt.belowPrice"));
            }
            if (cost != null && !cost.currency().equals(price.currency())) {
                errors.add(FieldError.of("cost", "validation.money.currencyMismatch"));
            } else if (cost != null && cost.isNegative()) {
                errors.add(FieldError.of("cost", "validation.money.negative"));
            }
        }
        if (weightGrams != null && weightGrams < 0) {
            errors.add(FieldError.of("weight", "validation.notNegative"));
        }
        if (reorderPoint < 0) {
            errors.add(FieldError.of("reorderPoint", "validation.notNegative"));
        }
        for (String value : optionValues) {
            if (value == null || value.isBlank()) {
                errors.add(FieldError.of("optionValues", "validation.option.valueMissing"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** "Red / M", or the empty string for a product without options. */
    public String optionLabel() { return String.join(" / ", optionValues); }
}
