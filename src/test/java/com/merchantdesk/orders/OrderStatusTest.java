package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine of docs/orders.md written out by hand, cell by cell, and every (from, to) pair of
 * {@link OrderStatus} checked against it. Nothing here is computed from the rules under test, so a wrong
 * rule in the code cannot be copied into the expectation.
 */
class OrderStatusTest {

    /** Row and column names of the tables below. */
    private static final Map<String, OrderStatus> NAMES = Map.of(
            "PEND", OrderStatus.PENDING_PAYMENT,
            "PAID", OrderStatus.PAID,
            "PACK", OrderStatus.PACKED,
            "SHIP", OrderStatus.SHIPPED,
            "DELV", OrderStatus.DELIVERED,
            "CANC", OrderStatus.CANCELLED,
            "PREF", OrderStatus.PARTIALLY_REFUNDED,
            "REFD", OrderStatus.REFUNDED);

    /** A cell: {@code ok} is a legal {@code transition}; anything else is the refusal's message key. */
    private static final Map<String, String> CELLS = Map.of(
            "ok", "",
            "same", "orders.transition.already",
            "final", "orders.transition.final",
            "cancl", "orders.transition.cancelAfterShipping",
            "useRf", "orders.transition.useRefund",
            "rfBfS", "orders.transition.refundBeforeShipping",
            "back", "orders.transition.backwards",
            "skip", "orders.transition.skip");

    /**
     * What {@code transition} (orders set-status) does with each pair: rows are the order's status, columns the
     * requested one. Legend: same = already has it; final = cancelled or refunded; cancl = cancel after shipping;
     * useRf = a refund status asked by set-status after shipping; rfBfS = a refund before shipping; back = going
     * back; skip = skipping steps.
     */
    private static final String TRANSITIONS = """
            from\\to  PEND   PAID   PACK   SHIP   DELV   CANC   PREF   REFD
            PEND     same   ok     skip   skip   skip   ok     rfBfS  rfBfS
            PAID     back   same   ok     skip   skip   ok     rfBfS  rfBfS
            PACK     back   back   same   ok     skip   ok     rfBfS  rfBfS
            SHIP     back   back   back   same   ok     cancl  useRf  useRf
            DELV     back   back   back   back   same   cancl  useRf  useRf
            PREF     back   back   back   back   back   cancl  same   useRf
            CANC     final  final  final  final  final  same   final  final
            REFD     final  final  final  final  final  final  final  same
            """;

    /** Per status: may a refund be recorded, is the stock sold but still on the shelf, is it final. */
    private static final String PROPERTIES = """
            status  refund  openUnshipped  final
            PEND    no      yes            no
            PAID    no      yes            no
            PACK    no      yes            no
            SHIP    yes     no             no
            DELV    yes     no             no
            PREF    yes     no             no
            CANC    no      no             yes
            REFD    no      no             yes
            """;

    private static final Map<OrderStatus, Map<OrderStatus, String>> EXPECTED = transitionTable();

    /** The legal moves of {@link OrderService#transition} as the table gives them; everything else is refused. */
    static final Map<OrderStatus, Set<OrderStatus>> LEGAL = legalMoves();

    /** The refusal's message key the table gives for {@code from -> to}, or empty for a legal move. */
    static String expectedRefusal(OrderStatus from, OrderStatus to) { return EXPECTED.get(from).get(to); }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                pairs.add(Arguments.of(from, to, expectedRefusal(from, to)));
            }
        }
        return pairs.stream();
    }

    @Test
    void theTableNamesEveryStatusOnceAsARowAndOnceAsAColumn() {
        assertThat(EXPECTED).containsOnlyKeys(OrderStatus.values());
        EXPECTED.values().forEach(row -> assertThat(row).containsOnlyKeys(OrderStatus.values()));
        assertThat(LEGAL.values().stream().mapToInt(Set::size).sum()).as("legal moves in the table").isEqualTo(7);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void everyTransitionIsLegalOrRefusedWithItsReason(OrderStatus from, OrderStatus to, String reason) {
        assertThat(from.refusal(to).orElse("")).isEqualTo(reason);
        assertThat(from.nextByTransition().contains(to)).isEqualTo(reason.isEmpty());
    }

    @Test
    void refundsOpenOrdersAndFinalStatusesAreAsTheTableSays() {
        Map<OrderStatus, Map<String, Boolean>> expected = propertyTable();
        assertThat(expected).containsOnlyKeys(OrderStatus.values());
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatus.REFUNDABLE.contains(status)).as(status + " refund").isEqualTo(expected.get(status).get("refund"));
            assertThat(status.isOpenUnshipped()).as(status + " openUnshipped").isEqualTo(expected.get(status).get("openUnshipped"));
            assertThat(status.isFinal()).as(status + " final").isEqualTo(expected.get(status).get("final"));
        }
    }

    @Test
    void summaryCountersGroupTheStatusesTheListShows() {
        assertThat(OrderStatus.TO_PAY).containsExactly(OrderStatus.PENDING_PAYMENT);
        assertThat(OrderStatus.TO_PACK).containsExactly(OrderStatus.PAID);
        assertThat(OrderStatus.TO_SHIP).containsExactly(OrderStatus.PACKED);
        assertThat(OrderStatus.AFTER_SALE).containsExactlyInAnyOrder(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);
    }

    // ---- reading the tables ----

    private static Map<OrderStatus, Map<OrderStatus, String>> transitionTable() {
        List<String[]> lines = rows(TRANSITIONS);
        List<OrderStatus> columns = Arrays.stream(lines.get(0)).skip(1).map(OrderStatusTest::status).toList();
        Map<OrderStatus, Map<OrderStatus, String>> table = new EnumMap<>(OrderStatus.class);
        for (String[] cells : lines.subList(1, lines.size())) {
            if (cells.length != columns.size() + 1) {
                throw new IllegalStateException("row " + cells[0] + " has " + (cells.length - 1) + " cells");
            }
            Map<OrderStatus, String> row = new EnumMap<>(OrderStatus.class);
            for (int i = 0; i < columns.size(); i++) {
                String key = CELLS.get(cells[i + 1]);
                if (key == null) {
                    throw new IllegalStateException("unknown cell " + cells[i + 1] + " in row " + cells[0]);
                }
                row.put(columns.get(i), key);
            }
            if (table.put(status(cells[0]), row) != null) {
                throw new IllegalStateException("row " + cells[0] + " twice");
            }
        }
        return table;
    }

    private static Map<OrderStatus, Set<OrderStatus>> legalMoves() {
        Map<OrderStatus, Set<OrderStatus>> legal = new EnumMap<>(OrderStatus.class);
        EXPECTED.forEach((from, row) -> {
            Set<OrderStatus> to = EnumSet.noneOf(OrderStatus.class);
            row.forEach((target, refusal) -> {
                if (refusal.isEmpty()) {
                    to.add(target);
                }
            });
            legal.put(from, to);
        });
        return legal;
    }

    private static Map<OrderStatus, Map<String, Boolean>> propertyTable() {
        List<String[]> lines = rows(PROPERTIES);
        String[] header = lines.get(0);
        Map<OrderStatus, Map<String, Boolean>> table = new EnumMap<>(OrderStatus.class);
        for (String[] cells : lines.subList(1, lines.size())) {
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                if (!cells[i].equals("yes") && !cells[i].equals("no")) {
                    throw new IllegalStateException("yes or no, not " + cells[i]);
                }
                row.put(header[i], cells[i].equals("yes"));
            }
            table.put(status(cells[0]), row);
        }
        return table;
    }

    private static List<String[]> rows(String table) {
        return table.lines().filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+")).toList();
    }

    private static OrderStatus status(String name) {
        OrderStatus status = NAMES.get(name);
        if (status == null) {
            throw new IllegalStateException("unknown status " + name);
        }
        return status;
    }
}
