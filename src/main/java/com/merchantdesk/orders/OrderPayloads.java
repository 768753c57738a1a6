package com.merchantdesk.orders;

import com.merchantdesk.kernel.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbox payloads of entity {@code order} besides {@code create} (whose payload is the {@link Order} itself).
 * Documented in docs/orders.md; the sync issue pushes them as they are.
 */
final class OrderPayloads {

    static final String ENTITY = "order";

    private OrderPayloads() {}

    static Map<String, Object> status(Order before, Order after, String actor, Instant at) {
        Map<String, Object> p = head(after);
        p.put("from", before.status().name());
        p.put("to", after.status().name());
        p.put("paymentState", after.paymentState().name());
        p.put("actor", actor);
        p.put("at", at.toString());
        return p;
    }

    record RefundedUnits(String skuId, String skuCode, long quantity) {}

    static Map<String, Object> refund(Order before, Order after, Money amount, List<RefundedUnits> units,
                                      boolean restock, String reason, String actor, Instant at) {
        Map<String, Object> p = head(after);
        p.put("from", before.status().name());
        p.put("to", after.status().name());
        p.put("amount", amount);
        p.put("refundedTotal", after.refunded());
        p.put("lines", units);
        p.put("restock", restock);
        p.put("reason", reason);
        p.put("paymentState", after.paymentState().name());
        p.put("actor", actor);
        p.put("at", at.toString());
        return p;
    }

    static Map<String, Object> memo(Order after, Instant at) {
        Map<String, Object> p = head(after);
        p.put("memo", after.memo());
        p.put("memoFlag", after.memoFlag().name());
        p.put("at", at.toString());
        return p;
    }

    private static Map<String, Object> head(Order o) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", o.id());
        p.put("number", o.number());
        return p;
    }
}
