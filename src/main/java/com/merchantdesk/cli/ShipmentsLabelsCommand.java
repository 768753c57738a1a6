package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shipments labels}: every parcel's label of the orders, one a page, as a PDF. */
@Command(name = "labels", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the shipping labels of the orders' parcels as one PDF, one label a page (4x6 in or A6):",
                "sender, recipient, carrier and service, tracking number as Code 128 and QR, weight, parcel count.",
                "Parcels going abroad get a CN22 customs declaration after their label. No network is needed."})
final class ShipmentsLabelsCommand extends DataCommand {

    @Option(names = "--order", required = true, arity = "1..*", paramLabel = "ORDER", description = "Orders by id or number (repeatable).")
    List<String> orders;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "4x6", description = "4x6 (inch, default) or a6.")
    String size;

    @Override
    public Integer call() {
        var labelSize = FulfilmentArgs.size(size);
        try (AppContext app = openApp()) {
            byte[] pdf;
            try {
                pdf = FulfilmentArgs.documents(app).labels(orders, labelSize, Messages.locale());
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("order", "--order"));
            }
            Path written = FulfilmentArgs.write(pdf, out);
            out().println(Messages.get("cli.shipments.labelsWritten", orders.size(), written));
            out().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.shipments.pdfFailed", out, e.getMessage()), e);
        }
    }
}
