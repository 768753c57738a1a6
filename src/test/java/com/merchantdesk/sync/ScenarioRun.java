package com.merchantdesk.sync;

import com.merchantdesk.orders.Shop;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.push.Acknowledgements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of a scenario script: a fresh sandbox and desk in their own folders under {@code root}, with or without
 * the script's faults. {@link #comparedWithFaultFree} runs a script twice, with its faults and then without them
 * (same steps, no fault rule placed, no crash point named), and compares the end states ({@link SyncEndState}).
 * A script places its faults through {@link #fault} or looks at {@link #faulty}; nothing is placed by a delay.
 */
final class ScenarioRun implements AutoCloseable {

    /** A scenario's steps and its own checks; run once with its faults and once without. */
    @FunctionalInterface
    interface Script {
        void run(ScenarioRun run) throws Exception;
    }

    /** True in the run with the faults, false in the fault-free run it is compared with. */
    final boolean faulty;
    final PlatformForTests platform;
    /** Every wait the engines of this run asked for, and how many requests the platform had logged by then. */
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<Long> requestsAtSleep = new CopyOnWriteArrayList<>();
    /** Run by the engines' sleeper before each wait it records: a script may hold the desk there until an event. */
    private volatile Runnable beforeEachWait = () -> { };
    private final Path root;
    /** The desks of this run by folder name ("desk" first), open or closed (null). */
    private final Map<String, Shop> desks = new LinkedHashMap<>();

    ScenarioRun(Path root, boolean faulty) {
        this.root = root;
        this.faulty = faulty;
        this.platform = new PlatformForTests(folder("platform"));
        desks.put("desk", null);
    }

    /**
     * Runs {@code script} with its faults under {@code faultyRoot}, then without them on a fresh sandbox and desk under
     * {@code faultFreeRoot}; each run must end with both sides agreeing, and the two end states must be the same.
     */
    static void comparedWithFaultFree(Path faultyRoot, Path faultFreeRoot, Script script) throws Exception {
        SyncEndState withFault = endOf(faultyRoot, true, script);
        SyncEndState faultFree = endOf(faultFreeRoot, false, script);
        withFault.assertSameAs(faultFree);
    }

    /** Runs {@code script} once (for a scenario that has no fault-free counterpart) and checks that both sides agree. */
    static SyncEndState endOf(Path root, boolean faulty, Script script) throws Exception {
        try (ScenarioRun run = new ScenarioRun(root, faulty)) {
            script.run(run);
            return run.end();
        }
    }

    /** Places {@code rule} in the run with the faults; the fault-free run goes without it. */
    void fault(FaultRule rule) {
        if (faulty) {
            platform.server.faults().add(rule);
        }
    }

    /** Runs {@code hold} each time an engine of this run would wait before trying again (the wait itself is skipped). */
    void beforeEachWait(Runnable hold) { this.beforeEachWait = hold; }

    /** The run's first desk, opened again if the script closed it. */
    Shop desk() { return desk("desk"); }

    /** A second desk of the same account, in its own folder. */
    Shop otherDesk() { return desk("other-desk"); }

    Path deskFolder() { return folder("desk"); }

    Path folderOf(Shop shop) {
        return desks.entrySet().stream().filter(e -> e.getValue() == shop).map(e -> folder(e.getKey())).findFirst().orElseThrow();
    }

    /** Closes the first desk, so a child process or a restore can take its folder; {@link #desk()} opens it again. */
    void closeDesk() {
        Shop open = desks.put("desk", null);
        if (open != null) {
            open.close();
        }
    }

    /** One sync of {@code shop} with the real appliers; waits are recorded and skipped. */
    SyncReport sync(Shop shop) { return sync(shop, new PlatformClient(platform.endpoint()), SyncEngine.Options.once(Duration.ofMinutes(10))); }

    SyncReport sync() { return sync(desk()); }

    SyncReport sync(Shop shop, PlatformClient client, SyncEngine.Options options) {
        return SyncSetup.engine(shop.app.database(), folderOf(shop), client, PulledChanges.standard(), new Acknowledgements(),
                (delay, stop) -> {
                    beforeEachWait.run();
                    sleeps.add(delay);
                    requestsAtSleep.add((long) platform.log.size());
                    return true;
                }, shop.clock, "Desk").run(options);
    }

    /** Both sides as they end, checked to agree with each other. */
    SyncEndState end() throws Exception {
        List<Shop> open = new ArrayList<>();
        for (String name : desks.keySet()) {
            if (name.equals("desk") || desks.get(name) != null) {
                open.add(desk(name));
            }
        }
        return SyncEndState.capture(platform, open.toArray(Shop[]::new)).assertBothSidesAgree();
    }

    private Shop desk(String name) {
        Shop shop = desks.get(name);
        if (shop == null) {
            shop = new Shop(folder(name));
            desks.put(name, shop);
        }
        return shop;
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        desks.values().stream().filter(java.util.Objects::nonNull).forEach(Shop::close);
        platform.close();
    }
}
