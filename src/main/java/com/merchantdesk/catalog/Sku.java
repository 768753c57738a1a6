package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One sellable variant of a product. Optional values ({@code barcode}, {@code compareAtPrice},
 * {@code cost}, {@code weightGrams}) are null when the seller left them empty.
 *
 * <p>The fulfilment fields stay on the desk (the platform's SKU has none; see {@link CatalogWire}) and are the
 * empty string when not set: {@code binLocation}, where the SKU lies in the stockroom (the pick list walks the
 * shelves in its order); {@code hsCode}, the customs tariff number, digits only (typed with dots or spaces, such
 * as {@code 6109.10}, it is kept as {@code 610910}); {@code originCountry}, an ISO 3166-1 alpha-2 code in upper
 * case (a customs declaration uses the shop's country when it is empty).
 */
public record Sku(String id, String code, List<String> optionValues, Barcode barcode, Money price,
                  Money compareAtPrice, Money cost, Integer weightGrams, int reorderPoint,
                  String binLocation, String hsCode, String originCountry) {

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_BIN_LOCATION_LENGTH = 32;
    public static final int MIN_HS_DIGITS = 6;
    public static final int MAX_HS_DIGITS = 10;

    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    /** A SKU without bin location, HS code or country of origin. */
    public Sku(String id, String code, List<String> optionValues, Barcode barcode, Money price,
               Money compareAtPrice, Money cost, Integer weightGrams, int reorderPoint) {
        this(id, code, optionValues, barcode, price, compareAtPrice, cost, weightGrams, reorderPoint, "", "", "");
    }

    public Sku {
        Objects.requireNonNull(id, "id");
        optionValues = List.copyOf(optionValues);
        code = code == null ? null : code.strip();
        binLocation = binLocation == null ? "" : binLocation.strip();
        String hsTyped = hsCode == null ? "" : hsCode.strip();
        hsCode = hsTyped.replaceAll("[. ]", "");
        originCountry = originCountry == null ? "" : originCountry.strip().toUpperCase(Locale.ROOT);
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
        fulfilmentErrors(binLocation, hsTyped, hsCode, originCountry, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void fulfilmentErrors(String binLocation, String hsTyped, String hsDigits, String originCountry,
                                         List<FieldError> errors) {
        if (binLocation.length() > MAX_BIN_LOCATION_LENGTH) {
            errors.add(FieldError.of("binLocation", "validation.sku.binLocation.tooLong", MAX_BIN_LOCATION_LENGTH));
        } else if (binLocation.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of("binLocation", "validation.sku.binLocation.characters"));
        }
        if (!hsDigits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            errors.add(FieldError.of("hsCode", "validation.sku.hsCode.characters", hsTyped));
        } else if (!hsDigits.isEmpty() && (hsDigits.length() < MIN_HS_DIGITS || hsDigits.length() > MAX_HS_DIGITS)) {
            errors.add(FieldError.of("hsCode", "validation.sku.hsCode.length", hsTyped, hsDigits.length()));
        }
        if (!originCountry.isEmpty() && !COUNTRIES.contains(originCountry)) {
            errors.add(FieldError.of("originCountry", "validation.sku.originCountry.unknown", originCountry));
        }
    }

    /** "Red / M", or the empty string for a product without options. */
    public String optionLabel() { return String.join(" / ", optionValues); }
}
