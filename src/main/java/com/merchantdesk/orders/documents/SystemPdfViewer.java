package com.merchantdesk.orders.documents;

import com.merchantdesk.i18n.Messages;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Opens or prints a saved PDF with what the computer offers, without any JavaFX: the window calls it
 * off the FX thread and shows {@link Result#message(Locale)}. Opening uses the system's PDF viewer;
 * printing uses the system's print action when there is one (Windows, some Linux desktops), else the
 * Java print dialog with the PDF's own pages; with neither, the result says where the file is.
 */
public final class SystemPdfViewer {

    public enum Status { OPENED, PRINTED, CANCELLED, UNSUPPORTED, FAILED }

    /** What happened, with a message for the seller. */
    public record Result(Status status, String messageKey, List<Object> args) {
        public Result {
            args = List.copyOf(args);
        }

        static Result of(Status status, String messageKey, Object... args) { return new Result(status, messageKey, List.of(args)); }

        public boolean succeeded() { return status == Status.OPENED || status == Status.PRINTED; }

        public String message(Locale locale) { return Messages.format(locale, messageKey, args.toArray()); }
    }

    /** The system's "open with" and "print" actions for a file. */
    public interface SystemActions {
        boolean canOpen();

        void open(Path file) throws IOException;

        boolean canPrint();

        void print(Path file) throws IOException;
    }

    /** A print dialog that prints a PDF itself. */
    public interface PrintDialog {
        boolean available();

        /** Shows the dialog and prints; false when the seller cancelled. */
        boolean print(Path pdf) throws IOException, PrinterException;
    }

    private final SystemActions system;
    private final PrintDialog dialog;

    public SystemPdfViewer() { this(new AwtDesktopActions(), new JavaPrintDialog()); }

    public SystemPdfViewer(SystemActions system, PrintDialog dialog) {
        this.system = system;
        this.dialog = dialog;
    }

    public Result open(Path pdf) {
        String name = pdf.toAbsolutePath().toString();
        if (!Files.isRegularFile(pdf)) {
            return Result.of(Status.FAILED, "documents.viewer.missing", name);
        }
        if (!system.canOpen()) {
            return Result.of(Status.UNSUPPORTED, "documents.viewer.openUnsupported", name);
        }
        try {
            system.open(pdf);
            return Result.of(Status.OPENED, "documents.viewer.opened", name);
        } catch (IOException | RuntimeException e) {
            return Result.of(Status.FAILED, "documents.viewer.openFailed", name, reason(e));
        }
    }

    public Result print(Path pdf) {
        String name = pdf.toAbsolutePath().toString();
        if (!Files.isRegularFile(pdf)) {
            return Result.of(Status.FAILED, "documents.viewer.missing", name);
        }
        try {
            if (system.canPrint()) {
                system.print(pdf);
                return Result.of(Status.PRINTED, "documents.viewer.printed", name);
            }
            if (dialog.available()) {
                return dialog.print(pdf)
                        ? Result.of(Status.PRINTED, "documents.viewer.printed", name)
                        : Result.of(Status.CANCELLED, "documents.viewer.printCancelled", name);
            }
            return Result.of(Status.UNSUPPORTED, "documents.viewer.printUnsupported", name);
        } catch (IOException | PrinterException | RuntimeException e) {
            return Result.of(Status.FAILED, "documents.viewer.printFailed", name, reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@link Desktop}, when this platform has it (not on a headless machine). */
    static final class AwtDesktopActions implements SystemActions {
        private static boolean supports(Desktop.Action action) {
            return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(action);
        }

        @Override
        public boolean canOpen() { return supports(Desktop.Action.OPEN); }

        @Override
        public void open(Path file) throws IOException { Desktop.getDesktop().open(file.toFile()); }

        @Override
        public boolean canPrint() { return supports(Desktop.Action.PRINT); }

        @Override
        public void print(Path file) throws IOException { Desktop.getDesktop().print(file.toFile()); }
    }

    /** Java's own print dialog, printing the PDF's pages through PDFBox. */
    static final class JavaPrintDialog implements PrintDialog {
        @Override
        public boolean available() {
            return !GraphicsEnvironment.isHeadless() && PrintServiceLookup.lookupPrintServices(null, null).length > 0;
        }

        @Override
        public boolean print(Path pdf) throws IOException, PrinterException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setJobName(pdf.getFileName().toString());
                job.setPageable(new PDFPageable(document));
                if (!job.printDialog()) {
                    return false;
                }
                job.print();
                return true;
            }
        }
    }
}
