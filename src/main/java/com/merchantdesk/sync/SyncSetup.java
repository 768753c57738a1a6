package com.merchantdesk.sync;

import com.merchantdesk.store.Database;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.pull.ParkedRecords;
import com.merchantdesk.sync.pull.Puller;
import com.merchantdesk.sync.push.Acknowledgements;
import com.merchantdesk.sync.push.Pusher;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Puts an engine together for a data folder and a platform endpoint. */
public final class SyncSetup {

    private SyncSetup() {}

    public static SyncEngine engine(Database db, Path dataFolder, PlatformEndpoint endpoint, Clock clock, String deskName) {
        return engine(db, dataFolder, new PlatformClient(endpoint), PulledChanges.standard(), new Acknowledgements(),
                Sleeper.REAL, clock, deskName);
    }

    public static SyncEngine engine(Database db, Path dataFolder, PlatformClient client, PulledChanges appliers,
                                    Acknowledgements acknowledgements, Sleeper sleeper, Clock clock, String deskName) {
        Pusher pusher = new Pusher(db, client, acknowledgements, new Backoff(ThreadLocalRandom.current()), clock);
        Puller puller = new Puller(db, client, new ParkedRecords(appliers), clock);
        return new SyncEngine(db, dataFolder, client, pusher, puller, sleeper, clock, deskName);
    }

    /**
     * An endpoint for an address given on the command line: plain HTTP only to this machine (loopback), else HTTPS
     * with the system's certificate checks (brief: the token never travels in clear over a network).
     */
    public static PlatformEndpoint endpoint(URI address, Supplier<String> token) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(address.getHost()))) {
            throw new IllegalArgumentException("The platform address " + address
                    + " must be https:// (plain http:// is allowed only for this machine, e.g. http://127.0.0.1:8780)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).version(HttpClient.Version.HTTP_1_1).build();
        return new PlatformEndpoint(address, http, token);
    }

    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.startsWith("127.");
    }
}
