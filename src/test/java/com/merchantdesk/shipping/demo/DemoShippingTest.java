package com.merchantdesk.shipping.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentQuery;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.ToShipCounts;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.shipping.Zone;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShippingTest {

    @TempDir Path dir;

    @Test
    void theDemoHasOrdersToShipAndParcelsInEveryState() {
        try (Shop shop = new Shop(dir)) {
            for (int i = 0; i < 12; i++) {
                shop.sku("Demo item " + i, "DEMO-" + i, "10.00", 100);
            }
            ShippingService shipping = shop.app.shipping();
            shipping.savePolicy(shipping.policy().withShop("KR", "UTC"));
            // A Tuesday afternoon: every state the demo plans can be reached with a 16:00 cut-off.
            shop.clock.set(Instant.parse("2026-03-03T13:00:00Z"));
            Instant now = shop.clock.instant();

            int parcels = new DemoShipping(shop.app).fillIfEmpty();

            assertThat(parcels).isEqualTo(14);
            ToShipCounts counts = shipping.toShipCounts(now);
            assertThat(counts.open()).isEqualTo(14);
            assertThat(counts.late()).isPositive();
            assertThat(counts.atRisk()).isPositive();
            Page<ToShipRow> open = shipping.toShip(new ToShipQuery(ToShipQuery.Filter.ALL, now, 0, 100));
            assertThat(open.items()).extracting(ToShipRow::zone).contains(Zone.DOMESTIC, Zone.INTERNATIONAL);
            assertThat(open.items()).anyMatch(ToShipRow::partlyShipped);
            Page<Shipment> all = shipping.search(ShipmentQuery.all(now, 0, 100));
            assertThat(all.items()).extracting(Shipment::status).contains(TrackingStatus.DELIVERED, TrackingStatus.IN_TRANSIT);
            assertThat(all.items()).anyMatch(s -> s.deliveryLateAt(now) && s.deliveredAt() == null);
            assertThat(all.items()).anyMatch(s -> s.deliveredAt() != null && !s.deliveryLateAt(now));
            assertThat(all.items()).extracting(Shipment::carrierCode).contains("EMS", "GLX", "HANA", "SWIFT");
            // Once is enough: the shop has parcels now.
            assertThat(new DemoShipping(shop.app).fillIfEmpty()).isZero();
        }
    }
}
