package com.merchantdesk.cli;

import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.startup.DesktopLauncher;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments that open the window: none, {@code --data-dir DIR} (or {@code --data-dir=DIR}) and
 * {@code --demo}. Read without picocli on purpose: building picocli's model of every command costs a few
 * hundred milliseconds of start-up that the window does not need. Anything else (a command, {@code --help},
 * a mistake) is left to picocli, which explains it.
 *
 * @param dataDir the folder given with {@code --data-dir}, or null for the platform's default
 */
public record WindowArguments(Path dataDir, boolean demo) {

    private static final String DATA_DIR = "--data-dir";
    private static final String DEMO = "--demo";

    /** The window's arguments, or empty when {@code args} are anything else. */
    public static Optional<WindowArguments> parse(String[] args) {
        String dataDir = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(DEMO) && !demo) {
                demo = true;
            } else if (arg.equals(DATA_DIR) && dataDir == null && i + 1 < args.length) {
                dataDir = args[++i];
            } else if (arg.startsWith(DATA_DIR + "=") && dataDir == null) {
                dataDir = arg.substring(DATA_DIR.length() + 1);
            } else {
                return Optional.empty();
            }
        }
        if (dataDir == null) {
            return Optional.of(new WindowArguments(null, demo));
        }
        if (dataDir.isBlank() || dataDir.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowArguments(Path.of(dataDir), demo));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Opens the window; returns once the window has closed. */
    public void open() {
        DesktopLauncher.launch(dataDir == null ? DataDirectory.platformDefault() : new DataDirectory(dataDir), demo);
    }
}
