package com.merchantdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start to first shown window, for the app and for a bare JavaFX window started the same way in the same
 * run. Each child JVM prints {@link #MARKER} when its window is on screen and then exits; the time is taken
 * from spawning the process to reading that line. Needs a display (e.g. Xvfb).
 */
public final class StartupBench {

    public static final String MARKER = "MERCHANT_DESK_FIRST_WINDOW_SHOWN";
    /** System property that makes a window print {@link #MARKER} once shown and exit. */
    public static final String PROBE_PROPERTY = "merchantdesk.startupProbe";

    private final String classPath;
    private final List<String> jvmOptions;

    public StartupBench(String classPath, List<String> jvmOptions) {
        this.classPath = classPath;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Alternates bare and app runs so both see the same machine state; returns [bare, app]. */
    public List<Stats> run(int rounds, Path dataDir, String bareMainClass, String appMainClass) throws IOException, InterruptedException {
        List<Double> bare = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        // one untimed run of each warms the OS file cache
        launch(bareMainClass, List.of());
        launch(appMainClass, List.of("--data-dir", dataDir.toString()));
        for (int i = 0; i < rounds; i++) {
            bare.add(launch(bareMainClass, List.of()));
            app.add(launch(appMainClass, List.of("--data-dir", dataDir.toString())));
        }
        return List.of(Stats.of("start: bare JavaFX window", bare), Stats.of("start: Merchant Desk first usable window", app));
    }

    double launch(String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + PROBE_PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                if (line.contains(MARKER)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    process.waitFor(20, TimeUnit.SECONDS);
                    return millis;
                }
                if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            throw new IOException(mainClass + " ended without showing a window:\n" + seen);
        } finally {
            process.destroyForcibly();
        }
    }
}
