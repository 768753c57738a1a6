package com.merchantdesk.sync;

import com.merchantdesk.store.Database;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.pull.Puller;
import com.merchantdesk.sync.push.Acknowledgements;
import com.merchantdesk.sync.push.Pusher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

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
        Puller puller = new Puller(db, client, appliers, clock);
        return new SyncEngine(db, dataFolder, client, pusher, puller, sleeper, clock, deskName);
    }
}
