package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.documents.DocumentKind;
import com.merchantdesk.orders.documents.OrderDocumentFiles;
import com.merchantdesk.orders.documents.OrderDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orders invoice}: the order's invoice (or packing slip) as a PDF, made offline. */
@Command(name = "invoice", mixinStandardHelpOptions = true,
        description = {"Writes the order's invoice as a PDF (shop name and address from Settings).",
                "Korean and Chinese text print with the embedded font; no network is needed."})
final class OrdersInvoiceCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ORDER", description = "The order's id or number.")
    String order;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Option(names = "--packing-slip", description = "Write the packing slip (no prices) instead of the invoice.")
    boolean packingSlip;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            Order found = OrderArgs.order(app, order);
            DocumentKind kind = packingSlip ? DocumentKind.PACKING_SLIP : DocumentKind.INVOICE;
            var document = OrderDocuments.of(found, kind, app.settings().load(), Messages.locale(), ZoneId.systemDefault());
            Path written = new OrderDocumentFiles().save(document, out);
            out().println(Messages.get("cli.orders.invoiceWritten", found.number(), written));
            out().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.orders.invoiceFailed", out, e.getMessage()), e);
        }
    }
}
