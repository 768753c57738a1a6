package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog; the next one opens in the folder the seller used last. */
final class NativePdfSaveLocation implements PdfSaveLocation {

    private Path lastFolder = Path.of(System.getProperty("user.home", "."));

    @Override
    public Optional<Path> choose(Window owner, String title, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedFileName);
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("orders.documents.fileType"), "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter(Messages.get("orders.documents.allFiles"), "*"));
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return chosen;
    }
}
