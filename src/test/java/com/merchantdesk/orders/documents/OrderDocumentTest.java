package com.merchantdesk.orders.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.kernel.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderDocumentTest {

    private static OrderDocument withNumber(String number) {
        OrderDocument d = SampleDocuments.english();
        return new OrderDocument(d.kind(), d.locale(), d.shopName(), d.shopAddress(), number, d.orderedAt(), d.zone(),
                d.channel(), d.customerName(), d.customerPhone(), d.shippingAddress(), d.payment(), d.lines(), d.totals(), d.memo());
    }

    @Test
    void theOrderNumberMustBePrintableAsCode128() {
        assertThat(withNumber("  D-2026-000123 ").orderNumber()).isEqualTo("D-2026-000123");
        assertThatThrownBy(() -> withNumber("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order number");
        assertThatThrownBy(() -> withNumber("주문-1")).hasMessageContaining("ASCII");
        assertThatThrownBy(() -> withNumber("D-" + "9".repeat(40))).hasMessageContaining("30");
    }

    @Test
    void everyAmountIsInTheOrdersCurrency() {
        OrderDocument d = SampleDocuments.english();
        DocumentLine dollars = new DocumentLine("X", "X", "", 1, Money.ofMinor(100, "USD"), Money.ofMinor(0, "USD"),
                Money.ofMinor(100, "USD"));

        assertThatThrownBy(() -> new OrderDocument(d.kind(), d.locale(), d.shopName(), d.shopAddress(), d.orderNumber(),
                d.orderedAt(), d.zone(), d.channel(), d.customerName(), d.customerPhone(), d.shippingAddress(), d.payment(),
                List.of(dollars), d.totals(), d.memo()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP");
    }

    @Test
    void aLineNeedsAPositiveQuantity() {
        Money pound = Money.ofMinor(100, "GBP");
        assertThatThrownBy(() -> new DocumentLine("SKU-1", "Mug", "", 0, pound, pound, pound))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SKU-1");
    }

    @Test
    void missingTextBecomesEmptyAndBlankAddressLinesAreDropped() {
        OrderDocument d = SampleDocuments.order(DocumentKind.INVOICE, Locale.UK, "GBP", null, null, "D-7",
                java.time.ZoneOffset.UTC, null, null, null, java.util.Arrays.asList("1 High St", " ", null), null,
                List.of(new SampleDocuments.Item(null, null, null, 1, 100, 0)), 0, 0, 0, null);

        assertThat(d.shopName()).isEmpty();
        assertThat(d.memo()).isEmpty();
        assertThat(d.shippingAddress()).containsExactly("1 High St");
        assertThat(d.lines().get(0).title()).isEmpty();
    }

    @Test
    void summariesAndOtherKinds() {
        OrderDocument invoice = SampleDocuments.english();

        assertThat(invoice.totalQuantity()).isEqualTo(6);
        assertThat(invoice.hasLineDiscounts()).isTrue();
        assertThat(invoice.suggestedFileName()).isEqualTo("invoice-D-2026-000123.pdf");
        assertThat(invoice.as(DocumentKind.PACKING_SLIP).suggestedFileName()).isEqualTo("packing-slip-D-2026-000123.pdf");
        assertThat(withNumber("D/2026 #5").suggestedFileName()).isEqualTo("invoice-D_2026__5.pdf");
        assertThat(invoice.in(Locale.KOREA).locale()).isEqualTo(Locale.KOREA);
        assertThat(invoice.in(Locale.KOREA).lines()).isEqualTo(invoice.lines());
    }
}
