package com.merchantdesk.orders.view;

import com.merchantdesk.orders.documents.SystemPdfViewer;
import java.nio.file.Path;

/** Opens or prints a PDF; called off the FX thread. The tests replace the system's viewer with a stub. */
interface DocumentViewer {

    SystemPdfViewer.Result open(Path pdf);

    SystemPdfViewer.Result print(Path pdf);

    /** The computer's own PDF viewer and printing. */
    static DocumentViewer system() {
        SystemPdfViewer viewer = new SystemPdfViewer();
        return new DocumentViewer() {
            @Override
            public SystemPdfViewer.Result open(Path pdf) { return viewer.open(pdf); }

            @Override
            public SystemPdfViewer.Result print(Path pdf) { return viewer.print(pdf); }
        };
    }
}
