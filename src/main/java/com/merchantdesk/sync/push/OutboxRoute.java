package com.merchantdesk.sync.push;

import com.merchantdesk.store.Outbox;

import java.util.Optional;

/**
 * The request that carries one outbox row (docs/platform-api.yaml), by its entity type and operation, and, for the
 * creates the API takes in batches, the batch path.
 */
public record OutboxRoute(String method, String path, String batchPath) {

    public boolean hasBody() { return !method.equals("DELETE"); }

    /** The route of a row, or empty when the desk has no request for it (the row fails visibly). */
    public static Optional<OutboxRoute> of(Outbox.Entry row) {
        String id = row.entityId();
        String route = row.entityType() + " " + row.operation();
        return Optional.ofNullable(switch (route) {
            case "product create" -> new OutboxRoute("POST", "/v1/products", null);
            case "product patch" -> new OutboxRoute("PATCH", "/v1/products/" + id, null);
            case "product delete" -> new OutboxRoute("DELETE", "/v1/products/" + id, null);
            case "sku create" -> new OutboxRoute("POST", "/v1/skus", null);
            case "sku patch" -> new OutboxRoute("PATCH", "/v1/skus/" + id, null);
            case "sku delete" -> new OutboxRoute("DELETE", "/v1/skus/" + id, null);
            case "customer create" -> new OutboxRoute("POST", "/v1/customers", null);
            case "customer patch" -> new OutboxRoute("PATCH", "/v1/customers/" + id, null);
            case "stock_adjustment create" -> new OutboxRoute("POST", "/v1/stock/adjustments", "/v1/stock/adjustments/batch");
            case "order create" -> new OutboxRoute("POST", "/v1/orders", "/v1/orders/batch");
            case "order payment" -> new OutboxRoute("POST", "/v1/orders/" + id + "/payment", null);
            case "order cancellation" -> new OutboxRoute("POST", "/v1/orders/" + id + "/cancellation", null);
            case "order fulfilment" -> new OutboxRoute("POST", "/v1/orders/" + id + "/fulfilment", null);
            case "refund create" -> new OutboxRoute("POST", "/v1/refunds", null);
            case "shipment create" -> new OutboxRoute("POST", "/v1/shipments", null);
            // A tracking event's row is keyed "<shipment id>/events/<event id>" (shipping.ShipmentPayloads).
            case "tracking_event create" -> id.contains("/events/")
                    ? new OutboxRoute("POST", "/v1/shipments/" + id.substring(0, id.indexOf('/')) + "/events", null)
                    : null;
            case "after_sale answer" -> new OutboxRoute("POST", "/v1/after-sales/" + id + "/answer", null);
            default -> null;
        });
    }
}
