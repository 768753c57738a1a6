package com.merchantdesk.sales.view;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save an export; tests answer without a native dialog. */
public interface SaveLocation {

    /** @return the chosen file, or empty when the seller cancelled */
    Optional<Path> choose(Window owner, String suggestedFileName, String extension);
}
