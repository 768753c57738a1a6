package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.kernel.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTotalsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KRW = Currency.getInstance("KRW");

    private static Money usd(long cents) { return new Money(cents, USD); }

    @ParameterizedTest(name = "{0} x {1} bp = {2}")
    @CsvSource({
            "1000, 1000, 100",      // 10.00 at 10% = 1.00 exactly
            "1005, 1000, 101",      // 100.5 -> half up
            "1004, 1000, 100",      // 100.4 -> down
            "1995, 750, 150",       // 149.625 -> 150
            "1, 5000, 1",           // 0.5 -> 1 (half up)
            "1, 4999, 0",           // 0.4999 -> 0
            "0, 1000, 0",
            "12345, 0, 0",
            "999999, 10000, 999999", // 100%
            "-1005, 1000, -101"     // never used for a sale, but symmetric: half away from zero
    })
    void taxRoundsHalfUpToWholeMinorUnits(long amount, int basisPoints, long tax) {
        assertThat(OrderTotals.taxOf(amount, basisPoints)).isEqualTo(tax);
    }

    @Test
    void totalIsSubtotalLessOrderDiscountPlusShippingAndTaxOnTheDiscountedSubtotal() {
        // Lines: 2 x 19.90 less 1.00, and 1 x 5.05.
        OrderLine a = line(0, 1990, 2, 100);
        OrderLine b = line(1, 505, 1, 0);
        OrderTotals t = OrderTotals.of(List.of(a, b), usd(300), usd(450), 1000);

        assertThat(a.net()).isEqualTo(usd(3880));
        assertThat(t.subtotal()).isEqualTo(usd(4385));
        // (43.85 - 3.00) x 10% = 4.085 -> 4.09; shipping is not taxed.
        assertThat(t.tax()).isEqualTo(usd(409));
        assertThat(t.total()).isEqualTo(usd(4385 - 300 + 450 + 409));
    }

    @Test
    void currencyWithoutDecimalsRoundsToWholeWon() {
        OrderTotals t = OrderTotals.compute(List.of(new Money(26_900, KRW), new Money(3_333, KRW)), Money.zero(KRW),
                new Money(3_000, KRW), 1000);
        // 30,233 x 10% = 3,023.3 -> 3,023
        assertThat(t.tax()).isEqualTo(new Money(3_023, KRW));
        assertThat(t.total()).isEqualTo(new Money(30_233 + 3_000 + 3_023, KRW));
    }

    @Test
    void noLinesIsZeroNotAnError() {
        OrderTotals t = OrderTotals.compute(List.of(), Money.zero(USD), Money.zero(USD), 0);
        assertThat(t.total()).isEqualTo(usd(0));
    }

    @Test
    void mixingCurrenciesIsABugNotARounding() {
        assertThatThrownBy(() -> OrderTotals.compute(List.of(usd(100)), Money.zero(KRW), Money.zero(KRW), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        assertThatThrownBy(() -> OrderTotals.taxOf(Long.MAX_VALUE / 2, 10_000)).isInstanceOf(ArithmeticException.class);
    }

    static OrderLine line(int position, long unitCents, long quantity, long discountCents) {
        return new OrderLine(position, "sku" + position, "C" + position, "Item " + position, "",
                new Money(unitCents, USD), quantity, new Money(discountCents, USD), 0);
    }
}
