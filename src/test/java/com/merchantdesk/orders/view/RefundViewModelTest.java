package com.merchantdesk.orders.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.testsupport.EnglishMessages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The refund form: one entry per SKU, the suggested amount, and what is refused before the service is asked. */
@ExtendWith(EnglishMessages.class)
class RefundViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** 3 x 10.00 (discount 1.00) of A, 1 x 5.00 of B, and 1 x 10.00 more of A; shipping 4.00; 10 % tax. */
    private static Order shipped(long refundedMinor) {
        List<OrderLine> lines = List.of(
                new OrderLine(0, "sku-a", "A-1", "Alpha", "", usd(1000), 3, usd(100), 0),
                new OrderLine(1, "sku-b", "B-1", "Beta", "Red", usd(500), 1, usd(0), 0),
                new OrderLine(2, "sku-a", "A-1", "Alpha", "", usd(1000), 1, usd(0), 0));
        OrderTotals totals = OrderTotals.of(lines, usd(0), usd(400), 1000);
        return new Order("o1", "D-2026-000001", Channel.PHONE, null, "Kim", "", Address.EMPTY, lines, totals,
                OrderShop.USD, PaymentMethod.CASH, PaymentState.PAID, usd(refundedMinor), "", MemoFlag.NONE, false,
                OrderStatus.SHIPPED, NOW, NOW, NOW);
    }

    private static Money usd(long minor) { return new Money(minor, OrderShop.USD); }

    @Test
    void aSkuOnTwoLinesComesBackAsOneEntry() {
        RefundViewModel vm = new RefundViewModel(shipped(0));
        assertThat(vm.lines()).extracting(RefundViewModel.ReturnLine::code, RefundViewModel.ReturnLine::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", 4L), org.assertj.core.groups.Tuple.tuple("B-1", 1L));
        assertThat(vm.lines().get(1).label()).isEqualTo("Beta / Red");
        assertThat(vm.amountProperty().get()).isEmpty();
    }

    @Test
    void theAmountFollowsTheReturnedUnitsUntilTheSellerTypesOne() {
        RefundViewModel vm = new RefundViewModel(shipped(0));
        // A's four units are worth 39.00 net, 9.75 each.
        vm.lines().get(0).quantityProperty().set("1");
        assertThat(vm.amountProperty().get()).isEqualTo("9.75");
        vm.lines().get(1).quantityProperty().set("1");
        assertThat(vm.amountProperty().get()).isEqualTo("14.75");
        // Everything back: the whole refundable total, shipping and tax included.
        vm.returnEverything();
        assertThat(vm.amountProperty().get()).isEqualTo(vm.refundable().toPlainString()).isEqualTo("52.40");

        vm.amountProperty().set("20.00");
        vm.lines().get(0).quantityProperty().set("2");
        assertThat(vm.amountProperty().get()).as("a typed amount stays").isEqualTo("20.00");
    }

    @Test
    void theRequestNamesTheReturnedSkusOnly() {
        RefundViewModel vm = new RefundViewModel(shipped(0));
        vm.lines().get(1).quantityProperty().set("1");
        vm.restockProperty().set(false);
        vm.reasonProperty().set(" Broken ");
        RefundRequest request = vm.toRequest();
        assertThat(request).isNotNull();
        assertThat(request.lines()).containsExactly(new RefundRequest.RefundLine("sku-b", 1));
        assertThat(request.amount()).isEqualTo("5.00");
        assertThat(request.restock()).isFalse();
        assertThat(request.reason()).isEqualTo("Broken");
        assertThat(vm.errorsProperty().get()).isEmpty();
    }

    @Test
    void badQuantitiesAndAmountsAreRefusedOnTheirFields() {
        RefundViewModel vm = new RefundViewModel(shipped(4000));
        vm.lines().get(0).quantityProperty().set("5");
        vm.lines().get(1).quantityProperty().set("one");
        vm.amountProperty().set("20.00");
        assertThat(vm.toRequest()).isNull();
        assertThat(vm.errorsProperty().get()).containsOnlyKeys("lines[0].quantity", "lines[1].quantity", "amount");
        assertThat(vm.errorsProperty().get().get("lines[0].quantity")).isEqualTo(Messages.get("orders.refund.tooMany", "4", "A-1"));
        assertThat(vm.errorsProperty().get().get("amount")).isEqualTo(Messages.get("orders.refund.aboveRefundable", "$12.40"));

        vm.lines().get(0).quantityProperty().set("1");
        assertThat(vm.errorsProperty().get()).as("editing a field clears its error").doesNotContainKey("lines[0].quantity");
        vm.lines().get(1).quantityProperty().set("");
        vm.amountProperty().set("0");
        assertThat(vm.toRequest()).isNull();
        assertThat(vm.errorsProperty().get()).containsOnlyKeys("amount");
        vm.amountProperty().set("12.3.4");
        assertThat(vm.toRequest()).isNull();
        assertThat(vm.errorsProperty().get().get("amount")).isEqualTo(Messages.get("validation.money.format"));
    }

    @Test
    void theServiceRefusalOfAReturnedLineLandsOnThatSkusField() {
        RefundViewModel vm = new RefundViewModel(shipped(0));
        vm.lines().get(1).quantityProperty().set("1");
        RefundRequest request = vm.toRequest();
        vm.showRefusal(request, List.of(FieldError.of("lines[0].quantity", "orders.refund.tooMany", "0", "B-1"),
                FieldError.of("id", "orders.validation.orderMissing", "o1")));
        assertThat(vm.errorsProperty().get()).containsOnlyKeys("lines[1].quantity", RefundViewModel.GENERAL);
    }
}
