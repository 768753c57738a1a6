package com.merchantdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.shipping.ShippingPerformance;
import com.merchantdesk.shipping.demo.SyntheticShipments;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sales screen's shipping performance (issue 17) for a range of business days and a channel filter equals the
 * counts made here from the raw shipment rows: each parcel's business day worked out in Java from its shipped time,
 * across a daylight-saving change and with days starting at 04:00.
 */
class ShippingPerformanceAgainstRawRowsTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int DAY_START = 4;

    @TempDir Path dir;

    /** One parcel as stored. */
    private record Parcel(long shippedAt, Long shipBy, Long deliverBy, Long deliveredAt, String carrier, String service,
                          int channel) {}

    @Test
    void perCarrierAndServiceAsCountedFromTheShipmentRows() {
        try (SalesShop shop = new SalesShop(dir, Instant.parse("2026-11-30T08:00:00Z"))) {
            shop.basis(ZONE.getId(), DAY_START);
            for (int i = 0; i < 20; i++) {
                shop.sku("P" + i, (i + 2) + ".00", (i / 2 + 1) + ".00");
            }
            new SyntheticOrders(shop.app.database(), shop.clock, shop.app.salesLedger()).generate(8_000, 11, SalesShop.USD);
            new SyntheticShipments(shop.app.database(), shop.clock).generate(11);
            // The generator ships every parcel in time and leaves older ones without deliveries: one parcel in five is
            // made to leave two hours after its ship-by, and two in three arrive, one in seven of those an hour after the
            // promise, the others an hour before it.
            shop.app.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE shipment SET shipped_at = ship_by + 7200000 "
                            + "WHERE ship_by IS NOT NULL AND shipment_no % 5 = 0");
                    return st.executeUpdate("UPDATE shipment SET delivered_at = CASE WHEN shipment_no % 7 = 0 "
                            + "THEN deliver_by + 3600000 ELSE deliver_by - 3600000 END "
                            + "WHERE deliver_by IS NOT NULL AND shipment_no % 3 <> 0");
                }
            });
            List<Parcel> parcels = parcels(shop);
            // The range holds the change back from summer time (1 November 2026 in New York).
            SalesRange range = SalesRange.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 15));
            BusinessDays days = shop.app.sales().businessDays();

            for (Set<Channel> channels : List.of(Set.<Channel>of(), Set.of(Channel.PLATFORM), Set.of(Channel.PHONE, Channel.WHOLESALE))) {
                List<ShippingPerformance> expected = countedHere(parcels, range, channels);
                List<ShippingPerformance> shown = shop.app.shipping().performance(days.start(range.from()), days.end(range.to()),
                        channels);
                assertThat(shown).as("channels %s", channels).containsExactlyElementsOf(expected);
            }
            // Not an empty comparison: several carriers, some parcels late, some delivered late, channels that differ.
            List<ShippingPerformance> all = countedHere(parcels, range, Set.of());
            assertThat(all).hasSizeGreaterThan(3);
            assertThat(all.stream().mapToLong(p -> p.shipped() - p.shippedOnTime()).sum()).isPositive();
            assertThat(all.stream().mapToLong(p -> p.delivered() - p.deliveredOnTime()).sum()).isPositive();
            assertThat(countedHere(parcels, range, Set.of(Channel.PLATFORM))).isNotEqualTo(all).isNotEmpty();
            // The edges: a parcel shipped at 03:59 on the day after the range is still in it (days start at 04:00).
            assertThat(days.end(range.to())).isEqualTo(LocalDateTime.of(2026, 11, 16, 4, 0).atZone(ZONE).toInstant());
            assertThat(days.start(range.from())).isEqualTo(LocalDateTime.of(2026, 10, 12, 4, 0).atZone(ZONE).toInstant());
        }
    }

    private static List<Parcel> parcels(SalesShop shop) {
        return shop.app.database().read(c -> {
            List<Parcel> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.shipped_at, s.ship_by, s.deliver_by, s.delivered_at, "
                    + "c.code, cs.code, o.channel FROM shipment s JOIN carrier c ON c.carrier_no = s.carrier_no "
                    + "JOIN carrier_service cs ON cs.carrier_no = s.carrier_no AND cs.service_no = s.service_no "
                    + "JOIN orders o ON o.order_no = s.order_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Parcel(rs.getLong(1), nullable(rs, 2), nullable(rs, 3), nullable(rs, 4), rs.getString(5),
                            rs.getString(6), rs.getInt(7)));
                }
            }
            return rows;
        });
    }

    private static Long nullable(ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Parcels with a promise whose business day of shipping is in the range, of the channels, counted one by one. */
    private static List<ShippingPerformance> countedHere(List<Parcel> parcels, SalesRange range, Set<Channel> channels) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Parcel p : parcels) {
            LocalDate day = LocalDateTime.ofInstant(Instant.ofEpochMilli(p.shippedAt()), ZONE).minusHours(DAY_START).toLocalDate();
            boolean channelShown = channels.isEmpty() || channels.stream().anyMatch(ch -> OrderCodes.of(ch) == p.channel());
            if (p.shipBy() == null || day.isBefore(range.from()) || day.isAfter(range.to()) || !channelShown) {
                continue;
            }
            long[] c = counts.computeIfAbsent(p.carrier() + "\t" + p.service(), k -> new long[4]);
            c[0]++;
            if (p.shippedAt() <= p.shipBy()) {
                c[1]++;
            }
            if (p.deliveredAt() != null) {
                c[2]++;
                if (p.deliveredAt() <= p.deliverBy()) {
                    c[3]++;
                }
            }
        }
        List<ShippingPerformance> result = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] names = key.split("\t");
            result.add(new ShippingPerformance(names[0], names[1], c[0], c[1], c[2], c[3]));
        });
        return result;
    }
}
