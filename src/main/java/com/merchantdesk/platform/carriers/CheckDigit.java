package com.merchantdesk.platform.carriers;

/**
 * How a carrier's tracking numbers carry a check digit. Each algorithm works on the digits of a number in their
 * order (letters and other characters are left out), the last of them being the check digit: a typo in one digit,
 * and most swaps of two, make a number that fails {@link #isValid}.
 */
public enum CheckDigit {

    /** No check digit: any digits are valid. */
    NONE,

    /**
     * The remainder of the number before the check digit divided by 7, as on express waybills (e.g. 10-digit air
     * waybills) and many domestic courier numbers.
     */
    MOD7,

    /** Luhn (mod 10, every second digit from the right doubled), as on payment cards and many parcel numbers. */
    LUHN,

    /**
     * UPU S10 (international postal items such as {@code EE123456785KR}): eight serial digits weighted 8 6 4 2 3 5
     * 9 7, check = 11 - sum mod 11, where 10 becomes 0 and 11 becomes 5. Exactly nine digits.
     */
    S10;

    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    /** True when {@code digits} (only the characters 0-9, check digit last) carry a correct check digit. */
    public boolean isValid(String digits) {
        if (digits == null || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        if (this == NONE) {
            return true;
        }
        if (digits.length() < 2 || (this == S10 && digits.length() != 9)) {
            return false;
        }
        String payload = digits.substring(0, digits.length() - 1);
        return check(payload) == digits.charAt(digits.length() - 1) - '0';
    }

    /** {@code payload} followed by its check digit (unchanged for {@link #NONE}). */
    public String complete(String payload) {
        if (payload == null || payload.isEmpty() || !payload.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("Not a string of digits: " + payload);
        }
        if (this == NONE) {
            return payload;
        }
        if (this == S10 && payload.length() != 8) {
            throw new IllegalArgumentException("An S10 serial has 8 digits, not " + payload.length());
        }
        return payload + check(payload);
    }

    /** How many digits of a number this algorithm adds: 0 or 1. */
    public int length() { return this == NONE ? 0 : 1; }

    private int check(String payload) {
        return switch (this) {
            case NONE -> throw new IllegalStateException("no check digit");
            case MOD7 -> mod7(payload);
            case LUHN -> luhn(payload);
            case S10 -> s10(payload);
        };
    }

    private static int mod7(String payload) {
        int remainder = 0;
        for (int i = 0; i < payload.length(); i++) {
            remainder = (remainder * 10 + payload.charAt(i) - '0') % 7;
        }
        return remainder;
    }

    private static int luhn(String payload) {
        int sum = 0;
        // The check digit will stand rightmost, so the payload's last digit is the first one doubled.
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    private static int s10(String payload) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (payload.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }
}
