package com.merchantdesk.shipping.documents;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Printing a PDF through Java Print Service: straight to a named printer (batches, no dialog), or through the
 * system's print dialog. Each page prints at its own size (a 4 x 6 in label on the label printer). Blocking.
 */
public class DocumentPrinter {

    /** The printers this computer knows, by name. */
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted().toList();
    }

    /** Prints to the named printer without a dialog; refuses (field {@code printer}) a printer that is not there. */
    public void print(byte[] pdf, String printerName, String jobName) throws IOException {
        PrintService service = service(printerName);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(service);
            job.setPageable(new PDFPageable(document));
            job.print();
        } catch (PrinterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Shows the system's print dialog (on the calling thread, which must not be the JavaFX thread) and prints if
     * the seller confirms; returns the printer chosen, or empty when cancelled.
     */
    public Optional<String> printWithDialog(byte[] pdf, String jobName) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return Optional.empty();
            }
            job.print();
            return Optional.ofNullable(job.getPrintService()).map(PrintService::getName);
        } catch (PrinterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The named printer; a clear refusal naming the printers there are. */
    PrintService service(String printerName) {
        String wanted = printerName == null ? "" : printerName.strip();
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException(services.length == 0
                        ? FieldError.of("printer", "shipping.print.noPrinters", wanted)
                        : FieldError.of("printer", "shipping.print.unknownPrinter", wanted,
                                String.join(", ", printers()))));
    }
}
