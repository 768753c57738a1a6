package com.merchantdesk.orders;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.Cancellation;
import com.merchantdesk.platform.Fulfilment;
import com.merchantdesk.platform.FulfilmentStep;
import com.merchantdesk.platform.LineUnits;
import com.merchantdesk.platform.Payment;
import com.merchantdesk.platform.RefundCreate;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.SyncIdentity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the platform must hear of the desk's orders, queued as the API document's wire types in the transaction
 * that makes the change (brief, "Sync rules"): a desk's order with its create; payment and cancellation of the
 * desk's own orders; fulfilment steps and refunds of any order. The stock an order, its cancellation or a
 * restocked refund moves travels with them, never as adjustments. Every row of an order waits for the order's
 * earlier rows; the create waits for its new customer and its SKUs' products.
 */
public final class OrderOutbox {

    /** The outbox entities of orders and of refunds. */
    public static final String ORDER = OrderPayloads.ENTITY;
    public static final String REFUND = "refund";

    private OrderOutbox() {}

    static void created(Connection c, Order order, Instant now) throws SQLException {
        List<OutboxKey> waits = new ArrayList<>();
        if (order.customerId() != null) {
            waits.add(new OutboxKey(Customer.OUTBOX_ENTITY, order.customerId()));
        }
        for (String product : productsOf(c, order)) {
            waits.add(new OutboxKey(CatalogService.OUTBOX_ENTITY, product));
        }
        append(c, order.id(), ORDER, order.id(), "create", WireJson.encode(OrderWire.create(order, SyncIdentity.deskId(c))),
                now, waits);
    }

    /** A status step the seller (or a parcel) made on this desk. */
    static void transitioned(Connection c, Order before, Order after, Instant now) throws SQLException {
        String deskId = SyncIdentity.deskId(c);
        String operation;
        Object body;
        switch (after.status()) {
            case PAID -> {
                operation = "payment";
                body = new Payment(after.paidAt(), com.merchantdesk.platform.PaymentMethod.valueOf(after.paymentMethod().name()),
                        deskId);
            }
            case CANCELLED -> {
                operation = "cancellation";
                body = new Cancellation(now, null, deskId);
            }
            case PACKED, SHIPPED, DELIVERED -> {
                operation = "fulfilment";
                body = new Fulfilment(FulfilmentStep.valueOf(after.status().name()), now, deskId);
            }
            default -> throw new IllegalArgumentException("No platform request makes an order " + after.status()
                    + " (refunds are queued by refunded)");
        }
        append(c, before.id(), ORDER, before.id(), operation, WireJson.encode(body), now, List.of());
    }

    /** A refund recorded on this desk, by an id made from the order's UUID and the refund's place in its list. */
    static void refunded(Connection c, Order order, int refundSeq, Map<Integer, Long> unitsByPosition, Money amount,
                         boolean restock, String reason, String afterSaleId, Instant now) throws SQLException {
        List<LineUnits> lines = new ArrayList<>();
        Map<Integer, String> lineIds = PulledOrders.wireLineIds(c, order.id());
        unitsByPosition.forEach((position, units) -> {
            if (units > 0) {
                lines.add(new LineUnits(lineIds.getOrDefault(position, OrderWire.lineId(order.id(), position)), units));
            }
        });
        RefundCreate body = new RefundCreate(refundId(order.id(), refundSeq), order.id(), lines, OrderWire.money(amount),
                restock, reason == null || reason.isBlank() ? null : reason, afterSaleId, SyncIdentity.deskId(c));
        append(c, order.id(), REFUND, body.id(), "create", WireJson.encode(body), now,
                List.of(new OutboxKey(ORDER, order.id())));
    }

    public static String refundId(String orderId, int refundSeq) {
        return UUID.nameUUIDFromBytes((orderId + "/refund/" + refundSeq).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void append(Connection c, String orderId, String entityType, String entityId, String operation,
                               String json, Instant now, List<OutboxKey> extraWaits) throws SQLException {
        List<OutboxKey> waits = new ArrayList<>(extraWaits);
        waits.add(new OutboxKey(entityType, entityId));
        if (!entityType.equals(ORDER)) {
            waits.add(new OutboxKey(ORDER, orderId));
        }
        Outbox.append(c, new Outbox.Change(new OutboxKey(entityType, entityId), operation, json, now, waits));
    }

    private static Set<String> productsOf(Connection c, Order order) throws SQLException {
        Set<String> products = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE id = ?")) {
            for (OrderLine line : order.lines()) {
                ps.setString(1, line.skuId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        products.add(rs.getString(1));
                    }
                }
            }
        }
        return products;
    }
}
