package com.merchantdesk.sync.connection;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the token's encryption key is kept: the user's configuration folder, never the data folder. Linux
 * {@code $XDG_CONFIG_HOME/merchant-desk} (default {@code ~/.config/merchant-desk}), macOS
 * {@code ~/Library/Application Support/Merchant Desk Keys}, Windows {@code %LOCALAPPDATA%\Merchant Desk} (the data
 * folder is under the roaming {@code %APPDATA%}). The system property {@value #PROPERTY} overrides it, so tests
 * never touch the real home.
 */
public final class KeyFolder {

    public static final String PROPERTY = "merchantdesk.configDir";

    private KeyFolder() {}

    public static Path current() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath().normalize();
        }
        return defaultPath(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultPath(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Merchant Desk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Merchant Desk Keys");
        }
        // As for XDG_DATA_HOME: a relative XDG_CONFIG_HOME is invalid and ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("merchant-desk");
    }
}
