package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.PdfFiles;
import com.merchantdesk.shipping.pool.PoolStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the fulfilment commands share: option names in refusals, the label size, writing a PDF, the low-pool warning. */
final class FulfilmentArgs {

    private FulfilmentArgs() {}

    /** The services name fields after their inputs; on the command line they are options. */
    static ValidationException renamed(ValidationException e, Map<String, String> options) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError err : e.errors()) {
            String field = options.getOrDefault(err.field(), err.field());
            if (err.field().startsWith("line ") && options.containsKey("FILE")) {
                field = options.get("FILE") + " " + err.field();
            }
            errors.add(new FieldError(field, err.messageKey(), err.args()));
        }
        return new ValidationException(errors);
    }

    static LabelSize size(String text) {
        return LabelSize.of(text).orElseThrow(() -> DataCommand.invalid("--size", "cli.shipments.labelSize", text));
    }

    static FulfilmentDocuments documents(AppContext app) {
        return new FulfilmentDocuments(app.database(), app.shipping(), app.settings()::load, app.clock());
    }

    /** Writes the PDF (whole or not at all) and says where; a disk failure is exit code 1 with the reason. */
    static Path write(byte[] pdf, Path out) {
        try {
            return PdfFiles.save(pdf, out);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("cli.shipments.pdfFailed", out, e.getMessage()), e);
        }
    }

    /** One line on stderr for each carrier whose pool runs low. */
    static void warnLow(PrintWriter err, List<PoolStatus> pools) {
        for (PoolStatus p : pools) {
            if (p.low()) {
                err.println(Messages.get("cli.shipments.poolLow", p.carrierName(), p.free(), p.carrierCode()));
            }
        }
        err.flush();
    }
}
