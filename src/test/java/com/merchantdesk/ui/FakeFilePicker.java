package com.merchantdesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers file dialogs with preset files, since native dialogs cannot be driven headless. */
final class FakeFilePicker implements FilePicker {

    volatile Path backupTarget;
    volatile Path backupToRestore;

    @Override
    public Optional<Path> chooseBackupTarget(Window owner, Path folder, String suggestedName) {
        return Optional.ofNullable(backupTarget);
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Window owner, Path folder) {
        return Optional.ofNullable(backupToRestore);
    }
}
