package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.sync.connection.KeyFolder;
import com.merchantdesk.sync.connection.TokenStores;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real sandbox platform on loopback for a test of the app's window that syncs with it, as the window finds a
 * platform: its address in the data folder's settings.json, the token in the folder's token store (a file under the
 * test's own key folder; the OS keyring is left alone). English texts. Closing it stops the server and puts the
 * system properties and TestFX's exception check back.
 */
final class WindowPlatform implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    final SandboxServer server;
    private final String token;

    private WindowPlatform(SandboxServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /**
     * Starts the platform of seller "alpha" with {@code token}, its store filled by {@code seed}; {@code requests}
     * hears each request's log line just before its answer goes out.
     */
    static WindowPlatform start(Path temp, String token, Consumer<Database> seed, Consumer<String> requests) {
        // As the other window tests: a window an earlier FX test class left ticking must not fail this one.
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = false;
        Messages.setLocale(Locale.ENGLISH);
        System.setProperty(KeyFolder.PROPERTY, temp.resolve("config").toString());
        System.setProperty("merchantdesk.keyring", "off");
        Database db = SandboxDatabase.open(temp.resolve("platform"));
        db.write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), token, "test", START));
        seed.accept(db);
        SandboxServer server = SandboxServer.start(SandboxOptions.loopback(new SettableClock(START))
                .withRate(1_000_000, 1_000_000), db, requests::accept, "admin-token-0123456789");
        return new WindowPlatform(server, token);
    }

    /** Points the desk's data folder at this platform, working offline or not; answers its settings. */
    SettingsStore connect(DataDirectory dir, boolean workOffline) {
        SettingsStore settings = new SettingsStore(dir.settingsFile());
        settings.save(settings.load().withPlatform(settings.load().platform().withAddress(server.baseUri().toString())
                .withWorkOffline(workOffline)));
        TokenStores.forDataFolder(dir).save(token);
        return settings;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            System.clearProperty(KeyFolder.PROPERTY);
            System.clearProperty("merchantdesk.keyring");
            WaitForAsyncUtils.autoCheckException = true;
        }
    }
}
