package com.merchantdesk.orders.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.testsupport.EnglishMessages;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which buttons of the detail pane act for an order in each status, and why the others do not. */
@ExtendWith(EnglishMessages.class)
class OrderActionTest {

    private static Order in(OrderStatus status, long refundedMinor) {
        Money ten = new Money(1000, OrderShop.USD);
        List<OrderLine> lines = List.of(new OrderLine(0, "s", "S-1", "Shirt", "", ten, 1, new Money(0, OrderShop.USD), 0));
        Money zero = new Money(0, OrderShop.USD);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        return new Order("o", "D-2026-000001", Channel.STALL, null, "", "", Address.EMPTY, lines,
                OrderTotals.of(lines, zero, zero, 0), OrderShop.USD, PaymentMethod.CASH, PaymentState.PAID,
                new Money(refundedMinor, OrderShop.USD), "", MemoFlag.NONE, false, status, now, now, now);
    }

    private static Set<OrderAction> allowed(Order order) {
        return OrderAction.ALL.stream().filter(a -> a.refusal(order).isEmpty()).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(OrderAction.class)));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void exactlyTheLegalStepsAreOffered(OrderStatus status) {
        Set<OrderAction> expected = EnumSet.noneOf(OrderAction.class);
        for (OrderAction a : OrderAction.ALL) {
            if (a != OrderAction.REFUND && status.nextByTransition().contains(a.target())) {
                expected.add(a);
            }
        }
        if (OrderStatus.REFUNDABLE.contains(status)) {
            expected.add(OrderAction.REFUND);
        }
        // The shipping feature's ship form (on the class path) ships a paid order from its parcel, packing it too.
        if (status == OrderStatus.PAID && ShipForm.find().isPresent()) {
            expected.add(OrderAction.MARK_SHIPPED);
        }
        assertThat(allowed(in(status, 0))).isEqualTo(expected);
        // Every refused action says why, in words.
        OrderAction.ALL.stream().filter(a -> !expected.contains(a))
                .forEach(a -> assertThat(a.refusal(in(status, 0))).get().asString().isNotBlank().doesNotStartWith("orders."));
    }

    @Test
    void aFullyRefundedOrderOffersNoMoreRefund() {
        assertThat(OrderAction.REFUND.refusal(in(OrderStatus.PARTIALLY_REFUNDED, 1000)))
                .contains(Messages.get("orders.view.refund.nothingLeft"));
        assertThat(OrderAction.REFUND.refusal(in(OrderStatus.PARTIALLY_REFUNDED, 400))).isEmpty();
    }

    @Test
    void withoutAnOrderNothingActs() {
        assertThat(OrderAction.ALL).allSatisfy(a -> assertThat(a.refusal(null)).contains(Messages.get("orders.view.action.noOrder")));
    }
}
