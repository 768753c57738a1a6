package com.merchantdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.demo.SyntheticOrders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many orders of every kind (paid at once or later, cancelled before or after paying, refunded in parts, by units
 * or money alone, restocked or not, with discounts, tax and shipping, regular and one-off customers, SKUs with and
 * without cost) written through the order service at random times around a daylight-saving change: the kept
 * summaries equal the figures {@link IndependentSales} computes from the raw rows, day by day and channel by
 * channel, before and after counting again in another zone and day start.
 */
class SalesAgainstRawRowsTest {

    private static final Instant START = Instant.parse("2026-02-20T10:00:00Z");

    @TempDir Path dir;

    @Test
    void keptSummariesEqualSumsComputedFromTheOrdersDayByDay() {
        try (SalesShop shop = new SalesShop(dir, START)) {
            shop.basis("America/New_York", 5);
            Random random = new Random(17);
            List<String> skus = List.of(shop.sku("A", "9.99", "3.10"), shop.sku("B", "24.50", "11.00"),
                    shop.sku("C", "3.00", ""), shop.sku("D", "120.00", "70.00"));
            List<String> customers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                customers.add(shop.customer("Customer " + i));
            }
            List<Order> open = new ArrayList<>();
            for (int step = 0; step < 260; step++) {
                shop.later(Duration.ofMinutes(20 + random.nextInt(600)));
                int roll = random.nextInt(100);
                if (roll < 45 || open.isEmpty()) {
                    open.add(newOrder(shop, random, skus, customers));
                    continue;
                }
                Order o = open.get(random.nextInt(open.size()));
                Order now = shop.app.orders().find(o.id()).orElseThrow();
                open.remove(o);
                switch (now.status()) {
                    case PENDING_PAYMENT -> open.add(random.nextInt(4) == 0 ? shop.move(now, OrderStatus.CANCELLED)
                            : shop.move(now, OrderStatus.PAID));
                    case PAID, PACKED -> open.add(random.nextInt(5) == 0 ? shop.move(now, OrderStatus.CANCELLED)
                            : shop.move(now, now.status() == OrderStatus.PAID ? OrderStatus.PACKED : OrderStatus.SHIPPED));
                    case SHIPPED, DELIVERED, PARTIALLY_REFUNDED -> {
                        Order after = refundSome(shop, random, now);
                        if (after.status() != OrderStatus.REFUNDED) {
                            open.add(after);
                        }
                    }
                    default -> { }
                }
            }

            assertEqualsRawRows(shop, ZoneId.of("America/New_York"), 5);
            Map<LocalDate, List<Long>> kept = perDay(shop);
            shop.basis("America/New_York", 5);
            assertThat(perDay(shop)).as("counted again in the same days").isEqualTo(kept);
            shop.basis("Asia/Seoul", 0);
            assertEqualsRawRows(shop, ZoneId.of("Asia/Seoul"), 0);
        }
    }

    @Test
    void generatedOrdersAreCountedAsTheyAreWritten() {
        try (SalesShop shop = new SalesShop(dir, Instant.parse("2026-11-30T08:00:00Z"))) {
            shop.basis("Europe/Berlin", 3);
            for (int i = 0; i < 30; i++) {
                shop.sku("G" + i, (i + 1) + ".50", i % 5 == 0 ? "" : (i / 2 + 1) + ".00");
            }
            new SyntheticOrders(shop.app.database(), shop.clock, shop.app.salesLedger()).generate(25_000, 3, SalesShop.USD);
            assertEqualsRawRows(shop, ZoneId.of("Europe/Berlin"), 3);
            Map<LocalDate, List<Long>> kept = perDay(shop);
            shop.basis("Europe/Berlin", 3);
            assertThat(perDay(shop)).isEqualTo(kept);
        }
    }

    private static Order newOrder(SalesShop shop, Random random, List<String> skus, List<String> customers) {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String discount = random.nextInt(4) == 0 ? "0.7" + random.nextInt(10) : "";
            lines.add(new OrderDraft.LineDraft(skus.get(random.nextInt(skus.size())), String.valueOf(1 + random.nextInt(4)),
                    "", discount));
        }
        Channel channel = Channel.LOCAL.get(random.nextInt(Channel.LOCAL.size()));
        String customer = random.nextInt(5) == 0 ? null : customers.get(random.nextInt(customers.size()));
        String orderDiscount = random.nextInt(4) == 0 ? "1.1" + random.nextInt(10) : "";
        String shipping = random.nextBoolean() ? "3.50" : "";
        String tax = random.nextInt(3) == 0 ? "7.5" : "";
        return shop.sell(channel, customer, random.nextBoolean(), orderDiscount, shipping, tax, lines);
    }

    private static Order refundSome(SalesShop shop, Random random, Order o) {
        long left = o.refundable().minorUnits();
        boolean all = random.nextInt(3) == 0;
        long amount = all ? left : Math.max(1, left * (1 + random.nextInt(60)) / 100);
        List<Object> units = new ArrayList<>();
        if (random.nextBoolean()) {
            o.lines().stream().filter(l -> l.remainingQuantity() > 0).findFirst()
                    .ifPresent(l -> units.addAll(List.of(l.skuId(), 1L)));
        }
        String text = new java.math.BigDecimal(amount).movePointLeft(2).toPlainString();
        return shop.refund(o, text, random.nextBoolean(), units.toArray());
    }

    /** Every day and channel of the raw rows' span, every column but the estimated cost. */
    private static void assertEqualsRawRows(SalesShop shop, ZoneId zone, int dayStart) {
        IndependentSales expected = IndependentSales.of(shop.app.database(), zone, dayStart);
        LocalDate first = LocalDate.of(2024, 11, 1);
        LocalDate last = LocalDate.of(2027, 1, 31);
        SalesReport report = shop.app.sales().report(SalesRange.of(first, last), Granularity.DAY, Set.of());
        long checked = 0;
        for (SalesPeriod day : report.periods()) {
            for (Channel channel : Channel.values()) {
                SalesFigures kept = day.of(channel);
                for (SalesColumn column : SalesColumn.values()) {
                    if (column == SalesColumn.ESTIMATED_COST) {
                        continue;
                    }
                    assertThat(kept.get(column)).as("%s %s %s", day.start(), channel, column)
                            .isEqualTo(expected.get(day.start(), OrderCodes.of(channel), column));
                    checked += kept.get(column) == 0 ? 0 : 1;
                }
            }
            long[] skuSum = expected.skuSums.getOrDefault(day.start(), new long[3]);
            long[] keptSkus = skuTotals(shop, day.start(), Set.of());
            assertThat(keptSkus).as("SKU sums of %s", day.start()).containsExactly(skuSum);
            for (Channel channel : Channel.values()) {
                assertThat(skuTotals(shop, day.start(), Set.of(channel))).as("SKU sums of %s, %s", day.start(), channel)
                        .containsExactly(expected.skuSums(day.start(), OrderCodes.of(channel)));
            }
        }
        assertThat(checked).as("figures that are not zero").isGreaterThan(100);
        assertThat(report.total().orders()).isEqualTo(expected.total(SalesColumn.ORDERS));
        assertThat(report.total().revenue()).isEqualTo(expected.total(SalesColumn.GOODS) - expected.total(SalesColumn.REFUND_GOODS));
    }

    private static long[] skuTotals(SalesShop shop, LocalDate day, Set<Channel> channels) {
        return shop.app.database().read(c -> SkuTotals.read(c, new SalesRange(day, day), channels)).sums();
    }

    private static Map<LocalDate, List<Long>> perDay(SalesShop shop) {
        SalesReport r = shop.app.sales().report(SalesRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2027, 1, 31)),
                Granularity.DAY, Set.of());
        Map<LocalDate, List<Long>> result = new java.util.TreeMap<>();
        for (SalesPeriod p : r.periods()) {
            List<Long> values = new ArrayList<>();
            for (Channel c : Channel.values()) {
                for (SalesColumn column : SalesColumn.values()) {
                    values.add(p.of(c).get(column));
                }
            }
            result.put(p.start(), values);
        }
        return result;
    }
}
