package com.merchantdesk.catalog.demo;

import com.merchantdesk.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Turns the demo data's prices, written in US cents, into believable prices in the shop's currency: roughly
 * converted and rounded the way shops price things (19.90, ₩26,900). Only for made-up data.
 */
final class PriceScale {

    /** Units of the currency per US dollar, roughly; unknown currencies keep the dollar figures. */
    private static final Map<String, BigDecimal> PER_USD = Map.ofEntries(
            Map.entry("USD", new BigDecimal("1")), Map.entry("EUR", new BigDecimal("0.92")),
            Map.entry("GBP", new BigDecimal("0.79")), Map.entry("KRW", new BigDecimal("1350")),
            Map.entry("CNY", new BigDecimal("7.2")), Map.entry("JPY", new BigDecimal("150")),
            Map.entry("CAD", new BigDecimal("1.36")), Map.entry("AUD", new BigDecimal("1.5")),
            Map.entry("HKD", new BigDecimal("7.8")), Map.entry("TWD", new BigDecimal("32")),
            Map.entry("SGD", new BigDecimal("1.35")));

    private final Currency currency;
    private final BigDecimal rate;
    private final int digits;

    PriceScale(Currency currency) {
        this.currency = currency;
        this.rate = PER_USD.getOrDefault(currency.getCurrencyCode(), BigDecimal.ONE);
        this.digits = Math.max(currency.getDefaultFractionDigits(), 0);
    }

    Currency currency() { return currency; }

    /** A shelf price: ends in .90 for currencies with cents, rounded to tens or hundreds for those without. */
    Money shelfPrice(long usdCents) {
        BigDecimal major = major(usdCents);
        long minor;
        if (digits == 0) {
            long step = major.compareTo(BigDecimal.valueOf(10_000)) >= 0 ? 100 : major.compareTo(BigDecimal.valueOf(1_000)) >= 0 ? 10 : 1;
            minor = Math.max(step, major.divide(BigDecimal.valueOf(step), 0, RoundingMode.HALF_UP).longValueExact() * step);
        } else {
            long unit = BigDecimal.TEN.pow(digits).longValueExact();
            long whole = major.setScale(0, RoundingMode.CEILING).longValueExact();
            minor = Math.max(unit / 10 * 9, whole * unit - unit / 10);
        }
        return new Money(minor, currency);
    }

    /** An exact conversion (costs are not rounded to look nice). */
    Money exact(long usdCents) {
        return new Money(major(usdCents).movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    private BigDecimal major(long usdCents) {
        return BigDecimal.valueOf(usdCents, 2).multiply(rate);
    }
}
