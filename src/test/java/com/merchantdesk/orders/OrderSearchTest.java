package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.kernel.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders list: filters, text search, sort, paging and the summary counters. */
class OrderSearchTest {

    @TempDir Path dir;
    private Shop shop;
    private Order kimPhone;
    private Order leeStall;
    private Order wangWholesale;
    private Order anonymous;
    private Order kimOther;

    @BeforeEach
    void orders() {
        shop = new Shop(dir);
        String mug = shop.sku("Ceramic Mug", "MUG-RED-1", "12.50", 100);
        String tee = shop.sku("Linen T-Shirt", "TEE-BLU-M", "19.90", 100);
        kimPhone = create(Channel.PHONE, "Kim Minji", "010-1234-5678", true, mug, 1);               // 12.50, day 0
        shop.clock.advance(Duration.ofDays(1));
        leeStall = create(Channel.STALL, "Lee Jiwoo", "010-9999-0000", false, tee, 2);              // 39.80, day 1
        shop.clock.advance(Duration.ofDays(1));
        wangWholesale = create(Channel.WHOLESALE, "王芳", "+86 138 0000 1111", true, tee, 10);       // 199.00, day 2
        shop.clock.advance(Duration.ofDays(1));
        anonymous = create(Channel.STALL, null, null, true, mug, 3);                              // 37.50, day 3
        shop.clock.advance(Duration.ofDays(1));
        kimOther = create(Channel.OTHER, "Kim Minji", "010-1234-5678", true, tee, 1);               // 19.90, day 4
        shop.orders().transition(kimPhone.id(), OrderStatus.PACKED, "t");
        shop.orders().transition(wangWholesale.id(), OrderStatus.CANCELLED, "t");
        shop.orders().transition(kimOther.id(), OrderStatus.PACKED, "t");
        shop.orders().transition(kimOther.id(), OrderStatus.SHIPPED, "t");
        shop.orders().refund(kimOther.id(), new RefundRequest("5", List.of(), false, ""), "t");
    }

    @AfterEach
    void close() { shop.close(); }

    private Order create(Channel channel, String name, String phone, boolean paid, String sku, int quantity) {
        OrderDraft d = Shop.draft(sku, quantity);
        CustomerInput customer = name == null ? null : shop.customers().findMatching(name, phone).isPresent() ? null
                : CustomerInput.named(name, phone);
        String customerId = name == null ? null : shop.customers().findMatching(name, phone).map(Customer::id).orElse(null);
        return shop.orders().create(new OrderDraft(d.currency(), channel, customerId, customer, null, d.lines(), "", "", "",
                PaymentMethod.CASH, paid, "", null, false));
    }

    private List<String> numbers(OrderQuery q) {
        return shop.orders().search(q).items().stream().map(OrderRow::number).toList();
    }

    private static OrderQuery all() { return OrderQuery.newest(50); }

    @Test
    void newestFirstByDefault() {
        Page<OrderRow> page = shop.orders().search(all());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(OrderRow::number).containsExactly(kimOther.number(), anonymous.number(),
                wangWholesale.number(), leeStall.number(), kimPhone.number());
        OrderRow row = page.items().get(2);
        assertThat(row.customerName()).isEqualTo("王芳");
        assertThat(row.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(row.channel()).isEqualTo(Channel.WHOLESALE);
        assertThat(row.itemCount()).isEqualTo(10);
        assertThat(row.lineCount()).isEqualTo(1);
        assertThat(row.total().minorUnits()).isEqualTo(19_900);
        assertThat(row.paymentState()).isEqualTo(PaymentState.PAID);
    }

    @Test
    void statusChannelAndDateFiltersCombine() {
        assertThat(numbers(all().withStatuses(Set.of(OrderStatus.PACKED)))).containsExactly(kimPhone.number());
        assertThat(numbers(all().withStatuses(OrderStatus.AFTER_SALE))).containsExactly(kimOther.number());
        assertThat(numbers(all().withChannels(Set.of(Channel.STALL)))).containsExactly(anonymous.number(), leeStall.number());
        assertThat(numbers(all().withChannels(Set.of(Channel.STALL)).withStatuses(Set.of(OrderStatus.PAID))))
                .containsExactly(anonymous.number());
        Instant day1 = Shop.START.plus(Duration.ofDays(1));
        assertThat(numbers(all().withCreated(day1, day1.plus(Duration.ofDays(2)))))
                .containsExactly(wangWholesale.number(), leeStall.number());
        assertThat(numbers(all().withCreated(day1, null).withChannels(EnumSet.of(Channel.STALL, Channel.WHOLESALE))
                .withStatuses(EnumSet.of(OrderStatus.CANCELLED, OrderStatus.PENDING_PAYMENT))))
                .containsExactly(wangWholesale.number(), leeStall.number());
        assertThat(numbers(all().withCreated(null, Shop.START.plusMillis(1)))).containsExactly(kimPhone.number());
    }

    @Test
    void textFindsNumberCustomerPhoneAndSkuCode() {
        assertThat(numbers(all().withText(leeStall.number()))).containsExactly(leeStall.number());
        assertThat(numbers(all().withText("2"))).as("the number's sequence without zeros").contains(leeStall.number());
        assertThat(numbers(all().withText("kim"))).containsExactly(kimOther.number(), kimPhone.number());
        assertThat(numbers(all().withText("Min KIM"))).containsExactly(kimOther.number(), kimPhone.number());
        assertThat(numbers(all().withText("王"))).containsExactly(wangWholesale.number());
        assertThat(numbers(all().withText("5678"))).as("last four digits").containsExactly(kimOther.number(), kimPhone.number());
        assertThat(numbers(all().withText("0101234"))).as("digits typed without dashes").hasSize(2);
        assertThat(numbers(all().withText("8613800001111"))).containsExactly(wangWholesale.number());
        assertThat(numbers(all().withText("tee-blu"))).containsExactly(kimOther.number(), wangWholesale.number(), leeStall.number());
        assertThat(numbers(all().withText("red"))).as("a part of a SKU code").containsExactly(anonymous.number(), kimPhone.number());
        assertThat(numbers(all().withText("kim").withStatuses(Set.of(OrderStatus.PACKED)))).as("status followed the transition")
                .containsExactly(kimPhone.number());
        assertThat(numbers(all().withText("kim").withStatuses(Set.of(OrderStatus.PAID)))).isEmpty();
        assertThat(numbers(all().withText("kim").withChannels(Set.of(Channel.OTHER)))).containsExactly(kimOther.number());
        assertThat(numbers(all().withText("tee").withCreated(Shop.START.plus(Duration.ofDays(2)), null)
                .withStatuses(EnumSet.of(OrderStatus.CANCELLED, OrderStatus.PARTIALLY_REFUNDED))))
                .containsExactly(kimOther.number(), wangWholesale.number());
        assertThat(numbers(all().withText("s_paid"))).as("facet tokens are not searchable words").isEmpty();
        assertThat(shop.orders().search(all().withText("nobody")).total()).isZero();
        assertThat(shop.orders().search(all().withText("  \"*( ")).total()).as("nothing searchable: everything").isEqualTo(5);
    }

    @Test
    void sortsAndPages() {
        OrderQuery byTotal = all().withSort(OrderQuery.Sort.TOTAL, true);
        assertThat(numbers(byTotal)).containsExactly(wangWholesale.number(), leeStall.number(), anonymous.number(),
                kimOther.number(), kimPhone.number());
        assertThat(numbers(all().withSort(OrderQuery.Sort.CUSTOMER, false)).get(0)).isEqualTo(anonymous.number());
        assertThat(numbers(all().withSort(OrderQuery.Sort.NUMBER, false))).containsExactly(kimPhone.number(),
                leeStall.number(), wangWholesale.number(), anonymous.number(), kimOther.number());

        OrderQuery two = new OrderQuery(null, null, null, null, "", OrderQuery.Sort.CREATED, true, 0, 2);
        Page<OrderRow> first = shop.orders().search(two);
        Page<OrderRow> last = shop.orders().search(two.withOffset(4));
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(OrderRow::number).containsExactly(kimPhone.number());
        assertThat(last.hasNext()).isFalse();
        assertThat(shop.orders().search(two.withOffset(10)).items()).isEmpty();
        assertThat(shop.orders().search(two.withOffset(10)).total()).isEqualTo(5);
    }

    @Test
    void countersCountWorkToDo() {
        OrderSummaryCounts counts = shop.orders().counts();
        // leeStall is unpaid; anonymous is paid (to pack); kimPhone is packed (to ship); kimOther partly refunded.
        assertThat(counts).isEqualTo(new OrderSummaryCounts(1, 1, 1, 1));
        shop.orders().transition(leeStall.id(), OrderStatus.PAID, "t");
        assertThat(shop.orders().counts()).isEqualTo(new OrderSummaryCounts(0, 2, 1, 1));
    }
}
