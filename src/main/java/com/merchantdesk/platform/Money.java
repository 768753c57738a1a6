package com.merchantdesk.platform;

import java.util.Objects;

/** An exact amount on the wire: minor units (cents, won, fen) of an ISO 4217 currency. */
public record Money(String currency, long amountMinor) {
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(String currency) { return new Money(currency, 0); }

    public Money plus(Money other) { return new Money(currency, Math.addExact(amountMinor, other.amountMinor)); }

    public Money times(long quantity) { return new Money(currency, Math.multiplyExact(amountMinor, quantity)); }

    public Money minus(Money other) { return new Money(currency, Math.subtractExact(amountMinor, other.amountMinor)); }
}
