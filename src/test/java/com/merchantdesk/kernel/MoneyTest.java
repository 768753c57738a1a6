package com.merchantdesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KRW = Currency.getInstance("KRW");

    @ParameterizedTest(name = "{0} {1} = {2} minor units")
    @CsvSource(delimiter = '|', value = {
            "12.50        | USD | 1250",
            "12.5         | USD | 1250",
            "12           | USD | 1200",
            "0.01         | USD | 1",
            "'  7.25 '    | USD | 725",
            "'1,234.56'   | USD | 123456",
            "'1,234,567'  | USD | 123456700",
            "12.          | USD | 1200",
            ".5           | USD | 50",
            "-3.10        | USD | -310",
            "15000        | KRW | 15000",
            "'15,000'     | KRW | 15000",
            "15000.00     | KRW | 15000",
            "1500         | JPY | 1500",
            "1.234        | BHD | 1234",
            "0.005        | BHD | 5",
            "１２.５０       | USD | 1250",
            "9223372036854775.807 | BHD | 9223372036854775807",
    })
    void parsesExactly(String text, String currency, long minor) {
        Money money = Money.parse(text, Currency.getInstance(currency));
        assertThat(money.minorUnits()).isEqualTo(minor);
        assertThat(money.currency().getCurrencyCode()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} {1} has too many decimals")
    @CsvSource(delimiter = '|', value = {
            "1.999   | USD",
            "0.001   | USD",
            "1000.5  | KRW",
            "1.5     | JPY",
            "1.2345  | BHD",
    })
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding(String text, String currency) {
        assertThatThrownBy(() -> Money.parse(text, Currency.getInstance(currency)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validation.money.precision");
    }

    @ParameterizedTest(name = "''{0}'' is not an amount")
    @CsvSource(delimiter = '|', value = {
            "abc", "12.5.0", "1e3", "1E-2", "'12,50'", "'1,23'", "'1,2345'", "--5", "5-", "$5", "0x10", "'1 234'", "Infinity", "NaN",
            "'.'",
    })
    void refusesTextThatIsNotAPlainAmount(String text) {
        assertThatThrownBy(() -> Money.parse(text, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validation.money.format");
    }

    @Test
    void emptyIsItsOwnError() {
        for (String text : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> Money.parse(text, USD)).hasMessage("validation.money.empty");
        }
    }

    @Test
    void amountsBeyondTheRangeAreRefused() {
        assertThatThrownBy(() -> Money.parse("92233720368547758.08", USD)).hasMessage("validation.money.range");
        assertThatThrownBy(() -> Money.parse("99999999999999999999", KRW)).hasMessage("validation.money.range");
    }

    @Test
    void unknownCurrencyIsAMessageKey() {
        assertThatThrownBy(() -> Money.currency("XYZ1")).hasMessage("validation.currency.unknown");
        assertThatThrownBy(() -> Money.ofMinor(1, null)).hasMessage("validation.currency.unknown");
        assertThat(Money.currency(" krw ")).isEqualTo(KRW);
    }

    @Test
    void arithmeticIsExactAndRefusesOverflow() {
        Money a = Money.ofMinor(1999, "USD");
        assertThat(a.plus(Money.ofMinor(1, "USD"))).isEqualTo(Money.ofMinor(2000, "USD"));
        assertThat(a.minus(Money.ofMinor(2000, "USD"))).isEqualTo(Money.ofMinor(-1, "USD"));
        assertThat(a.minus(Money.ofMinor(2000, "USD")).isNegative()).isTrue();
        assertThat(a.times(3)).isEqualTo(Money.ofMinor(5997, "USD"));

        Money max = Money.ofMinor(Long.MAX_VALUE, "USD");
        assertThatThrownBy(() -> max.plus(Money.ofMinor(1, "USD"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE, "USD").minus(Money.ofMinor(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void differentCurrenciesDoNotMix() {
        Money dollars = Money.ofMinor(100, "USD");
        Money won = Money.ofMinor(100, "KRW");
        assertThatThrownBy(() -> dollars.plus(won)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KRW");
        assertThatThrownBy(() -> dollars.minus(won)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.compareTo(won)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainTextUsesTheCurrencysDecimals() {
        assertThat(Money.ofMinor(1250, "USD").toPlainString()).isEqualTo("12.50");
        assertThat(Money.ofMinor(-5, "USD").toPlainString()).isEqualTo("-0.05");
        assertThat(Money.ofMinor(15000, "KRW").toPlainString()).isEqualTo("15000");
        assertThat(Money.ofMinor(1234, "BHD").toPlainString()).isEqualTo("1.234");
        assertThat(Money.ofMinor(1234, "BHD").toString()).isEqualTo("1.234 BHD");
        // What is written is read back to the same amount.
        for (String code : new String[] {"USD", "KRW", "JPY", "BHD", "CNY"}) {
            Money m = Money.ofMinor(1234567, code);
            assertThat(Money.parse(m.toPlainString(), m.currency())).isEqualTo(m);
        }
    }

    @Test
    void formatShowsSymbolGroupingAndTheCurrencysDecimals() {
        assertThat(Money.ofMinor(123456, "USD").format(Locale.US)).isEqualTo("$1,234.56");
        assertThat(Money.ofMinor(1500000, "KRW").format(Locale.KOREA)).isEqualTo("₩1,500,000");
        assertThat(Money.ofMinor(1500, "JPY").format(Locale.US)).contains("1,500").doesNotContain(".");
        assertThat(Money.ofMinor(1234, "BHD").format(Locale.US)).contains("1.234");
        assertThat(Money.ofMinor(1250, "CNY").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥12.50");
    }
}
