package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs. */
public final class NativeFilePicker implements FilePicker {

    @Override
    public Optional<Path> chooseBackupTarget(Window owner, Path folder, String suggestedName) {
        FileChooser chooser = chooser(Messages.get("settings.backup.chooseTarget"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Window owner, Path folder) {
        FileChooser chooser = chooser(Messages.get("settings.restore.chooseFile"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("settings.backup.fileType"), "*.db"),
                new FileChooser.ExtensionFilter(Messages.get("settings.backup.allFiles"), "*"));
        return chooser;
    }
}
