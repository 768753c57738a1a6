package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shipments manifest}: the carrier's end-of-day handover list as a PDF. */
@Command(name = "manifest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the end-of-day handover manifest of one carrier as a PDF: the parcels shipped that day",
                "(the shop's time zone) with tracking numbers and weights, totals and signature lines."})
final class ShipmentsManifestCommand extends DataCommand {

    @Option(names = "--carrier", required = true, paramLabel = "CODE", description = "The carrier's code, e.g. HANA.")
    String carrier;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today in the shop's time zone).")
    String date;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            LocalDate day = date == null ? app.clock().instant().atZone(app.shipping().policy().shopZone()).toLocalDate()
                    : OrderArgs.date("--date", date);
            byte[] pdf;
            try {
                pdf = FulfilmentArgs.documents(app).manifest(carrier, day, Messages.locale());
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("carrier", "--carrier"));
            }
            Path written = FulfilmentArgs.write(pdf, out);
            out().println(Messages.get("cli.shipments.manifestWritten", carrier.strip().toUpperCase(java.util.Locale.ROOT),
                    day, written));
            out().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.shipments.pdfFailed", out, e.getMessage()), e);
        }
    }
}
