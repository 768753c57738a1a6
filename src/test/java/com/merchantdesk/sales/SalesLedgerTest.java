package com.merchantdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries the order writes keep, against figures worked out by hand and against {@link IndependentSales},
 * computed straight from the order rows; and counting again ({@link SalesRebuild}) gives the same.
 */
class SalesLedgerTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T12:00:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 3, 2);

    @TempDir Path dir;

    @Test
    void anOrderCountsOnTheDayItIsPaidAndAnUnpaidCancelledOrderNever() {
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("UTC", 0);
            String tee = shop.sku("TEE", "20.00", "8.00");
            Order later = shop.sell(tee, 2, false);
            Order dropped = shop.sell(tee, 5, false);
            shop.move(dropped, OrderStatus.CANCELLED);
            shop.later(Duration.ofDays(1));
            shop.move(later, OrderStatus.PAID);

            SalesFigures monday = shop.day(MONDAY_DATE);
            SalesFigures tuesday = shop.day(MONDAY_DATE.plusDays(1));
            assertThat(monday.get(SalesColumn.CREATED)).isEqualTo(2);
            assertThat(monday.get(SalesColumn.CANCELLED)).isEqualTo(1);
            assertThat(monday.revenue()).isZero();
            assertThat(monday.orders()).isZero();
            assertThat(tuesday.orders()).isEqualTo(1);
            assertThat(tuesday.revenue()).isEqualTo(4000);
            assertThat(tuesday.cost()).isEqualTo(1600);
            assertThat(tuesday.margin()).isEqualTo(2400);
            assertThat(shop.range(MONDAY_DATE, MONDAY_DATE.plusDays(1)).cancelledShare()).isEqualTo(0.5);
        }
    }

    @Test
    void aPaidOrderCancelledLaterIsAFullRefundOnTheDayOfTheCancellation() {
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("UTC", 0);
            String mug = shop.sku("MUG", "12.00", "5.00");
            Order o = shop.sell(Channel.STALL, null, true, "", "3.00", "10", List.of(OrderDraft.LineDraft.of(mug, 3)));
            shop.later(Duration.ofDays(2));
            shop.move(o, OrderStatus.CANCELLED);

            SalesFigures paidDay = shop.day(MONDAY_DATE);
            SalesFigures cancelDay = shop.day(MONDAY_DATE.plusDays(2));
            assertThat(paidDay.revenue()).isEqualTo(3600);
            assertThat(paidDay.tax()).isEqualTo(360);
            assertThat(paidDay.shipping()).isEqualTo(300);
            assertThat(cancelDay.revenue()).isEqualTo(-3600);
            assertThat(cancelDay.tax()).isEqualTo(-360);
            assertThat(cancelDay.shipping()).isEqualTo(-300);
            assertThat(cancelDay.cost()).isEqualTo(-1500);
            assertThat(cancelDay.get(SalesColumn.REFUNDS)).isEqualTo(1);
            SalesFigures both = shop.range(MONDAY_DATE, MONDAY_DATE.plusDays(2));
            assertThat(both.revenue()).isZero();
            assertThat(both.margin()).isZero();
            assertThat(both.get(SalesColumn.CANCELLED)).isEqualTo(1);
        }
    }

    @Test
    void refundsSubtractTheirGoodsTaxAndShippingPartsOnTheDayTheyAreMade() {
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("UTC", 0);
            String lamp = shop.sku("LAMP", "50.00", "20.00");
            // Subtotal 100.00, order discount 10.00, goods 90.00, tax 10% 9.00, shipping 5.00: total 104.00.
            Order o = shop.ship(shop.sell(Channel.PHONE, null, true, "10.00", "5.00", "10",
                    List.of(OrderDraft.LineDraft.of(lamp, 2))));
            shop.later(Duration.ofDays(3));
            shop.refund(o, "52.00", true, lamp, 1);
            shop.later(Duration.ofDays(1));
            shop.refund(o, "52.00", false);

            SalesFigures first = shop.day(MONDAY_DATE.plusDays(3));
            // 52.00 of 104.00: goods 9000 x 5200 / 10400 = 4500, tax 900 x 5200 / 10400 = 450, shipping the rest.
            assertThat(first.get(SalesColumn.REFUND_GOODS)).isEqualTo(4500);
            assertThat(first.get(SalesColumn.REFUND_TAX)).isEqualTo(450);
            assertThat(first.get(SalesColumn.REFUND_SHIPPING)).isEqualTo(250);
            assertThat(first.get(SalesColumn.RETURNED_COST)).isEqualTo(2000);
            SalesFigures second = shop.day(MONDAY_DATE.plusDays(4));
            assertThat(second.get(SalesColumn.REFUND_GOODS)).isEqualTo(4500);
            assertThat(second.get(SalesColumn.RETURNED_COST)).isZero();
            SalesFigures all = shop.range(MONDAY_DATE, MONDAY_DATE.plusDays(4));
            assertThat(all.revenue()).isZero();
            assertThat(all.tax()).isZero();
            assertThat(all.shipping()).isZero();
            // One lamp came back to stock, the money-only refund wrote nothing back: the other lamp's cost is lost.
            assertThat(all.cost()).isEqualTo(2000);
            assertThat(all.refundRate()).isEqualTo(1.0);
            // The restocked unit's goods part belongs to the SKU; the money-only refund to none.
            TopSku sku = shop.app.sales().top(SalesRange.of(MONDAY_DATE, MONDAY_DATE.plusDays(4)), TopSku.By.UNITS, 5).get(0);
            assertThat(sku.units()).isEqualTo(1);
            assertThat(sku.revenue()).isEqualTo(4500);
        }
    }

    @Test
    void aSaleLandsOnTheShopsBusinessDayInItsZoneFromTheDayStartHourAcrossADaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("America/New_York", 4);
            String cap = shop.sku("CAP", "10.00", "");
            // New York moves its clocks from 02:00 to 03:00 on Sunday 8 March 2026.
            sellAt(shop, cap, LocalDateTime.of(2026, 3, 7, 23, 30).atZone(newYork).toInstant(), 1);
            sellAt(shop, cap, LocalDateTime.of(2026, 3, 8, 23, 30).atZone(newYork).toInstant(), 2);
            sellAt(shop, cap, LocalDateTime.of(2026, 3, 9, 3, 30).atZone(newYork).toInstant(), 4);
            sellAt(shop, cap, LocalDateTime.of(2026, 3, 9, 4, 30).atZone(newYork).toInstant(), 8);

            assertThat(shop.day(LocalDate.of(2026, 3, 7)).units()).isEqualTo(1);
            assertThat(shop.day(LocalDate.of(2026, 3, 8)).units()).isEqualTo(2 + 4);
            assertThat(shop.day(LocalDate.of(2026, 3, 9)).units()).isEqualTo(8);
            // No cost on the SKU: none of the goods is covered by the margin.
            assertThat(shop.day(LocalDate.of(2026, 3, 9)).uncostedGoods()).isEqualTo(8000);

            // In UTC with days from midnight the same sales fall elsewhere; the rebuild moves them.
            shop.basis("UTC", 0);
            assertThat(shop.day(LocalDate.of(2026, 3, 8)).units()).isEqualTo(1);
            assertThat(shop.day(LocalDate.of(2026, 3, 9)).units()).isEqualTo(2 + 4 + 8);
        }
    }

    @Test
    void marginUsesEachLinesCostWhenItWasSold() {
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("UTC", 0);
            String bag = shop.sku("BAG", "30.00", "10.00");
            shop.sell(bag, 2, true);
            shop.app.database().write(c -> c.createStatement().executeUpdate("UPDATE sku SET cost_minor = 1800"));
            shop.sell(bag, 1, true);
            SalesFigures day = shop.day(MONDAY_DATE);
            assertThat(day.cost()).isEqualTo(2 * 1000 + 1800);
            assertThat(day.margin()).isEqualTo(9000 - 3800);
            assertThat(day.costEstimated()).isFalse();

            // Counting again keeps the cost each line had, not today's.
            shop.basis("UTC", 0);
            assertThat(shop.day(MONDAY_DATE).cost()).isEqualTo(3800);

            // Lines older than the costs (before schema V4) are marked estimated.
            shop.app.database().write(c -> c.createStatement().executeUpdate(
                    "UPDATE sales_basis SET estimated_cost_through = (SELECT min(order_no) FROM orders)"));
            shop.basis("UTC", 0);
            assertThat(shop.day(MONDAY_DATE).costEstimated()).isTrue();
            assertThat(shop.day(MONDAY_DATE).get(SalesColumn.ESTIMATED_COST)).isEqualTo(2000);
        }
    }

    @Test
    void aCustomersFirstPaidOrderIsANewCustomersAndAnEarlierOrderPulledLaterTakesThatPlace() {
        try (SalesShop shop = new SalesShop(dir, MONDAY)) {
            shop.basis("UTC", 0);
            String pen = shop.sku("PEN", "2.00", "0.50");
            String kim = shop.customer("Kim");
            String lee = shop.customer("Lee");
            Order kimFirst = order(shop, kim, pen, false);
            order(shop, lee, pen, true);
            shop.later(Duration.ofDays(1));
            order(shop, kim, pen, true);
            shop.move(kimFirst, OrderStatus.PAID);
            assertThat(shop.day(MONDAY_DATE).newCustomers()).isEqualTo(1);
            assertThat(shop.day(MONDAY_DATE.plusDays(1)).newCustomers()).isEqualTo(1);
            assertThat(shop.day(MONDAY_DATE.plusDays(1)).returningCustomerOrders()).isEqualTo(1);

            // An order of Lee's paid before Lee's first arrives later (as sync will bring it): it is the new one now.
            shop.app.database().write(c -> {
                try (var st = c.createStatement()) {
                    long pulledNo = 0;
                    st.executeUpdate("INSERT INTO orders(id, number, channel, status, customer_no, currency, subtotal_minor, "
                            + "total_minor, line_count, item_count, payment_method, payment_state, created_at, updated_at, "
                            + "paid_at) SELECT randomblob(16), 'P-2026-0000001', 0, 1, customer_no, 'USD', 400, 400, 1, 2, 4, 1, "
                            + (MONDAY.toEpochMilli() - 86_400_000L) + ", " + (MONDAY.toEpochMilli() - 86_400_000L) + ", "
                            + (MONDAY.toEpochMilli() - 86_400_000L) + " FROM customer WHERE name = 'Lee'");
                    st.executeUpdate("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, unit_price_minor, "
                            + "quantity, cost_minor) SELECT max(order_no), 0, (SELECT sku_no FROM sku), 'PEN', 'Item PEN', 200, 2, 50 "
                            + "FROM orders");
                    try (var rs = st.executeQuery("SELECT max(order_no) FROM orders")) {
                        rs.next();
                        pulledNo = rs.getLong(1);
                    }
                    new SalesLedger().ordersWritten(c, pulledNo, pulledNo);
                }
                return null;
            });
            assertThat(shop.day(MONDAY_DATE.minusDays(1)).newCustomers()).isEqualTo(1);
            assertThat(shop.day(MONDAY_DATE).newCustomers()).isZero();
            assertThat(shop.day(MONDAY_DATE).returningCustomerOrders()).isEqualTo(1);
            // Counting everything again agrees.
            shop.basis("UTC", 0);
            assertThat(shop.day(MONDAY_DATE.minusDays(1)).newCustomers()).isEqualTo(1);
            assertThat(shop.day(MONDAY_DATE).newCustomers()).isZero();
            assertThat(shop.day(MONDAY_DATE.plusDays(1)).newCustomers()).isEqualTo(1);
        }
    }

    private static Order order(SalesShop shop, String customer, String sku, boolean paid) {
        return shop.sell(Channel.PHONE, customer, paid, "", "", "", List.of(OrderDraft.LineDraft.of(sku, 1)));
    }

    private static void sellAt(SalesShop shop, String sku, Instant at, long units) {
        shop.at(at);
        shop.sell(sku, units, true);
    }
}
