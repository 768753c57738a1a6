package com.merchantdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the seller for backup files. An interface so tests can answer without a native file dialog. */
public interface FilePicker {

    /** Where to write a new backup; empty when the seller cancelled. */
    Optional<Path> chooseBackupTarget(Window owner, Path folder, String suggestedName);

    /** Which backup to restore; empty when the seller cancelled. */
    Optional<Path> chooseBackupToRestore(Window owner, Path folder);
}
