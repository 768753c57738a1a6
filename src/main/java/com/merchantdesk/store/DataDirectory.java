package com.merchantdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder that holds the database, images, backups and settings. */
public record DataDirectory(Path root) {

    public static final String DATABASE_FILE = "merchant-desk.db";
    private static final String SETTINGS_FILE = "settings.json";
    private static final String LOCK_FILE = ".lock";

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

    /**
     * The live demo's own folder for this one (the seller's default folder): beside it, never inside it, so
     * {@code --demo} leaves the seller's shop alone. {@code merchant-desk} → {@code merchant-desk-demo},
     * {@code Merchant Desk} → {@code Merchant Desk Demo}.
     */
    public DataDirectory demoBeside() {
        String name = root.getFileName() == null ? "merchant-desk" : root.getFileName().toString();
        return new DataDirectory(root.resolveSibling(name + (name.contains(" ") ? " Demo" : "-demo")));
    }

    public Path database() { return root.resolve(DATABASE_FILE); }
    public Path images() { return root.resolve("images"); }
    public Path thumbnails() { return root.resolve("thumbnails"); }
    public Path backups() { return root.resolve("backups"); }
    public Path settingsFile() { return root.resolve(SETTINGS_FILE); }
    public Path lockFile() { return root.resolve(LOCK_FILE); }

    /** Creates the folder and its sub-folders if they do not exist yet, owner-only (see {@link PrivateFiles}). */
    public DataDirectory ensureExists() {
        try {
            PrivateFiles.createDirectories(root);
            PrivateFiles.createDirectories(images());
            PrivateFiles.createDirectories(thumbnails());
            PrivateFiles.createDirectories(backups());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
    }

    /**
     * Closes the folder to other accounts before anything reads or writes in it: creates what is missing
     * ({@link #ensureExists}), then takes group and other permissions off the folder and what Merchant Desk keeps
     * in it (folders and files made by versions that followed the umask) in one walk. Only the app's own entries
     * are walked: the database and its companions, the settings, the lock, images, thumbnails and backups;
     * anything else the seller keeps in a folder given with {@code --data-dir} is left alone (no one else can
     * reach it through the 0700 folder anyway). Files of another account are logged and left. Blocking; on POSIX
     * systems only, see {@link PrivateFiles}.
     */
    public DataDirectory ensurePrivate() {
        ensureExists();
        PrivateFiles.restrictTree(root, this::isOwnEntry);
        return this;
    }

    /**
     * Creates an absent database file empty and owner-only, for SQLite to fill: SQLite would create it with the
     * umask's permissions, and gives its {@code -wal} and {@code -shm} the database file's.
     */
    public DataDirectory ensureDatabaseFile() {
        try {
            PrivateFiles.createEmptyFile(database());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database file " + database(), e);
        }
    }

    private boolean isOwnEntry(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(DATABASE_FILE) || name.startsWith(SETTINGS_FILE) || name.equals(LOCK_FILE)
                || entry.equals(images()) || entry.equals(thumbnails()) || entry.equals(backups());
    }
}
