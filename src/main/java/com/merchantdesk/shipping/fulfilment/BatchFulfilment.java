package com.merchantdesk.shipping.fulfilment;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.documents.DocumentPrinter;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.FulfilmentPdf;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.PdfFiles;
import com.merchantdesk.shipping.documents.PrintedDocument;
import com.merchantdesk.shipping.documents.PrinterChoices;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "Ship selected" from start to paper: checks the printers, ships the orders with pool numbers (all or none), makes
 * one PDF of labels, pick list and packing slips, saves it, and prints each kind on its printer (remembered for
 * next time). Blocking: run off the JavaFX thread; the listener hears each step.
 */
public final class BatchFulfilment {

    /**
     * @param pdf      where the PDF is saved (always)
     * @param printers the printer for each kind to print straight away; a kind left out is not printed
     * @param dialog   print the whole PDF through the system's print dialog instead
     */
    public record Request(List<String> orders, String carrierCode, LabelSize size, Locale locale, Path pdf,
                          Map<PrintedDocument, String> printers, boolean dialog) {
        public Request {
            orders = List.copyOf(orders);
            printers = Map.copyOf(printers);
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(locale, "locale");
        }
    }

    /** @param printFailure why printing failed after the parcels were recorded and the PDF saved; empty when it did not */
    public record Result(List<Shipment> shipped, Path saved, int pages, List<PrintedDocument> printed, PoolStatus pool,
                         String printFailure) {}

    /** Hears each step: a message key of the step, and how far the whole job is. */
    @FunctionalInterface
    public interface Listener {
        void step(String messageKey, long done, long total);
    }

    private final BatchShipping shipping;
    private final FulfilmentDocuments documents;
    private final WaybillPool pool;
    private final DocumentPrinter printer;
    private final PrinterChoices choices;

    public BatchFulfilment(BatchShipping shipping, FulfilmentDocuments documents, WaybillPool pool, DocumentPrinter printer,
                           PrinterChoices choices) {
        this.shipping = shipping;
        this.documents = documents;
        this.pool = pool;
        this.printer = printer;
        this.choices = choices;
    }

    public Result run(Request request, String actor, Listener listener) throws IOException {
        checkBeforeShipping(request);
        long total = 4 + request.orders().size() + request.printers().size();
        listener.step("shipping.batch.step.shipping", 0, total);
        List<Shipment> shipped = shipping.ship(request.orders(), request.carrierCode(), "", actor);
        listener.step("shipping.batch.step.documents", 1, total);
        FulfilmentDocuments.Batch batch = documents.batch(shipped, request.size(), request.locale(),
                (done, steps) -> listener.step("shipping.batch.step.documents", 1 + done, total));
        listener.step("shipping.batch.step.saving", total - 2 - request.printers().size(), total);
        Path saved = PdfFiles.save(batch.pdf(), request.pdf());
        List<PrintedDocument> printed = new ArrayList<>();
        String failure = "";
        try {
            printed.addAll(print(request, batch, listener, total));
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        listener.step("shipping.batch.step.done", total, total);
        return new Result(shipped, saved, batch.pages(), printed, pool.status(request.carrierCode()), failure);
    }

    /** Refusals that must come before anything is written: no file to save to, a printer that is not there. */
    private void checkBeforeShipping(Request request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.pdf() == null || request.pdf().getFileName() == null || request.pdf().toString().isBlank()) {
            errors.add(FieldError.of("pdf", "shipping.batch.pdfRequired"));
        }
        List<String> known = request.printers().isEmpty() ? List.of() : printer.printers();
        for (Map.Entry<PrintedDocument, String> e : request.printers().entrySet()) {
            boolean there = known.stream().anyMatch(p -> p.equalsIgnoreCase(e.getValue().strip()));
            if (!there) {
                errors.add(known.isEmpty() ? FieldError.of("printer", "shipping.print.noPrinters", e.getValue())
                        : FieldError.of("printer", "shipping.print.unknownPrinter", e.getValue(), String.join(", ", known)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<PrintedDocument> print(Request request, FulfilmentDocuments.Batch batch, Listener listener, long total)
            throws IOException {
        List<PrintedDocument> printed = new ArrayList<>();
        if (request.dialog()) {
            printer.printWithDialog(batch.pdf(), request.pdf().getFileName().toString());
            return printed;
        }
        Map<PrintedDocument, byte[]> parts = FulfilmentPdf.split(batch.pdf(), batch.parts());
        long step = total - request.printers().size() - 1;
        for (PrintedDocument kind : PrintedDocument.values()) {
            String name = request.printers().get(kind);
            if (name == null || !parts.containsKey(kind)) {
                continue;
            }
            listener.step("shipping.batch.step.printing", step++, total);
            printer.print(parts.get(kind), name, request.pdf().getFileName() + " " + kind.key());
            choices.remember(kind, name);
            printed.add(kind);
        }
        return printed;
    }
}
