package com.merchantdesk.orders;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small integers the order tables store instead of enum names (schema V3): a status, channel, payment or
 * memo flag takes one byte in a row and in each index instead of up to 18, over a million orders and five
 * million history steps. A code is the place in these lists, which {@code V3__orders_compact.sql} repeats in
 * its CHECK constraints and comments: codes never change; a new value goes at the end. Public for the
 * synthetic data generator, which writes the same rows.
 */
public final class OrderCodes {

    static final List<OrderStatus> STATUSES = List.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.PACKED,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.PARTIALLY_REFUNDED,
            OrderStatus.REFUNDED);
    static final List<Channel> CHANNELS = List.of(Channel.PLATFORM, Channel.PHONE, Channel.STALL, Channel.WHOLESALE,
            Channel.OTHER);
    static final List<PaymentState> PAYMENT_STATES = List.of(PaymentState.UNPAID, PaymentState.PAID,
            PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED);
    static final List<PaymentMethod> PAYMENT_METHODS = List.of(PaymentMethod.CASH, PaymentMethod.CARD,
            PaymentMethod.BANK_TRANSFER, PaymentMethod.MOBILE_WALLET, PaymentMethod.PLATFORM, PaymentMethod.OTHER);
    static final List<MemoFlag> MEMO_FLAGS = List.of(MemoFlag.NONE, MemoFlag.RED, MemoFlag.ORANGE, MemoFlag.YELLOW,
            MemoFlag.GREEN, MemoFlag.BLUE, MemoFlag.PURPLE);

    private OrderCodes() {}

    public static int of(OrderStatus status) { return code(STATUSES, status); }

    public static int of(Channel channel) { return code(CHANNELS, channel); }

    public static int of(PaymentState state) { return code(PAYMENT_STATES, state); }

    public static int of(PaymentMethod method) { return code(PAYMENT_METHODS, method); }

    public static int of(MemoFlag flag) { return code(MEMO_FLAGS, flag); }

    static OrderStatus status(int code) { return STATUSES.get(code); }

    static Channel channel(int code) { return CHANNELS.get(code); }

    static PaymentState paymentState(int code) { return PAYMENT_STATES.get(code); }

    static PaymentMethod paymentMethod(int code) { return PAYMENT_METHODS.get(code); }

    static MemoFlag memoFlag(int code) { return MEMO_FLAGS.get(code); }

    /** "0,1,2" for an SQL {@code IN (...)} of these statuses (codes are numbers: nothing to bind or quote). */
    static String statusList(Collection<OrderStatus> statuses) {
        return statuses.stream().map(s -> String.valueOf(of(s))).collect(Collectors.joining(","));
    }

    private static <E> int code(List<E> codes, E value) {
        int code = codes.indexOf(value);
        if (code < 0) {
            throw new IllegalArgumentException(value + " has no stored code");
        }
        return code;
    }
}
