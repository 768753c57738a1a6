package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.shipping.OrderParcels;
import com.merchantdesk.shipping.PackageSize;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shipments create}: a parcel of an order with its carrier and tracking number. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records a parcel of a paid order: carrier, tracking number, lines (default: all that is left).",
                "A paid order becomes packed; it is shipped once every line is in a parcel."})
final class ShipmentsCreateCommand extends DataCommand {

    @Option(names = "--order", required = true, paramLabel = "ORDER", description = "The order's id or number.")
    String order;

    @Option(names = "--carrier", required = true, paramLabel = "CODE", description = "The carrier's code, e.g. HANA.")
    String carrier;

    @Option(names = "--tracking", required = true, paramLabel = "NUMBER", description = "The tracking number, as typed or scanned.")
    String tracking;

    @Option(names = "--service", paramLabel = "CODE",
            description = "The carrier's service (default: its first for the order's zone, domestic or international).")
    String service;

    @Option(names = "--line", paramLabel = "SKU:QTY", description = "Units of an order line (repeatable); none: all that is left.")
    List<String> lines;

    @Option(names = "--weight", paramLabel = "GRAMS", description = "The parcel's weight in grams (more than 0).")
    Long weight;

    @Option(names = "--size", paramLabel = "SIZE", description = "${COMPLETION-CANDIDATES}")
    PackageSize size;

    @Option(names = "--json", description = "Print the shipment as JSON.")
    boolean json;

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\..*");

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            List<OrderArgs.LineSpec> specs = new ArrayList<>();
            List<ShipmentDraft.LineRequest> requests = new ArrayList<>();
            Optional<OrderParcels> parcels = app.shipping().parcels(order);
            for (String text : lines == null ? List.<String>of() : lines) {
                OrderArgs.LineSpec spec = OrderArgs.line("--line", text, false);
                specs.add(spec);
                requests.add(new ShipmentDraft.LineRequest(position(parcels, spec), quantity(spec)));
            }
            Shipment s;
            try {
                s = app.shipping().create(new ShipmentDraft(order, carrier, service, tracking, requests, weight, size),
                        ShipmentsCommand.ACTOR);
            } catch (ValidationException e) {
                throw renamed(e, specs);
            }
            OrderStatus now = app.orders().find(s.orderId()).orElseThrow().status();
            if (json) {
                JsonOut.print(out(), ShipmentText.Shown.of(s, null, trackingUrl(app, s), app.clock().instant()));
            } else {
                out().println(Messages.get("cli.shipments.created", s.orderNumber(), s.carrierCode(), s.serviceCode(),
                        s.trackingNumber(), ShipmentText.lines(s), Messages.get(now.messageKey()), s.id()));
                out().flush();
            }
            return 0;
        }
    }

    static String trackingUrl(AppContext app, Shipment s) {
        return app.shipping().carriers().stream().filter(c -> c.code().equals(s.carrierCode())).findFirst()
                .map(c -> c.definition().trackingUrl(s.trackingNumber())).orElse("");
    }

    /** The order line a SKU names: its first line of that SKU with units left (else its first line of that SKU). */
    private static int position(Optional<OrderParcels> parcels, OrderArgs.LineSpec spec) {
        if (parcels.isEmpty()) {
            return 0; // the service refuses the unknown order itself, naming --order
        }
        List<OrderLine> matching = parcels.get().order().lines().stream()
                .filter(l -> l.skuCode().equalsIgnoreCase(spec.sku())).toList();
        if (matching.isEmpty()) {
            throw invalid("--line " + spec.text(), "cli.shipments.lineNotOnOrder", spec.sku(), parcels.get().order().number());
        }
        return matching.stream().filter(l -> parcels.get().left(l) > 0).findFirst().orElse(matching.get(0)).position();
    }

    private static long quantity(OrderArgs.LineSpec spec) {
        try {
            return Long.parseLong(spec.quantity());
        } catch (NumberFormatException e) {
            throw invalid("--line " + spec.text(), "validation.wholeNumber");
        }
    }

    /** The service names fields after the draft; here they are options. */
    private static ValidationException renamed(ValidationException e, List<OrderArgs.LineSpec> specs) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError err : e.errors()) {
            Matcher m = LINE_FIELD.matcher(err.field());
            String field;
            if (m.matches() && Integer.parseInt(m.group(1)) < specs.size()) {
                field = "--line " + specs.get(Integer.parseInt(m.group(1))).text();
            } else {
                field = switch (err.field()) {
                    case "order" -> "--order";
                    case "carrier" -> "--carrier";
                    case "service" -> "--service";
                    case "tracking" -> "--tracking";
                    case "weight" -> "--weight";
                    default -> err.field();
                };
            }
            errors.add(new FieldError(field, err.messageKey(), err.args()));
        }
        return new ValidationException(errors);
    }
}
