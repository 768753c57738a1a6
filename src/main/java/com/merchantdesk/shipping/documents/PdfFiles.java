package com.merchantdesk.shipping.documents;

import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Saving fulfilment PDFs: the whole file or none (written beside the target, then moved over it), owner-only from
 * the start, as labels carry customers' names and addresses.
 */
public final class PdfFiles {

    private PdfFiles() {}

    public static Path save(byte[] pdf, Path target) throws IOException {
        return PrivateFiles.writeWhole(target, out -> out.write(pdf));
    }
}
