package com.merchantdesk.catalog.view;

import com.merchantdesk.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs; the next dialog opens in the folder the seller used last. */
final class NativeCsvFilePicker implements CsvFilePicker {

    private Path lastFolder = Path.of(System.getProperty("user.home", "."));

    @Override
    public Optional<Path> chooseImportFile(Window owner) {
        return remember(Optional.ofNullable(chooser("products.csv.chooseImport").showOpenDialog(owner)));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName) {
        FileChooser chooser = chooser("products.csv.chooseExport");
        chooser.setInitialFileName(suggestedName);
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner)));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("products.csv.fileType"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.get("products.csv.allFiles"), "*"));
        return chooser;
    }

    private Optional<Path> remember(Optional<File> chosen) {
        Optional<Path> path = chosen.map(File::toPath);
        path.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return path;
    }
}
