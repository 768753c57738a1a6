package com.merchantdesk.sales.view;

import com.merchantdesk.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog; the next one opens in the folder the seller used last. */
final class NativeSaveLocation implements SaveLocation {

    private Path lastFolder = Path.of(System.getProperty("user.home", "."));

    @Override
    public Optional<Path> choose(Window owner, String suggestedFileName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("sales.view.export.title"));
        chooser.setInitialFileName(suggestedFileName);
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension, "*." + extension.toUpperCase(Locale.ROOT)));
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return chosen;
    }
}
