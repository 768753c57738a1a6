package com.merchantdesk.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An exact amount: minor units (cents, fen, won) of an ISO 4217 currency. Never a double. */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    /**
     * Digits with an optional sign and decimal point; commas only as thousands separators. A comma anywhere
     * else is refused, not dropped: "12,50" typed as a decimal comma must not become 1250.
     */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d*)?|[+-]?\\.\\d+");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) { return new Money(0, currency); }

    /** Parses a decimal amount like {@code 12.50}; more decimals than the currency has are refused, not rounded. */
    public static Money parse(String amount, Currency currency) {
        // NFKC turns full-width digits and separators typed with a CJK input method into ASCII ones.
        String text = amount == null ? "" : Normalizer.normalize(amount, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("validation.money.empty");
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException("validation.money.format");
        }
        BigDecimal value = new BigDecimal(text.replace(",", ""));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("validation.money.precision");
        }
        try {
            return new Money(value.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("validation.money.range");
        }
    }

    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("validation.currency.unknown");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long quantity) { return new Money(Math.multiplyExact(minorUnits, quantity), currency); }

    public boolean isNegative() { return minorUnits < 0; }

    /** The amount as a plain decimal, e.g. {@code 12.50} or {@code 15000} for KRW. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /** Plain decimal text without grouping or symbol: what CSV files and edit fields use. */
    public String toPlainString() { return toDecimal().toPlainString(); }

    /** Shown to a person: symbol and grouping of their locale. */
    public String format(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(toDecimal());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() { return toPlainString() + " " + currency.getCurrencyCode(); }
}
