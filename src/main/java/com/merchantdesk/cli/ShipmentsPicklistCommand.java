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

/** {@code shipments picklist}: the SKUs to pick for the orders, summed, in bin order, as a PDF. */
@Command(name = "picklist", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the pick list of the orders as a PDF: each SKU once with its units summed over the orders,",
                "sorted by bin location then SKU code, with a box to tick. Lines left to ship (all lines of a shipped order)."})
final class ShipmentsPicklistCommand extends DataCommand {

    @Option(names = "--order", required = true, arity = "1..*", paramLabel = "ORDER", description = "Orders by id or number (repeatable).")
    List<String> orders;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            byte[] pdf;
            try {
                pdf = FulfilmentArgs.documents(app).pickList(orders, Messages.locale());
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("order", "--order"));
            }
            Path written = FulfilmentArgs.write(pdf, out);
            out().println(Messages.get("cli.shipments.pickListWritten", orders.size(), written));
            out().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.shipments.pdfFailed", out, e.getMessage()), e);
        }
    }
}
