package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.AddressJson;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored codes: every value has one, they read back, and the released ones never move (V3's CHECKs name them). */
class OrderCodesTest {

    @Test
    void everyValueHasACodeThatReadsBack() {
        Arrays.stream(OrderStatus.values()).forEach(s -> assertThat(OrderCodes.status(OrderCodes.of(s))).isEqualTo(s));
        Arrays.stream(Channel.values()).forEach(c -> assertThat(OrderCodes.channel(OrderCodes.of(c))).isEqualTo(c));
        Arrays.stream(PaymentState.values()).forEach(p -> assertThat(OrderCodes.paymentState(OrderCodes.of(p))).isEqualTo(p));
        Arrays.stream(PaymentMethod.values()).forEach(p -> assertThat(OrderCodes.paymentMethod(OrderCodes.of(p))).isEqualTo(p));
        Arrays.stream(MemoFlag.values()).forEach(f -> assertThat(OrderCodes.memoFlag(OrderCodes.of(f))).isEqualTo(f));
    }

    @Test
    void releasedCodesKeepTheirNumbers() {
        assertThat(List.of(OrderCodes.of(OrderStatus.PENDING_PAYMENT), OrderCodes.of(OrderStatus.PAID),
                OrderCodes.of(OrderStatus.PACKED), OrderCodes.of(OrderStatus.SHIPPED), OrderCodes.of(OrderStatus.DELIVERED),
                OrderCodes.of(OrderStatus.CANCELLED), OrderCodes.of(OrderStatus.PARTIALLY_REFUNDED),
                OrderCodes.of(OrderStatus.REFUNDED))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(List.of(OrderCodes.of(Channel.PLATFORM), OrderCodes.of(Channel.PHONE), OrderCodes.of(Channel.STALL),
                OrderCodes.of(Channel.WHOLESALE), OrderCodes.of(Channel.OTHER))).containsExactly(0, 1, 2, 3, 4);
        assertThat(List.of(OrderCodes.of(PaymentState.UNPAID), OrderCodes.of(PaymentState.PAID),
                OrderCodes.of(PaymentState.PARTIALLY_REFUNDED), OrderCodes.of(PaymentState.REFUNDED))).containsExactly(0, 1, 2, 3);
        assertThat(List.of(OrderCodes.of(PaymentMethod.CASH), OrderCodes.of(PaymentMethod.CARD),
                OrderCodes.of(PaymentMethod.BANK_TRANSFER), OrderCodes.of(PaymentMethod.MOBILE_WALLET),
                OrderCodes.of(PaymentMethod.PLATFORM), OrderCodes.of(PaymentMethod.OTHER))).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(List.of(OrderCodes.of(MemoFlag.NONE), OrderCodes.of(MemoFlag.RED), OrderCodes.of(MemoFlag.ORANGE),
                OrderCodes.of(MemoFlag.YELLOW), OrderCodes.of(MemoFlag.GREEN), OrderCodes.of(MemoFlag.BLUE),
                OrderCodes.of(MemoFlag.PURPLE))).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(OrderCodes.statusList(List.of(OrderStatus.PAID, OrderStatus.REFUNDED))).isEqualTo("1,7");
    }

    @Test
    void addressesAreStoredAsArraysAndOldObjectsStillRead() {
        Address a = new Address("Kim Minji", "010-1234-5678", "12 \"Main\" St", "", "Seoul", "", "04524", "KR");
        String stored = AddressJson.write(a);
        assertThat(stored).isEqualTo("[\"Kim Minji\",\"010-1234-5678\",\"12 \\\"Main\\\" St\",\"\",\"Seoul\",\"\",\"04524\",\"KR\"]");
        assertThat(AddressJson.read(stored)).isEqualTo(a);
        assertThat(AddressJson.write(Address.EMPTY)).isEqualTo("{}");
        assertThat(AddressJson.read("{}")).isEqualTo(Address.EMPTY);
        assertThat(AddressJson.read("{\"recipient\":\"Kim Minji\",\"phone\":\"010-1234-5678\",\"line1\":\"12 \\\"Main\\\" St\","
                + "\"line2\":\"\",\"city\":\"Seoul\",\"region\":\"\",\"postalCode\":\"04524\",\"country\":\"KR\"}")).isEqualTo(a);
    }
}
