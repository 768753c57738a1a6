package com.merchantdesk.sync;

import com.merchantdesk.sync.client.PlatformEndpoint;
import com.merchantdesk.store.CrashPoints;
import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Run in a child JVM by {@link SyncCrashTest}: syncs the data folder {@code args[0]} with the platform at
 * {@code args[1]} (token {@code args[2]}) and dies at the named point {@code args[3]} ({@link CrashPoints}), printing
 * {@code CRASHED AT …} first; reaching {@code NOT CRASHED} means the point was never reached. With
 * {@code take-order SKU} after them it takes an order of that SKU before it syncs.
 */
public final class SyncCrashProbe {

    private SyncCrashProbe() {}

    public static void main(String[] args) {
        System.setProperty(CrashPoints.PROPERTY, args[3]);
        try (AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC())) {
            PlatformEndpoint endpoint = new PlatformEndpoint(URI.create(args[1]), HttpClient.newHttpClient(), () -> args[2]);
            if (args.length > 5 && args[4].equals("take-order")) {
                // The seller takes an order first (three of the SKU args[5], paid), then the desk syncs.
                app.orders().create(com.merchantdesk.orders.Shop.paid(com.merchantdesk.orders.Shop.draft(args[5], 3)));
                System.out.println("ORDER TAKEN");
            }
            SyncEngine engine = SyncSetup.engine(app.database(), Path.of(args[0]), endpoint, Clock.systemUTC(), "Crash desk");
            SyncReport report = engine.run(SyncEngine.Options.once(Duration.ofMinutes(5)));
            System.out.println("NOT CRASHED " + report.outcome() + " " + report.message());
        }
        System.out.flush();
        System.exit(0);
    }
}
