package com.merchantdesk.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second process for a test: a new JVM on this test's class path running {@code main}, with its output read
 * line by line as it comes, so a test waits for what the child says (an event), never for a time. Every wait
 * gives up after {@link #SAFETY}, a generous bound that only a stuck child reaches.
 */
public final class ChildJvm implements AutoCloseable {

    /**
     * How long a wait for a child may take before the test fails instead of hanging: four times the one safety
     * timeout ({@link TestTimeouts}, scaled with {@code -Dmerchantdesk.test.timeoutScale=N}), as a child JVM starts
     * and writes while the test's own JVM keeps working.
     */
    public static final Duration SAFETY = TestTimeouts.SAFETY.multipliedBy(4);

    private final Process process;
    private final List<String> out = new ArrayList<>(); // guarded by this
    private final List<String> err = new ArrayList<>(); // guarded by this
    private int streamsEnded; // guarded by this

    private ChildJvm(Process process) {
        this.process = process;
        drain(process.getInputStream(), out, "out");
        drain(process.getErrorStream(), err, "err");
    }

    /** Starts {@code main} with {@code args}, in English, without a display. */
    public static ChildJvm start(Class<?> main, String... args) {
        return start(main.getName(), args);
    }

    public static ChildJvm start(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-XX:TieredStopAtLevel=1", "-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        try {
            return new ChildJvm(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's class path plus the folder this helper was loaded from (the test classes). */
    private static String classPath() {
        try {
            return System.getProperty("java.class.path") + File.pathSeparator
                    + Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void drain(InputStream stream, List<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child is gone; what it said is kept
            }
            synchronized (this) {
                streamsEnded++;
                notifyAll();
            }
        }, "child-" + process.pid() + "-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    public long pid() { return process.pid(); }

    /** Waits until the child prints a line on stdout that {@code wanted} accepts, and returns it. */
    public String awaitOut(String what, Predicate<String> wanted) { return await(out, what, wanted); }

    /** Waits until the child prints a line on stderr that {@code wanted} accepts, and returns it. */
    public String awaitErr(String what, Predicate<String> wanted) { return await(err, what, wanted); }

    private synchronized String await(List<String> lines, String what, Predicate<String> wanted) {
        long deadline = System.nanoTime() + SAFETY.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                if (wanted.test(lines.get(seen))) {
                    return lines.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The child did not say " + what + " within " + SAFETY + "; " + transcript());
            }
            if (streamsEnded == 2) {
                throw new AssertionError("The child ended without saying " + what + "; " + transcript());
            }
            try {
                wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the child to say " + what, e);
            }
        }
    }

    /** Ends the child's standard input (the probes take it as "let go now"). */
    public void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the child to end and returns its exit code. */
    public int awaitExit() {
        try {
            if (!process.waitFor(SAFETY.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The child did not end within " + SAFETY + "; " + transcript());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the child to end", e);
        }
    }

    /** Asks the child to stop (SIGTERM on Linux and macOS, as a service manager or {@code kill} does). */
    public void terminate() { process.destroy(); }

    /** Kills the child at once (SIGKILL: no clean-up, as in a crash) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Everything the child printed so far, for failure messages. */
    public synchronized String transcript() {
        return "stdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
