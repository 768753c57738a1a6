package com.merchantdesk.orders.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The TrueType files inside the app (see {@code docs/documents.md}): read from the jar, never from the
 * system, so an invoice looks the same on every computer and needs no network. Read once, on first use.
 */
enum ShippedFonts {
    /** Latin, Greek, Cyrillic, digits and currency signs (₩, ¥, €). */
    LATIN("/fonts/DejaVuSans.ttf"),
    LATIN_BOLD("/fonts/DejaVuSans-Bold.ttf"),
    /** Hangul syllables and CJK ideographs; it has no Latin letters, so it only fills in after LATIN. */
    CJK("/fonts/DroidSansFallback.ttf");

    private final String resource;
    private volatile byte[] bytes;

    ShippedFonts(String resource) { this.resource = resource; }

    String resource() { return resource; }

    /** The font file; shared, so callers must not change it. */
    byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            synchronized (this) {
                loaded = bytes;
                if (loaded == null) {
                    loaded = read();
                    bytes = loaded;
                }
            }
        }
        return loaded;
    }

    private byte[] read() {
        try (InputStream in = ShippedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + resource, e);
        }
    }
}
