package com.merchantdesk.orders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo year as plain records: the same seed gives the same year, and it has what the Sales screen shows. */
class DemoOrderHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final List<DemoOrderHistory.Sku> SKUS = IntStream.range(0, 80)
            .mapToObj(i -> new DemoOrderHistory.Sku("SKU-" + i, 990 + 250L * i)).toList();

    @Test
    void theSameSeedGivesTheSameYear() {
        DemoOrderHistory.Plan a = DemoOrderHistory.plan(DemoOrderHistory.SEED, SKUS, NOW, SEOUL);
        DemoOrderHistory.Plan b = DemoOrderHistory.plan(DemoOrderHistory.SEED, SKUS, NOW, SEOUL);
        assertThat(a.orders()).hasSameSizeAs(b.orders());
        assertThat(a.customers()).isEqualTo(b.customers());
        for (int i = 0; i < a.orders().size(); i++) {
            assertThat(a.orders().get(i).createdAt()).isEqualTo(b.orders().get(i).createdAt());
            assertThat(a.orders().get(i).lines().size()).isEqualTo(b.orders().get(i).lines().size());
        }
        assertThat(DemoOrderHistory.plan(7, SKUS, NOW, SEOUL).orders().size()).isNotEqualTo(a.orders().size());
    }

    @Test
    void theYearHasEveryChannelRefundsCancellationsRegularsAndBusyWeekends() {
        DemoOrderHistory.Plan plan = DemoOrderHistory.plan(DemoOrderHistory.SEED, SKUS, NOW, SEOUL);
        List<DemoOrderHistory.Order> orders = plan.orders();
        assertThat(orders.size()).isBetween(1_000, 4_000);
        assertThat(orders.get(0).createdAt()).isAfter(NOW.minusSeconds(366L * 86_400));
        assertThat(orders.stream().map(DemoOrderHistory.Order::channel).distinct()).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(Channel.class));
        assertThat(orders.stream().filter(o -> !o.refunds().isEmpty()).count()).isGreaterThan(20);
        assertThat(orders.stream().filter(o -> o.cancelledAt() != null && o.paidAt() != null).count()).isGreaterThan(5);
        assertThat(orders.stream().filter(o -> o.cancelledAt() != null && o.paidAt() == null).count()).isGreaterThan(5);
        assertThat(orders.stream().filter(o -> o.paidAt() != null && o.deliveredAt() == null && o.cancelledAt() == null)
                .count()).as("orders still on their way").isPositive();
        Map<Integer, Integer> perCustomer = new HashMap<>();
        orders.stream().filter(o -> o.customer() >= 0).forEach(o -> perCustomer.merge(o.customer(), 1, Integer::sum));
        assertThat(perCustomer.values().stream().filter(n -> n >= 5).count()).as("regulars").isGreaterThan(10);
        assertThat(perCustomer.values().stream().filter(n -> n == 1).count()).as("one-off buyers").isGreaterThan(50);
        long weekend = orders.stream().filter(o -> isWeekend(o.createdAt())).count();
        // Two days of seven would be 28.6% without the weekend busyness.
        assertThat(weekend * 1.0 / orders.size()).isGreaterThan(0.33);
        assertThat(orders.stream().filter(o -> o.channel() == Channel.WHOLESALE).noneMatch(o -> isWeekend(o.createdAt())))
                .isTrue();
    }

    private static boolean isWeekend(Instant at) {
        DayOfWeek d = at.atZone(SEOUL).getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
