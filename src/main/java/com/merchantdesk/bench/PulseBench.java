package com.merchantdesk.bench;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.connection.PlatformAddress;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.sync.connection.TokenSource;
import com.merchantdesk.sync.view.SyncPulseProbe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The window while a first sync runs (issue 14: FX pulse gaps p99 ≤ 100 ms, max ≤ 500 ms): a sandbox account of N
 * orders ({@link BenchPlatform}) served on loopback, and the app started as a child JVM on a fresh data folder
 * connected to it (the address in its settings, the token in {@code MERCHANT_DESK_TOKEN}): the real window, its
 * status bar and its own sync runner. {@link SyncPulseProbe} in the child takes the gaps between pulses while a
 * square spins: the idle window first, then the runner's first sync until its usable part is done, then up to
 * {@link #HISTORY_SECONDS} of the older history. Needs a display (Xvfb) or Monocle's headless glass in the child.
 */
public final class PulseBench {

    public static final double P99_BUDGET_MS = 100;
    public static final double MAX_BUDGET_MS = 500;
    public static final int HISTORY_SECONDS = 30;
    static final String SOFTWARE_PIPELINE = "-Dprism.order=sw";

    /**
     * @param sync         the usable part's and the history's gaps together: what the budget is about
     * @param pipeline     the Prism pipeline the child rendered with (its class, e.g. {@code ...SWPipeline})
     * @param usablePulled records (catalogue, stock, orders, parcels...) the usable part pulled
     * @param outcome      how the run ended, or "still running" when the history was cut off after its stretch
     * @param fxCpuIdleSeconds CPU time of the FX thread in the idle stretch (and likewise in the usable part, the history)
     */
    public record Result(int orders, String pipeline, List<String> childJvmOptions, PulseGaps idle, PulseGaps usable,
                         PulseGaps history, PulseGaps sync, double usableSeconds, double historySeconds, long usablePulled, long pulled,
                         boolean runEnded, String outcome, double fxCpuIdleSeconds, double fxCpuUsableSeconds,
                         double fxCpuHistorySeconds) {
        /** The p99 of the usable part over the idle window's. */
        public double p99Ratio() { return idle.p99Ms() == 0 ? 0 : usable.p99Ms() / idle.p99Ms(); }

    }

    private final Path folder;
    private final List<String> childJvmOptions;
    private final Consumer<String> progress;

    /** {@code childJvmOptions}: given to the app's JVM; without a {@code -Dprism.order}, the software pipeline is asked for. */
    public PulseBench(Path folder, List<String> childJvmOptions, Consumer<String> progress) {
        this.folder = folder;
        this.childJvmOptions = withPipeline(childJvmOptions);
        this.progress = progress;
    }

    /** Whether the child's JVM options run it on Monocle's headless glass, which needs no display. */
    public static boolean headless(List<String> childJvmOptions) {
        return childJvmOptions.stream().anyMatch(o -> o.equals("-Dglass.platform=Monocle"));
    }

    static List<String> withPipeline(List<String> options) {
        List<String> all = new ArrayList<>(options);
        if (all.stream().noneMatch(o -> o.startsWith("-Dprism.order="))) {
            all.add(SOFTWARE_PIPELINE);
        }
        return List.copyOf(all);
    }

    public Result run(int orders, int idleSeconds) throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        try (BenchPlatform platform = BenchPlatform.seed(folder.resolve("platform"), orders,
                Money.currency(Settings.defaults().currency()), clock, progress);
             SandboxServer server = platform.serve()) {
            DataDirectory desk = new DataDirectory(folder.resolve("desk"));
            String address = PlatformAddress.parse(server.baseUri().toString()).key();
            PreferencesAccess.of(new SettingsStore(desk.settingsFile())).update(p -> p.withAddress(address));
            say("  the app (%s) on a fresh data folder connected to %s: %d s idle, then its first sync",
                    String.join(" ", childJvmOptions), address, idleSeconds);
            Map<String, String> lines = runApp(desk, idleSeconds, orders);
            return result(orders, lines);
        }
    }

    private Result result(int orders, Map<String, String> lines) {
        Map<String, String> sync = fields(lines.getOrDefault("sync", ""));
        List<Double> usable = gaps(lines.get("gaps usable"));
        List<Double> history = gaps(lines.get("gaps history"));
        List<Double> both = new ArrayList<>(usable);
        both.addAll(history);
        return new Result(orders, lines.getOrDefault("pipeline", "?"), childJvmOptions,
                PulseGaps.of("idle window", gaps(lines.get("gaps idle"))),
                PulseGaps.of("first sync, usable part", usable),
                PulseGaps.of("first sync, history (up to " + HISTORY_SECONDS + " s)", history),
                PulseGaps.of("first sync, both", both),
                Double.parseDouble(sync.getOrDefault("usableMs", "0")) / 1000,
                Double.parseDouble(sync.getOrDefault("historyMs", "0")) / 1000,
                Long.parseLong(sync.getOrDefault("usablePulled", "0")), Long.parseLong(sync.getOrDefault("pulled", "0")),
                Boolean.parseBoolean(sync.getOrDefault("runEnded", "false")), sync.getOrDefault("outcome", "?"),
                Double.parseDouble(sync.getOrDefault("fxCpuIdleMs", "0")) / 1000,
                Double.parseDouble(sync.getOrDefault("fxCpuUsableMs", "0")) / 1000,
                Double.parseDouble(sync.getOrDefault("fxCpuHistoryMs", "0")) / 1000);
    }

    /** Runs the app until its probe has printed its figures; gives them by name ("gaps idle", "sync", ...). */
    private Map<String, String> runApp(DataDirectory desk, int idleSeconds, int orders) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(childJvmOptions);
        command.add("-D" + SyncPulseProbe.IDLE_SECONDS_PROPERTY + "=" + idleSeconds);
        command.add("-D" + SyncPulseProbe.HISTORY_SECONDS_PROPERTY + "=" + HISTORY_SECONDS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("com.merchantdesk.Main");
        command.add("--data-dir");
        command.add(desk.root().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(TokenSource.ENVIRONMENT, BenchPlatform.TOKEN);
        // A usable part at a few hundred orders a second, with room to spare: a child past it is stuck, not slow.
        long timeoutSeconds = 600 + idleSeconds + HISTORY_SECONDS + orders / 100;
        Process process = builder.start();
        Map<String, String> found = new HashMap<>();
        Deque<String> recent = new ArrayDeque<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pulse-bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf(SyncPulseProbe.MARKER);
                if (at < 0) {
                    if (recent.size() == 40) {
                        recent.removeFirst();
                    }
                    recent.addLast(line);
                    continue;
                }
                String rest = line.substring(at + SyncPulseProbe.MARKER.length());
                if (rest.startsWith("longest ")) {
                    say("  %s", rest);
                } else if (rest.startsWith("stall ")) {
                    say("  FX thread and renderer, samples while no pulse came for 100 ms: %s", rest.substring("stall ".length()));
                } else {
                    // Named by its first word ("sync", "pipeline", "end"), gaps by two ("gaps idle").
                    int space = rest.indexOf(' ', rest.startsWith("gaps ") ? "gaps ".length() : 0);
                    found.put(space < 0 ? rest : rest.substring(0, space), space < 0 ? "" : rest.substring(space + 1));
                }
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (!found.containsKey("end")) {
            throw new IOException("The app gave no pulse figures (exit " + process.exitValue() + "); its last lines:\n"
                    + String.join("\n", recent));
        }
        return found;
    }

    static List<Double> gaps(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(Double::parseDouble).toList();
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : line.trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }

    private void say(String format, Object... args) {
        progress.accept(String.format(Locale.ROOT, format, args));
    }
}
