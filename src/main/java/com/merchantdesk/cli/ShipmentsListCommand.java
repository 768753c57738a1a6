package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentQuery;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.TrackingStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shipments list}: one page of parcels, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists shipments, newest first, one page at a time; each row names its order by number and id.",
                "Late: shipped after the ship-by, or delivered after (or not yet delivered by) the promise."})
final class ShipmentsListCommand extends DataCommand {

    @Option(names = "--late", description = "Only late parcels.")
    boolean late;

    @Option(names = "--at-risk", description = "Only parcels on their way whose promised delivery is close.")
    boolean atRisk;

    @Option(names = "--carrier", paramLabel = "CODE", description = "Only this carrier's parcels.")
    String carrier;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these statuses (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<TrackingStatus> statuses;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Start of a tracking or order number.")
    String query;

    @Mixin
    PageOptions page;

    /** One element of {@code shipments list --json}. */
    record Listed(String id, String orderId, String orderNumber, String carrier, String service, String trackingNumber,
                  String status, String shippedAt, String shipBy, String deliverBy, String deliveredAt, boolean late) {
        static Listed of(Shipment s, Instant now) {
            return new Listed(s.id(), s.orderId(), s.orderNumber(), s.carrierCode(), s.serviceCode(), s.trackingNumber(),
                    ShipmentText.lower(s.status().name()), s.shippedAt().toString(), text(s.shipBy()), text(s.deliverBy()),
                    text(s.deliveredAt()), s.shippedLate() || s.deliveryLateAt(now));
        }

        private static String text(Instant at) { return at == null ? null : at.toString(); }
    }

    @Override
    public Integer call() {
        page.check(ToShipQuery.MAX_LIMIT);
        try (AppContext app = openApp()) {
            Instant now = app.clock().instant();
            if (carrier != null && app.shipping().carriers().stream().noneMatch(c -> c.code().equalsIgnoreCase(carrier.strip()))) {
                throw invalid("--carrier", "shipping.validation.unknownCarrier", carrier, String.join(", ",
                        app.shipping().carriers().stream().map(c -> c.code()).toList()));
            }
            Page<Shipment> found = app.shipping().search(new ShipmentQuery(query,
                    statuses == null ? null : EnumSet.copyOf(statuses), carrier, late, atRisk, null, null, now, page.offset, page.limit));
            if (page.json) {
                JsonOut.print(out(), found.items().stream().map(s -> Listed.of(s, now)).toList());
            } else {
                printTable(found, app.shipping().policy().shopZone(), now);
            }
            return 0;
        }
    }

    private void printTable(Page<Shipment> page, ZoneId zone, Instant now) {
        PrintWriter out = out();
        if (page.items().isEmpty()) {
            out.println(Messages.get("cli.shipments.none"));
            out.flush();
            return;
        }
        TextTable table = new TextTable(List.of(new TextTable.Column(h("order"), false, 20),
                new TextTable.Column(h("carrier"), false, 12), new TextTable.Column(h("tracking"), false, 20),
                new TextTable.Column(h("status"), false, 16), new TextTable.Column(h("shipped"), false, 16),
                new TextTable.Column(h("promise"), false, 16), new TextTable.Column(h("note"), false, 14),
                new TextTable.Column(h("id"), false, 36)));
        for (Shipment s : page.items()) {
            String note = s.shippedLate() ? Messages.get("cli.shipments.shippedLate")
                    : s.deliveryLateAt(now) ? Messages.get("cli.shipments.deliveryLate") : "";
            table.add(s.orderNumber(), s.carrierCode() + " " + s.serviceCode(), s.trackingNumber(),
                    Messages.get(s.status().messageKey()), ShipmentText.time(s.shippedAt(), zone),
                    ShipmentText.time(s.deliverBy(), zone), note, s.id());
        }
        table.lines().forEach(out::println);
        out.println(Messages.get("cli.shipments.page", page.offset() + 1, page.offset() + page.items().size(), page.total()));
        out.flush();
    }

    private static String h(String key) { return Messages.get("cli.shipments.column." + key); }
}
