package com.merchantdesk.cli;

import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.connection.TokenStores;
import com.merchantdesk.sync.demo.LiveDemoPlatform;
import com.merchantdesk.ui.startup.DemoPlatform;
import com.merchantdesk.ui.startup.DesktopLauncher;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The arguments that open the window: none, {@code --data-dir DIR} (or {@code --data-dir=DIR}) and
 * {@code --demo}. Read without picocli on purpose: building picocli's model of every command costs a few
 * hundred milliseconds of start-up that the window does not need. Anything else (a command, {@code --help},
 * a mistake) is left to picocli, which explains it.
 *
 * <p>{@code --demo} opens a demo folder that syncs live with an embedded sandbox platform ({@link LiveDemoPlatform}):
 * without {@code --data-dir} the demo's own folder beside the seller's default one ({@link DataDirectory#demoBeside}),
 * never the default folder itself; with {@code --data-dir DIR}, DIR (scripts and tests choose their folder).
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
        DesktopLauncher.launch(folder(DataDirectory::platformDefault), demo, demo ? livePlatform() : null);
    }

    /**
     * The folder the window opens: {@code --data-dir}'s; else for {@code --demo} the demo folder beside the seller's
     * default folder (which is not touched), else the default folder.
     */
    public DataDirectory folder(Supplier<DataDirectory> sellersDefault) {
        if (dataDir != null) {
            return new DataDirectory(dataDir);
        }
        return demo ? sellersDefault.get().demoBeside() : sellersDefault.get();
    }

    /**
     * The platform {@code --demo} syncs with: the embedded sandbox in the demo folder, for a new folder or one it
     * served before; a folder with a shop or platform of its own gets none (and is opened as it is).
     */
    public static DemoPlatform livePlatform() {
        return (app, address, progress) -> {
            DataDirectory dir = app.dataDirectory();
            if (!LiveDemoPlatform.suits(dir, app.database(), app.catalogIsEmpty(), address)) {
                return Optional.empty();
            }
            LiveDemoPlatform platform = LiveDemoPlatform.start(dir, TokenStores.forDataFolder(dir), app.clock(),
                    ZoneId.systemDefault(), progress);
            return Optional.of(new DemoPlatform.Running() {
                @Override
                public String address() { return platform.address(); }

                @Override
                public void close() { platform.close(); }
            });
        };
    }
}
