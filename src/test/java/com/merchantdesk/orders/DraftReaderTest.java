package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a typed order: every bad field named, totals of what reads well. */
class DraftReaderTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final SkuRow MUG = sku("s1", "MUG-1", 1250, "USD");
    private static final SkuRow TEE = sku("s2", "TEE-M", 1990, "USD");
    private static final SkuRow WON = sku("s3", "KR-1", 26900, "KRW");
    private static final Map<String, SkuRow> SKUS = Map.of("s1", MUG, "s2", TEE, "s3", WON);

    static SkuRow sku(String id, String code, long price, String currency) {
        return new SkuRow(id, "p-" + id, "Title " + code, "", code, null, Money.ofMinor(price, currency), 10, 0, 0,
                ProductStatus.ACTIVE, "", null);
    }

    private static OrderDraft draft(List<OrderDraft.LineDraft> lines, String discount, String shipping, String tax) {
        return new OrderDraft(USD, Channel.STALL, null, null, null, lines, discount, shipping, tax, PaymentMethod.CASH, false, "", null, false);
    }

    @Test
    void catalogPriceIsUsedUnlessAPriceIsTyped() {
        DraftReader.Result r = DraftReader.read(draft(List.of(
                new OrderDraft.LineDraft("s1", "2", "", ""),
                new OrderDraft.LineDraft("s2", "1", "15.00", "0.50")), "1.00", "3.50", "10"), SKUS);

        assertThat(r.errors()).isEmpty();
        assertThat(r.lines()).extracting(l -> l.unitPrice().minorUnits()).containsExactly(1250L, 1500L);
        // 25.00 + 14.50 = 39.50; less 1.00 = 38.50; tax 3.85; shipping 3.50
        assertThat(r.totals().subtotal().minorUnits()).isEqualTo(3950);
        assertThat(r.totals().tax().minorUnits()).isEqualTo(385);
        assertThat(r.totals().total().minorUnits()).isEqualTo(3850 + 350 + 385);
        assertThat(r.channel()).isEqualTo(Channel.STALL);
        assertThat(r.paymentMethod()).isEqualTo(PaymentMethod.CASH);
    }

    @Test
    void everyBadFieldIsNamedByItsLine() {
        DraftReader.Result r = DraftReader.read(new OrderDraft(USD, Channel.PHONE, null, null, null, List.of(
                new OrderDraft.LineDraft("s1", "2", "", ""),
                new OrderDraft.LineDraft("gone", "1", "", ""),
                new OrderDraft.LineDraft("s2", "zwei", "12,50", "-1"),
                new OrderDraft.LineDraft("s1", "0", "", ""),
                new OrderDraft.LineDraft("s3", "1", "", ""),
                new OrderDraft.LineDraft("s2", "1", "5.00", "6.00")),
                "abc", "1.234", "101", PaymentMethod.CARD, false, "x".repeat(OrderDraft.MAX_MEMO_LENGTH + 1), null, false), SKUS);

        assertThat(r.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("lines[1].sku", "orders.validation.skuMissing"),
                tuple("lines[2].quantity", "validation.wholeNumber"),
                tuple("lines[2].unitPrice", "validation.money.format"),
                tuple("lines[2].discount", "validation.money.negative"),
                tuple("lines[3].quantity", "validation.positive"),
                tuple("lines[4].sku", "orders.validation.skuCurrency"),
                tuple("lines[5].discount", "orders.validation.discountAboveLine"),
                tuple("orderDiscount", "validation.money.format"),
                tuple("shippingFee", "validation.money.precision"),
                tuple("taxRate", "orders.validation.taxRateRange"),
                tuple("memo", "validation.tooLong"));
        // The preview still adds up the line that reads well.
        assertThat(r.totals().subtotal().minorUnits()).isEqualTo(2500);
    }

    @Test
    void missingChannelLinesAndQuantityAreRequired() {
        DraftReader.Result r = DraftReader.read(new OrderDraft(USD, null, null, null, null, List.of(), "", "", "", null, false,
                "", null, false), SKUS);
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("channel", "lines");

        DraftReader.Result blank = DraftReader.read(draft(List.of(new OrderDraft.LineDraft("s1", "", "", "")), "", "", ""), SKUS);
        assertThat(blank.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("lines[0].quantity", "validation.required"));
    }

    @Test
    void platformOrdersAreNotEnteredByHand() {
        DraftReader.Result r = DraftReader.read(new OrderDraft(USD, Channel.PLATFORM, null, null, null,
                List.of(OrderDraft.LineDraft.of("s1", 1)), "", "", "", null, false, "", null, false), SKUS);
        assertThat(r.errors()).extracting(FieldError::messageKey).containsExactly("orders.validation.platformChannel");
    }

    @Test
    void orderDiscountAboveTheSubtotalIsRefused() {
        DraftReader.Result r = DraftReader.read(draft(List.of(OrderDraft.LineDraft.of("s1", 1)), "12.51", "", ""), SKUS);
        assertThat(r.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("orderDiscount", "orders.validation.discountAboveSubtotal"));
        assertThat(r.errors().get(0).args()).containsExactly("12.50");
    }

    @Test
    void taxRateReadsPercentagesWithUpToTwoDecimals() {
        assertThat(rate("10")).isEqualTo(1000);
        assertThat(rate("7.5")).isEqualTo(750);
        assertThat(rate("12.25 %")).isEqualTo(1225);
        assertThat(rate("０.５")).as("full-width digits from a CJK input method").isEqualTo(50);
        assertThat(rate("")).isZero();
        assertThat(errorOf("7.125")).isEqualTo("orders.validation.taxRatePrecision");
        assertThat(errorOf("-1")).isEqualTo("orders.validation.taxRateRange");
        assertThat(errorOf("ten")).isEqualTo("orders.validation.taxRateFormat");
    }

    @Test
    void quantityHasAnUpperBound() {
        DraftReader.Result r = DraftReader.read(draft(List.of(
                OrderDraft.LineDraft.of("s1", OrderDraft.MAX_QUANTITY + 1)), "", "", ""), SKUS);
        assertThat(r.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("lines[0].quantity", "orders.validation.quantityTooLarge"));
    }

    private static int rate(String text) {
        return DraftReader.read(draft(List.of(OrderDraft.LineDraft.of("s1", 1)), "", "", text), SKUS).totals().taxRateBasisPoints();
    }

    private static String errorOf(String text) {
        return DraftReader.read(draft(List.of(OrderDraft.LineDraft.of("s1", 1)), "", "", text), SKUS).errors().get(0).messageKey();
    }
}
