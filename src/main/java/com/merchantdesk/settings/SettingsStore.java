package com.merchantdesk.settings;

import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads and writes {@code settings.json}; a write goes to a temporary file first and is moved into place. */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path file) { this.file = file; }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SettingsJson.read(in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "Settings file unreadable, using defaults: " + file + ": " + e.getMessage());
            return Settings.defaults();
        }
    }

    /**
     * Writes the whole file durably to a temporary file, then moves it over the old one in one step. The temporary
     * file is owner-only from its creation (see {@link PrivateFiles}), so the settings never pass through a file
     * other accounts could read.
     */
    public synchronized void save(Settings settings) {
        try {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            ByteBuffer json = ByteBuffer.wrap(SettingsJson.write(settings));
            // A temporary file left by a crash keeps its old permissions: made anew instead of truncated.
            Files.deleteIfExists(temp);
            try (FileChannel out = PrivateFiles.createNew(temp)) {
                while (json.hasRemaining()) {
                    out.write(json);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
