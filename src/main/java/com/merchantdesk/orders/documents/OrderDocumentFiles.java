package com.merchantdesk.orders.documents;

import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Invoices and packing slips as files: saved where the seller chooses, or in a temporary folder for viewing. */
public final class OrderDocumentFiles {

    /** Writes a document's PDF to a stream. */
    interface PdfWriter {
        void write(OrderDocument document, OutputStream out) throws IOException;
    }

    private final PdfWriter writer;

    public OrderDocumentFiles() { this(new OrderDocumentRenderer()::render); }

    OrderDocumentFiles(PdfWriter writer) { this.writer = writer; }

    /**
     * Writes the PDF to {@code target}, replacing a file of that name only once the new one is complete,
     * so a failure leaves the old file (or none) and never half a PDF. The file is owner-only (0600 on POSIX
     * systems) from its creation: it carries the customer's name, phone and address.
     */
    public Path save(OrderDocument document, Path target) throws IOException {
        return PrivateFiles.writeWhole(target, out -> writer.write(document, out));
    }

    /**
     * Writes the PDF under its suggested name in a new temporary folder, for opening or printing with the
     * system's viewer (which may keep the file open after this app moves on, so it is not deleted here).
     */
    public Path saveForViewing(OrderDocument document) throws IOException {
        Path folder = Files.createTempDirectory("merchant-desk-documents-");
        return save(document, folder.resolve(document.suggestedFileName()));
    }
}
