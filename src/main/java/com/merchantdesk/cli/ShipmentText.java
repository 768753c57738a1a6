package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentLine;
import com.merchantdesk.shipping.TrackingEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Shipments for people: times in the shop's zone, statuses in the seller's language. */
final class ShipmentText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ShipmentText() {}

    static String time(Instant at, ZoneId zone) { return at == null ? "" : TIME.format(at.atZone(zone)); }

    static String lines(Shipment s) {
        return s.lines().stream().map(l -> (l.skuCode().isEmpty() ? "#" + (l.position() + 1) : l.skuCode()) + " x" + l.quantity())
                .collect(Collectors.joining(", "));
    }

    static void print(PrintWriter out, Shipment s, List<TrackingEvent> events, ZoneId zone, String trackingUrl) {
        out.println(Messages.get("cli.shipments.title", s.orderNumber(), s.carrierCode(), s.serviceCode(), s.trackingNumber()));
        out.println(Messages.get("cli.shipments.fact.id", s.id()));
        out.println(Messages.get("cli.shipments.fact.status", Messages.get(s.status().messageKey())));
        out.println(Messages.get("cli.shipments.fact.lines", lines(s)));
        if (s.weightGrams() != null) {
            out.println(Messages.get("cli.shipments.fact.weight", s.weightGrams()));
        }
        out.println(Messages.get("cli.shipments.fact.shipped", time(s.shippedAt(), zone),
                s.shipBy() == null ? "-" : time(s.shipBy(), zone)));
        if (s.deliverBy() != null) {
            out.println(Messages.get("cli.shipments.fact.promise", time(s.deliverBy(), zone),
                    s.deliveredAt() == null ? "-" : time(s.deliveredAt(), zone)));
        }
        if (!trackingUrl.isEmpty()) {
            out.println(Messages.get("cli.shipments.fact.url", trackingUrl));
        }
        out.println(Messages.get("cli.shipments.events"));
        if (events.isEmpty()) {
            out.println("  " + Messages.get("cli.shipments.noEvents"));
        }
        for (TrackingEvent e : events) {
            out.println("  " + time(e.at(), zone) + "  " + Messages.get(e.status().messageKey())
                    + (e.place().isEmpty() ? "" : "  " + e.place()) + (e.description().isEmpty() ? "" : "  " + e.description()));
        }
        out.flush();
    }

    /** One shipment as {@code --json} prints it. */
    record Shown(String id, String orderId, String orderNumber, String carrier, String service, String trackingNumber,
                 String trackingUrl, String status, List<ShownLine> lines, Long weightGrams, String packageSize,
                 String shippedAt, String shipBy, String deliverBy, String deliveredAt, boolean shippedLate,
                 boolean deliveryLate, List<ShownEvent> events) {

        static Shown of(Shipment s, List<TrackingEvent> events, String trackingUrl, Instant now) {
            return new Shown(s.id(), s.orderId(), s.orderNumber(), s.carrierCode(), s.serviceCode(), s.trackingNumber(),
                    trackingUrl, lower(s.status().name()),
                    s.lines().stream().map(ShownLine::of).toList(), s.weightGrams(),
                    s.size() == null ? null : lower(s.size().name()), text(s.shippedAt()), text(s.shipBy()),
                    text(s.deliverBy()), text(s.deliveredAt()), s.shippedLate(), s.deliveryLateAt(now),
                    events == null ? null : events.stream().map(ShownEvent::of).toList());
        }
    }

    record ShownLine(int position, String skuCode, long quantity) {
        static ShownLine of(ShipmentLine l) { return new ShownLine(l.position(), l.skuCode(), l.quantity()); }
    }

    record ShownEvent(int seq, String status, String at, String place, String description) {
        static ShownEvent of(TrackingEvent e) {
            return new ShownEvent(e.seq(), lower(e.status().name()), e.at().toString(), e.place(), e.description());
        }
    }

    static String lower(String name) { return name.toLowerCase(Locale.ROOT); }

    private static String text(Instant at) { return at == null ? null : at.toString(); }
}
