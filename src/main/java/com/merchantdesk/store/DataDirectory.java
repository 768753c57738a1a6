package com.merchantdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder that holds the database, images, backups and settings. */
public record DataDirectory(Path root) {

    public static final String DATABASE_FILE = "merchant-desk.db";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The platform's conventional location, used when no {@code --data-dir} is given. */
    public static DataDirectory platformDefault() {
        return new DataDirectory(defaultPath(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultPath(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Merchant Desk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Merchant Desk");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("merchant-desk");
    }

    public Path database() { return root.resolve(DATABASE_FILE); }
    public Path images() { return root.resolve("images"); }
    public Path thumbnails() { return root.resolve("thumbnails"); }
    public Path backups() { return root.resolve("backups"); }
    public Path settingsFile() { return root.resolve("settings.json"); }
    public Path lockFile() { return root.resolve(".lock"); }

    /** Creates the folder and its sub-folders if they do not exist yet. */
    public DataDirectory ensureExists() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(images());
            Files.createDirectories(thumbnails());
            Files.createDirectories(backups());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
    }
}
