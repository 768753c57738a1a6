package com.merchantdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc loads SQLite's native library from. Left to itself it unpacks the library from its jar into
 * the temp folder at every start, under a new name, and compares it byte by byte after writing: a few hundred
 * milliseconds of CPU (most of it spent compiling that loop) for every window and every command. Here one
 * unpacked copy per sqlite-jdbc jar is kept in the user's cache folder and sqlite-jdbc is pointed at it. When
 * anything goes wrong, or the installed app has named its own copy already, sqlite-jdbc does as before.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /** Points sqlite-jdbc at the cached copy, unpacking it first if need be; call before the first connection. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            cachedCopy(cacheRoot(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))))
                    .ifPresent(lib -> {
                        System.setProperty(PATH_PROPERTY, lib.getParent().toString());
                        System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
                    });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No cached copy of SQLite's native library; sqlite-jdbc unpacks its own", e);
        }
    }

    /**
     * The library for this system, unpacked under {@code root} in a folder named after the sqlite-jdbc jar (so
     * another version gets its own); empty when the jar has no library for this system.
     */
    static Optional<Path> cachedCopy(Path root) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SqliteNativeLibrary.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        String jar = connection instanceof JarURLConnection j ? Path.of(j.getJarFileURL().getPath()).getFileName().toString()
                : "classes";
        Path lib = root.resolve(jar.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + size).resolve(name);
        if (Files.isRegularFile(lib) && Files.size(lib) == size) {
            return Optional.of(lib);
        }
        Files.createDirectories(lib.getParent());
        // Written aside and moved into place, so a second process never loads a half-written file.
        Path partial = Files.createTempFile(lib.getParent(), name, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return Optional.of(lib);
    }

    /** The per-user cache folder of the platform, for files that can be made again. */
    static Path cacheRoot(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Merchant Desk").resolve("cache").resolve("native");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve("Merchant Desk").resolve("native");
        }
        // As for XDG_DATA_HOME: a relative XDG_CACHE_HOME is invalid and ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("merchant-desk").resolve("native");
    }
}
