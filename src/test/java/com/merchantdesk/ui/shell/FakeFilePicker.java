package com.merchantdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers file dialogs with preset files, since native dialogs cannot be driven headless. */
public final class FakeFilePicker implements FilePicker {

    public volatile Path backupTarget;
    public volatile Path backupToRestore;

    @Override
    public Optional<Path> chooseBackupTarget(Window owner, Path folder, String suggestedName) {
        return Optional.ofNullable(backupTarget);
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Window owner, Path folder) {
        return Optional.ofNullable(backupToRestore);
    }
}
