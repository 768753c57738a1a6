package com.merchantdesk.sandbox;

import static com.merchantdesk.sandbox.SandboxClient.list;
import static com.merchantdesk.sandbox.SandboxClient.map;

import java.util.Map;
import java.util.UUID;

/** Valid request bodies for tests to send as they are or spoil one field at a time. */
final class Bodies {

    private Bodies() {}

    static String id() { return UUID.randomUUID().toString(); }

    static Map<String, Object> money(String currency, long minor) { return map("currency", currency, "amount_minor", minor); }

    static Map<String, Object> desk(String deskId) { return map("desk_id", deskId, "name", "Counter PC"); }

    static Map<String, Object> product(String id) {
        return map("id", id, "title", "Linen shirt", "status", "active", "option_names", list("Size"));
    }

    static Map<String, Object> sku(String id, String productId, String code) {
        return map("id", id, "product_id", productId, "code", code, "option_values", list("M"),
                "price", money("KRW", 39000), "cost", money("KRW", 15000));
    }

    static Map<String, Object> adjustment(String id, String skuId, long delta) {
        return map("id", id, "sku_id", skuId, "delta", delta, "reason", "received", "note", "delivery 12");
    }

    static Map<String, Object> line(String skuId, long quantity) {
        return map("id", id(), "sku_id", skuId, "title", "Linen shirt M", "unit_price", money("KRW", 39000), "quantity", quantity);
    }

    static Map<String, Object> order(String id, String deskId, String number, Object... lines) {
        return map("id", id, "number", number, "desk_id", deskId, "channel", "phone", "status", "paid",
                "payment_method", "cash", "customer_name", "Kim Minji", "currency", "KRW", "lines", list(lines),
                "shipping_fee", money("KRW", 3000), "placed_at", "2026-12-04T08:30:00Z",
                "ship_to", map("recipient", "Kim Minji", "line1", "12 Teheran-ro", "city", "Seoul", "country", "KR"));
    }
}
