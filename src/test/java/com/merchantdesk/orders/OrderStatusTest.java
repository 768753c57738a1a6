package com.merchantdesk.orders;

import static com.merchantdesk.orders.OrderStatus.CANCELLED;
import static com.merchantdesk.orders.OrderStatus.DELIVERED;
import static com.merchantdesk.orders.OrderStatus.PACKED;
import static com.merchantdesk.orders.OrderStatus.PAID;
import static com.merchantdesk.orders.OrderStatus.PARTIALLY_REFUNDED;
import static com.merchantdesk.orders.OrderStatus.PENDING_PAYMENT;
import static com.merchantdesk.orders.OrderStatus.REFUNDED;
import static com.merchantdesk.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state machine as a table: every (from, to) pair is either legal or refused with the expected reason. */
class OrderStatusTest {

    /** The legal moves of {@link OrderService#transition}; everything else is refused. */
    static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(
            PENDING_PAYMENT, EnumSet.of(PAID, CANCELLED),
            PAID, EnumSet.of(PACKED, CANCELLED),
            PACKED, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            PARTIALLY_REFUNDED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to) ? null : expectedReason(from, to)));
            }
        }
        return pairs.stream();
    }

    private static String expectedReason(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return "orders.transition.already";
        }
        if (from == CANCELLED || from == REFUNDED) {
            return "orders.transition.final";
        }
        if (to == CANCELLED) {
            return "orders.transition.cancelAfterShipping";
        }
        if (to == PARTIALLY_REFUNDED || to == REFUNDED) {
            return from == SHIPPED || from == DELIVERED || from == PARTIALLY_REFUNDED
                    ? "orders.transition.useRefund" : "orders.transition.refundBeforeShipping";
        }
        if (to.ordinal() < from.ordinal()) {
            return "orders.transition.backwards";
        }
        return "orders.transition.skip";
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void everyTransitionIsLegalOrRefusedWithItsReason(OrderStatus from, OrderStatus to, String reason) {
        assertThat(from.refusal(to).orElse(null)).isEqualTo(reason);
        assertThat(from.nextByTransition().contains(to)).isEqualTo(reason == null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void summaryGroupsAndFlagsAgreeWithTheMachine(OrderStatus status) {
        assertThat(status.isOpenUnshipped()).isEqualTo(LEGAL.get(status).contains(CANCELLED));
        assertThat(status.isFinal()).isEqualTo(status == CANCELLED || status == REFUNDED);
        assertThat(OrderStatus.REFUNDABLE.contains(status))
                .isEqualTo(status == SHIPPED || status == DELIVERED || status == PARTIALLY_REFUNDED);
    }

    static Stream<OrderStatus> statuses() { return Stream.of(OrderStatus.values()); }
}
