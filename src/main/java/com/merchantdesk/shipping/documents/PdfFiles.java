package com.merchantdesk.shipping.documents;

import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Saving fulfilment PDFs: the whole file or none (written beside the target, then moved over it), owner-only from
 * the start, as labels carry customers' names and addresses.
 */
public final class PdfFiles {

    private PdfFiles() {}

    public static Path save(byte[] pdf, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        PrivateFiles.createDirectories(folder);
        Path partial = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = PrivateFiles.newOutputStream(partial)) {
                out.write(pdf);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return absolute;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
