package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.TrackingEvent;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shipments show}: one parcel with its tracking timeline. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one shipment with its tracking events.")
final class ShipmentsShowCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The shipment's id (shipments list prints it).")
    String id;

    @Option(names = "--json", description = "Print the shipment (with its events) as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            Shipment s = app.shipping().find(id).orElseThrow(() -> invalid("ID", "shipping.validation.shipmentMissing", id));
            List<TrackingEvent> events = app.shipping().events(s.id());
            String url = ShipmentsCreateCommand.trackingUrl(app, s);
            if (json) {
                JsonOut.print(out(), ShipmentText.Shown.of(s, events, url, app.clock().instant()));
            } else {
                ShipmentText.print(out(), s, events, app.shipping().policy().shopZone(), url);
            }
            return 0;
        }
    }
}
