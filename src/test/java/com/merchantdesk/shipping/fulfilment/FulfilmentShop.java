package com.merchantdesk.shipping.fulfilment;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.pool.PoolEntry;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop in Seoul (KR) for fulfilment tests: SKUs with bins, HS codes and weights, paid orders at home and abroad
 * (recipients with Korean and Chinese names), and Hana Express / EMS waybill pools.
 */
public final class FulfilmentShop implements AutoCloseable {

    public final Shop shop;

    public FulfilmentShop(Path dir) {
        shop = new Shop(dir);
        shop.app.shipping().savePolicy(shop.app.shipping().policy().withShop("KR", "Asia/Seoul"));
        shop.app.settings().save(shop.app.settings().load().withShop("한빛 상점 Hanbit Shop", "서울 마포구 월드컵로 12\nSeoul 04001"));
    }

    public AppContext app() { return shop.app; }

    /** A SKU with stock 100, a bin, an HS code (may be blank) and a weight in grams; returns its id. */
    public String sku(String title, String code, String bin, String hsCode, int grams) {
        String id = shop.sku(title, code, "12.50", 100);
        sql("UPDATE sku SET bin_location = ?, hs_code = ?, weight_grams = ? WHERE id = ?", bin, hsCode, grams, id);
        return id;
    }

    /** A paid order to {@code recipient} in {@code country} (blank: at home), lines as SKU id and quantity pairs. */
    public Order paidOrder(String recipient, String country, Object... skuAndQuantity) {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new OrderDraft.LineDraft((String) skuAndQuantity[i], String.valueOf(skuAndQuantity[i + 1]), "", ""));
        }
        Address address = new Address(recipient, "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", country);
        return shop.orders().create(new OrderDraft(Shop.USD, Channel.PHONE, null, CustomerInput.named(recipient, "010-1234-5678"),
                address, lines, "", "", "", PaymentMethod.CASH, true, "", MemoFlag.NONE, false));
    }

    public WaybillPool pool() { return new WaybillPool(shop.app.database(), shop.clock); }

    public BatchShipping batch() { return new BatchShipping(shop.app.database(), shop.clock, shop.app.shipping()); }

    public FulfilmentDocuments documents() {
        return new FulfilmentDocuments(shop.app.database(), shop.app.shipping(), shop.app.settings()::load, shop.clock);
    }

    /** {@code count} valid Hana Express numbers from serial {@code first}. */
    public static List<PoolEntry> hana(long first, int count) {
        List<PoolEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new PoolEntry("line " + (i + 1), DemoCarriers.HANA.trackingNumberFor(first + i)));
        }
        return entries;
    }

    public long count(String sql, Object... args) {
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

    /** What a refusal must not change: pool rows by state, shipments, outbox, order statuses. */
    public List<Long> footprint() {
        return List.of(count("SELECT count(*) FROM waybill"), count("SELECT coalesce(sum(state + 1), 0) FROM waybill"),
                count("SELECT count(*) FROM shipment"), count("SELECT count(*) FROM outbox"),
                count("SELECT coalesce(sum(status * order_no), 0) FROM orders"));
    }

    void sql(String sql, Object... args) {
        shop.app.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() { shop.close(); }
}
