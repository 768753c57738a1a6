package com.merchantdesk.catalog;

import java.util.Objects;

/**
 * A scannable code on a SKU. Thirteen digits are read as EAN-13 and twelve as UPC-A, and their check
 * digit must be right; anything else printable is a free Code 128 value.
 */
public record Barcode(String value, Symbology symbology) {

    public enum Symbology { EAN_13, UPC_A, CODE_128 }

    public Barcode {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(symbology, "symbology");
    }

    /**
     * Reads a code as typed or scanned.
     *
     * @throws IllegalArgumentException with a message key when the code is not valid
     */
    public static Barcode parse(String text) {
        String code = text == null ? "" : text.strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("validation.barcode.empty");
        }
        if (code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            if (code.length() == 13) {
                return checked(code, Symbology.EAN_13);
            }
            if (code.length() == 12) {
                return checked(code, Symbology.UPC_A);
            }
        }
        if (code.length() > 48) {
            throw new IllegalArgumentException("validation.barcode.tooLong");
        }
        if (!code.chars().allMatch(ch -> ch >= 32 && ch <= 126)) {
            throw new IllegalArgumentException("validation.barcode.characters");
        }
        return new Barcode(code, Symbology.CODE_128);
    }

    private static Barcode checked(String digits, Symbology symbology) {
        int expected = checkDigit(digits.substring(0, digits.length() - 1));
        if (digits.charAt(digits.length() - 1) - '0' != expected) {
            throw new IllegalArgumentException("validation.barcode.checkDigit");
        }
        return new Barcode(digits, symbology);
    }

    /**
     * GS1 check digit for the digits before it: from the right, weights 3,1,3,1…; the digit brings the
     * sum to a multiple of ten. The same rule serves EAN-13 and UPC-A.
     */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() { return value; }
}
