package com.merchantdesk.shipping;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.carriers.DemoCarriers;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link Shop} in Seoul (country KR) with shipping: orders with addresses, shipments, counts of rows. */
final class ShippingShop implements AutoCloseable {

    final Shop shop;
    private int serial = 1000;

    ShippingShop(Path dir) {
        shop = new Shop(dir);
        ShippingPolicy p = shipping().policy();
        shipping().savePolicy(p.withShop("KR", "Asia/Seoul"));
    }

    ShippingService shipping() { return shop.app.shipping(); }

    /** A paid phone order to an address in {@code country} (blank: the shop's), lines as SKU id and quantity. */
    Order paidOrder(String country, Object... skuAndQuantity) {
        return shop.orders().create(Shop.paid(draft(country, skuAndQuantity)));
    }

    static OrderDraft draft(String country, Object... skuAndQuantity) {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new OrderDraft.LineDraft((String) skuAndQuantity[i], String.valueOf(skuAndQuantity[i + 1]), "", ""));
        }
        Address address = new Address("Kim Minji", "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", country);
        return new OrderDraft(Shop.USD, Channel.PHONE, null, CustomerInput.named("Kim Minji", "010-1234-5678"), address,
                lines, "", "", "", PaymentMethod.CASH, false, "", MemoFlag.NONE, false);
    }

    /** A fresh valid Hana Express number. */
    String hana() { return DemoCarriers.HANA.trackingNumberFor(serial++); }

    String ems() { return DemoCarriers.EMS.trackingNumberFor(serial++); }

    Shipment ship(Order order, String carrier, String tracking, ShipmentDraft.LineRequest... lines) {
        return shipping().create(new ShipmentDraft(order.number(), carrier, "", tracking, Arrays.asList(lines), 800L,
                PackageSize.SMALL), "t");
    }

    void advance(Duration by) { shop.clock.advance(by); }

    long count(String sql, Object... args) {
        return shop.app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Row counts of every table a shipment or event touches, and the orders' statuses: what a refusal must not change. */
    List<Long> footprint() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("shipment", "tracking_event", "outbox", "order_status_history")) {
            counts.add(count("SELECT count(*) FROM " + table));
        }
        counts.add(count("SELECT coalesce(sum(status * order_no), 0) FROM orders"));
        return counts;
    }

    @Override
    public void close() { shop.close(); }
}
