package com.merchantdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Start to first shown window, for the app and for a bare JavaFX window started the same way in the same
 * run: the same {@code java}, class path and JVM options, each a fresh child JVM. Each child prints
 * {@link #MARKER} when its window is on screen and then exits; the time is taken from spawning the process to
 * reading that line. Runs alternate (bare, app, bare, app...) so both see the same machine state. Needs a
 * display (e.g. Xvfb).
 */
public final class StartupBench {

    public static final String MARKER = "MERCHANT_DESK_FIRST_WINDOW_SHOWN";
    /** Followed by the CPU time the process had used (all its threads: JIT, GC, background work) when shown. */
    public static final String CPU_MARKER = "MERCHANT_DESK_CPU_MS ";
    /** System property that makes a window print {@link #MARKER} once shown and exit. */
    public static final String PROBE_PROPERTY = "merchantdesk.startupProbe";
    public static final String BARE_MAIN_CLASS = "com.merchantdesk.bench.view.BareJavaFxWindow";
    public static final String APP_MAIN_CLASS = "com.merchantdesk.Main";
    /** A window of plain JavaFX controls and no app code: how much of the app's start any such screen costs. */
    public static final String CONTROLS_MAIN_CLASS = "com.merchantdesk.bench.view.PlainControlsWindow";

    /** A child that shows nothing in this time is stuck (a dialog, a missing display), not slow. */
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** Put in the queue by the reader thread when the child's output ends; compared by identity. */
    private static final String END_OF_OUTPUT = new String("end of output");

    /**
     * Medians and p95 of both; the resident memory and the CPU time each child reported when its window showed
     * (CPU time moves less than wall time when other work shares the machine, and shows how much work each did).
     */
    /** @param controls the plain-controls window ({@link #CONTROLS_MAIN_CLASS}), for information */
    public record Result(Stats bare, Stats app, Stats controls, List<ProcessMemory> bareMemory, List<ProcessMemory> appMemory,
                         List<Double> bareCpuMs, List<Double> appCpuMs) {
        /** App median over bare median: the figure the budget (at most 1.5) is about. */
        public double ratio() { return app.medianMs() / bare.medianMs(); }
    }

    private record Launch(double millis, Optional<ProcessMemory> memory, Optional<Double> cpuMs) {}

    private final String classPath;
    private final List<String> jvmOptions;

    public StartupBench(String classPath, List<String> jvmOptions) {
        this.classPath = classPath;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * What a probed window prints once it is shown: the marker first (the parent stops the clock on it), then
     * the process's resident memory and CPU time at that moment.
     */
    public static void printShownMarker() {
        System.out.println(MARKER);
        ProcessMemory.ofThisProcess().ifPresent(memory -> System.out.println(memory.markerLine()));
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> System.out.println(CPU_MARKER + cpu.toMillis()));
        System.out.flush();
    }

    /** Why start-up cannot be measured here (no display), or empty when it can. */
    public static Optional<String> missingDisplay() {
        boolean linuxLike = !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac");
        String display = System.getenv("DISPLAY");
        return linuxLike && (display == null || display.isBlank()) ? Optional.of("DISPLAY is not set") : Optional.empty();
    }

    /** The command line of one child, the same for both but for the main class and its arguments. */
    public List<String> command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + PROBE_PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * {@code rounds} alternating runs of each (bare window, plain-controls window, app), after one untimed run
     * of each that warms the OS file cache.
     */
    public Result run(int rounds, Path appDataDir, Runnable afterEachRound) throws IOException, InterruptedException {
        List<String> appArgs = List.of("--data-dir", appDataDir.toString());
        launch(BARE_MAIN_CLASS, List.of());
        launch(CONTROLS_MAIN_CLASS, List.of());
        launch(APP_MAIN_CLASS, appArgs);
        List<Double> bare = new ArrayList<>();
        List<Double> controls = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<ProcessMemory> bareMemory = new ArrayList<>();
        List<ProcessMemory> appMemory = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> appCpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Launch bareRun = launch(BARE_MAIN_CLASS, List.of());
            bare.add(bareRun.millis());
            bareRun.memory().ifPresent(bareMemory::add);
            bareRun.cpuMs().ifPresent(bareCpu::add);
            controls.add(launch(CONTROLS_MAIN_CLASS, List.of()).millis());
            Launch appRun = launch(APP_MAIN_CLASS, appArgs);
            app.add(appRun.millis());
            appRun.memory().ifPresent(appMemory::add);
            appRun.cpuMs().ifPresent(appCpu::add);
            afterEachRound.run();
        }
        return new Result(Stats.of("bare JavaFX window", bare), Stats.of("Merchant Desk main window", app),
                Stats.of("plain JavaFX controls, no app code", controls), bareMemory, appMemory, bareCpu, appCpu);
    }

    private Launch launch(String mainClass, List<String> args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "startup-bench-reader");
        reader.setDaemon(true);
        reader.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
        StringBuilder seen = new StringBuilder();
        Double shownAfter = null;
        Optional<ProcessMemory> memory = Optional.empty();
        Optional<Double> cpuMs = Optional.empty();
        try {
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IOException(mainClass + " showed no window within " + CHILD_TIMEOUT_SECONDS + " s:\n" + seen);
                }
                if (line == END_OF_OUTPUT) {
                    break;
                }
                if (shownAfter == null && line.contains(MARKER)) {
                    shownAfter = (System.nanoTime() - start) / 1e6;
                } else if (memory.isEmpty() && line.contains(ProcessMemory.MARKER)) {
                    memory = ProcessMemory.parseMarkerLine(line);
                } else if (cpuMs.isEmpty() && line.startsWith(CPU_MARKER)) {
                    cpuMs = Optional.of(Double.parseDouble(line.substring(CPU_MARKER.length()).strip()));
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            if (shownAfter == null) {
                throw new IOException(mainClass + " ended without showing a window:\n" + seen);
            }
            // The next run must not find this one still holding the data folder's lock.
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IOException(mainClass + " did not exit after showing its window");
            }
            return new Launch(shownAfter, memory, cpuMs);
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }
}
