package com.merchantdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.Shop;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToShipListTest {

    @TempDir Path dir;
    private ShippingShop s;
    private String mug;

    @BeforeEach
    void open() {
        s = new ShippingShop(dir);
        mug = s.shop.sku("Ceramic Mug", "MUG-1", "12.50", 500);
    }

    @AfterEach
    void close() { s.close(); }

    @Test
    void openOrdersComeLeastTimeLeftFirstAcrossZonesAndPages() {
        // Monday 2026-03-02 09:00 UTC is 18:00 in Seoul: after the cut-off. Orders paid over three days, every
        // third one abroad (24 h window instead of 12 h), so the zones interleave in ship-by order.
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(s.paidOrder(i % 3 == 0 ? "JP" : "", mug, 1));
            s.advance(Duration.ofMinutes(137));
        }
        s.shop.orders().create(ShippingShop.draft("", mug, 1)); // unpaid: no promise yet
        s.shop.orders().create(Shop.paid(Shop.draft(mug, 1))); // no address: no promise
        Order cancelled = s.paidOrder("", mug, 1);
        s.shop.orders().cancel(cancelled.id(), "t");

        Instant now = s.shop.clock.instant();
        List<ToShipRow> all = new ArrayList<>();
        for (int offset = 0; offset < 40; offset += 7) {
            Page<ToShipRow> page = s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.ALL, now, offset, 7));
            assertThat(page.total()).isEqualTo(30);
            all.addAll(page.items());
        }
        assertThat(all).hasSize(30);
        assertThat(all).extracting(ToShipRow::orderNumber).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo(Comparator.comparing(r -> r.deadlines().shipBy()));
        assertThat(all.stream().map(ToShipRow::zone).distinct()).containsExactlyInAnyOrder(Zone.DOMESTIC, Zone.INTERNATIONAL);
        // The rows' deadlines are the order's own (as the shipment will record them).
        ToShipRow first = all.get(0);
        assertThat(s.shipping().parcels(first.orderId()).orElseThrow().deadlines()).isEqualTo(first.deadlines());
    }

    @Test
    void lateAndAtRiskCountsAndFiltersAgreeWithTheDeadlines() {
        for (int i = 0; i < 24; i++) {
            s.paidOrder(i % 4 == 0 ? "US" : "", mug, 1);
            s.advance(Duration.ofMinutes(95));
        }
        ShippingPolicy policy = s.shipping().policy();
        for (Instant now : List.of(s.shop.clock.instant(), s.shop.clock.instant().plus(Duration.ofHours(10)),
                s.shop.clock.instant().plus(Duration.ofHours(30)))) {
            List<ToShipRow> all = s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.ALL, now, 0, 100)).items();
            long late = all.stream().filter(r -> r.deadlines().lateAt(now)).count();
            long atRisk = all.stream().filter(r -> r.deadlines().atRiskAt(now, policy.atRisk())).count();
            assertThat(s.shipping().toShipCounts(now)).isEqualTo(new ToShipCounts(24, late, atRisk));
            assertThat(s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.LATE, now, 0, 100)).items())
                    .containsExactlyElementsOf(all.stream().filter(r -> r.deadlines().lateAt(now)).toList());
            assertThat(s.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.AT_RISK, now, 0, 100)).items())
                    .containsExactlyElementsOf(all.stream().filter(r -> r.deadlines().atRiskAt(now, policy.atRisk())).toList());
        }
        // Somewhere in these times there is something late and something at risk, or the test proves nothing.
        Instant later = s.shop.clock.instant().plus(Duration.ofHours(10));
        assertThat(s.shipping().toShipCounts(later).late()).isPositive();
    }

    @Test
    void aShippedOrderLeavesTheCockpit() {
        Order order = s.paidOrder("", mug, 1);
        assertThat(s.shipping().toShipCounts(s.shop.clock.instant()).open()).isEqualTo(1);
        s.ship(order, "HANA", s.hana());
        assertThat(s.shop.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(s.shipping().toShipCounts(s.shop.clock.instant()).open()).isZero();
    }
}
