package com.merchantdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child process whose output goes to a file, not a pipe (standard error too, unless the builder already sends
 * it somewhere): nothing has to
 * read it while the child runs, so a stuck child cannot hang the test in a read, and a line the child wrote is in
 * the file even when it is killed the next instant. Every wait is bounded by {@link TestTimeouts#SAFETY} and fails
 * with the child's output; {@link #close()} kills a child that is still running, so use try-with-resources.
 */
public final class ChildProcess implements AutoCloseable {

    /** What a finished child left: its exit code and everything it printed. */
    public record Finished(int exitCode, String output) {}

    private final Process process;
    private final Path output;

    private ChildProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * Starts {@code builder} with its output going to {@code output}, its errors too unless the builder redirects
     * them already, and its input closed unless {@code keepInput}.
     */
    public static ChildProcess start(ProcessBuilder builder, Path output, boolean keepInput) throws IOException {
        if (builder.redirectError().equals(ProcessBuilder.Redirect.PIPE)) {
            builder.redirectErrorStream(true);
        }
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!keepInput) {
            process.getOutputStream().close();
        }
        return new ChildProcess(process, output);
    }

    public static ChildProcess start(ProcessBuilder builder, Path output) throws IOException {
        return start(builder, output, false);
    }

    /** The {@code java} launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classes folder or jar a class was loaded from. */
    public static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Process process() { return process; }

    /** Everything the child has printed so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines the child has finished so far (a line still being written is left out). */
    public List<String> lines() {
        String text = output();
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : new ArrayList<>(text.substring(0, end).lines().toList());
    }

    /**
     * Waits until the child's finished lines satisfy {@code condition}, and returns them; fails if the child
     * exits first or {@link TestTimeouts#SAFETY} passes. Checks every millisecond or so: a line is an event the
     * file cannot announce.
     */
    public List<String> awaitLines(String what, Predicate<List<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TestTimeouts.SAFETY.toNanos();
        while (true) {
            boolean alive = process.isAlive();
            List<String> lines = lines();
            if (condition.test(lines)) {
                return lines;
            }
            if (!alive) {
                throw new AssertionError("The child exited with " + process.exitValue() + " before " + what
                        + "; its output:\n" + output());
            }
            if (System.nanoTime() - deadline > 0) {
                close();
                throw new AssertionError(TestTimeouts.timedOut(what) + "; the child's output:\n" + output());
            }
            Thread.sleep(1);
        }
    }

    /** Waits until the child exits by itself and returns what it left; kills it and fails if it does not. */
    public Finished awaitExit() throws InterruptedException {
        if (!process.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError(TestTimeouts.timedOut("the child exits") + "; it was killed. Its output:\n" + output());
        }
        return new Finished(process.exitValue(), output());
    }

    /** Kills the child (SIGKILL where there is one) and waits until it is gone. */
    public Finished kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(TestTimeouts.timedOut("the killed child is gone"));
        }
        return new Finished(process.exitValue(), output());
    }

    /** Kills a child still running; does nothing to one that has exited. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
