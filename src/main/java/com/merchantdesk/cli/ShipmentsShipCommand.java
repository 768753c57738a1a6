package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.fulfilment.BatchShipping;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shipments ship}: the batch flow: one parcel per order with the carrier's next pool numbers, then the paper. */
@Command(name = "ship", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ships each order in one parcel with everything left to ship, taking the carrier's next numbers from",
                "its waybill pool: all orders or none. With --labels, writes one PDF of the labels, the pick list and",
                "the packing slips."})
final class ShipmentsShipCommand extends DataCommand {

    @Option(names = "--order", required = true, arity = "1..*", paramLabel = "ORDER", description = "Orders by id or number (repeatable).")
    List<String> orders;

    @Option(names = "--carrier", required = true, paramLabel = "CODE", description = "The carrier whose pool numbers to use.")
    String carrier;

    @Option(names = "--service", paramLabel = "CODE", description = "The carrier's service (default: its first for each order's zone).")
    String service;

    @Option(names = "--labels", paramLabel = "FILE.pdf", description = "Write the labels, pick list and packing slips to this PDF.")
    Path labels;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "4x6", description = "Label size: 4x6 (inch, default) or a6.")
    String size;

    @Override
    public Integer call() {
        LabelSize labelSize = FulfilmentArgs.size(size);
        try (AppContext app = openApp()) {
            List<Shipment> shipped;
            try {
                shipped = new BatchShipping(app.database(), app.clock(), app.shipping()).ship(orders, carrier, service,
                        ShipmentsCommand.ACTOR);
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("order", "--order", "carrier", "--carrier", "service", "--service"));
            }
            for (Shipment s : shipped) {
                out().println(Messages.get("cli.shipments.shippedOne", s.orderNumber(), s.carrierCode(), s.trackingNumber()));
            }
            if (labels != null) {
                FulfilmentDocuments.Batch batch = FulfilmentArgs.documents(app).batch(shipped, labelSize, Messages.locale(),
                        FulfilmentDocuments.Progress.NONE);
                Path written = FulfilmentArgs.write(batch.pdf(), labels);
                out().println(Messages.get("cli.shipments.batchWritten", batch.pages(), written));
            }
            out().flush();
            FulfilmentArgs.warnLow(spec.commandLine().getErr(), List.of(new WaybillPool(app.database(), app.clock())
                    .status(shipped.get(0).carrierCode())));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.shipments.pdfFailed", labels, e.getMessage()), e);
        }
    }
}
