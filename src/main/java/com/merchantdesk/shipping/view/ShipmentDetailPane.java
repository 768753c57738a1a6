package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentLine;
import com.merchantdesk.shipping.TrackingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected parcel: its facts and its tracking timeline, oldest event first. */
final class ShipmentDetailPane {

    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);

    ShipmentDetailPane() {
        box.setId("shipment-detail");
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        show(null, List.of(), ZoneId.systemDefault(), Instant.now());
    }

    Node node() { return scroll; }

    void show(Shipment s, List<TrackingEvent> events, ZoneId zone, Instant now) {
        box.getChildren().clear();
        if (s == null) {
            box.getChildren().add(new Label(Messages.get("shipping.view.detail.none")));
            return;
        }
        Label title = new Label(Messages.get("shipping.view.detail.title", s.orderNumber(), s.carrierCode(), s.trackingNumber()));
        title.setId("shipment-detail-title");
        title.getStyleClass().add("detail-title");
        box.getChildren().addAll(title,
                fact("shipment-detail-status", Messages.get("shipping.view.detail.status", Messages.get(s.status().messageKey()))),
                fact("shipment-detail-lines", Messages.get("shipping.view.detail.lines", s.lines().stream()
                        .map(l -> label(l)).collect(Collectors.joining(", ")))),
                fact("shipment-detail-shipped", Messages.get("shipping.view.detail.shipped", ShippingFormats.time(s.shippedAt(), zone),
                        s.shipBy() == null ? "-" : ShippingFormats.time(s.shipBy(), zone))
                        + (s.shippedLate() ? " · " + Messages.get("shipping.view.shippedLate") : "")),
                fact("shipment-detail-promise", s.deliverBy() == null ? Messages.get("shipping.view.form.noPromise")
                        : Messages.get("shipping.view.detail.promise", ShippingFormats.time(s.deliverBy(), zone),
                        s.deliveredAt() == null ? "-" : ShippingFormats.time(s.deliveredAt(), zone))
                        + (s.deliveryLateAt(now) ? " · " + Messages.get("shipping.view.deliveryLate") : "")));
        Label timeline = new Label(Messages.get("shipping.view.detail.timeline"));
        timeline.getStyleClass().add("text-muted");
        timeline.setPadding(new Insets(8, 0, 0, 0));
        box.getChildren().add(timeline);
        VBox steps = new VBox(2);
        steps.setId("shipment-timeline");
        steps.getChildren().add(step(s.shippedAt(), Messages.get("shipping.status.SHIPPED"), s.carrierCode(), "", zone));
        for (TrackingEvent e : events) {
            steps.getChildren().add(step(e.at(), Messages.get(e.status().messageKey()), e.place(), e.description(), zone));
        }
        box.getChildren().add(steps);
    }

    private static String label(ShipmentLine l) {
        return (l.skuCode().isEmpty() ? "#" + (l.position() + 1) : l.skuCode()) + " × " + l.quantity();
    }

    private static Label fact(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static Node step(Instant at, String status, String place, String description, ZoneId zone) {
        Label time = new Label(ShippingFormats.time(at, zone));
        time.getStyleClass().add("timeline-time");
        Label what = new Label(status);
        what.getStyleClass().add("timeline-status");
        Label where = new Label(String.join(" · ", java.util.stream.Stream.of(place, description).filter(t -> !t.isEmpty()).toList()));
        where.setWrapText(true);
        HBox row = new HBox(10, time, what, where);
        row.getStyleClass().add("timeline-event");
        return row;
    }
}
