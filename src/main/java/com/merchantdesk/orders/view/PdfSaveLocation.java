package com.merchantdesk.orders.view;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save an order's PDF; the tests answer without a native dialog. */
interface PdfSaveLocation {

    /** @return the chosen file, or empty when the seller cancelled */
    Optional<Path> choose(Window owner, String title, String suggestedFileName);
}
