package com.merchantdesk.shipping;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox payloads of shipments and tracking events: what the platform needs to know them (docs/shipping.md). */
final class ShipmentPayloads {

    private ShipmentPayloads() {}

    static Map<String, Object> created(Shipment s, String actor) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("orderId", s.orderId());
        p.put("orderNumber", s.orderNumber());
        p.put("carrierCode", s.carrierCode());
        p.put("serviceCode", s.serviceCode());
        p.put("trackingNumber", s.trackingNumber());
        List<Map<String, Object>> lines = s.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("orderLinePosition", l.position());
            line.put("skuCode", l.skuCode());
            line.put("quantity", l.quantity());
            return line;
        }).toList();
        p.put("lines", lines);
        p.put("weightGrams", s.weightGrams());
        p.put("packageSize", s.size() == null ? null : s.size().name());
        p.put("shippedAt", s.shippedAt().toString());
        p.put("actor", actor);
        return p;
    }

    static Map<String, Object> event(Shipment s, TrackingEvent e, String actor, Instant recordedAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("shipmentId", s.id());
        p.put("orderId", s.orderId());
        p.put("seq", e.seq());
        p.put("status", e.status().name());
        p.put("at", e.at().toString());
        p.put("place", e.place());
        p.put("description", e.description());
        p.put("actor", actor);
        p.put("recordedAt", recordedAt.toString());
        return p;
    }
}
