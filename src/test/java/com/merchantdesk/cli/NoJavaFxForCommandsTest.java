package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands the way the packaged app does, in a fresh JVM with no display, and checks from the class
 * loading log that the JavaFX toolkit never started.
 */
class NoJavaFxForCommandsTest {

    @TempDir Path dir;

    record Result(int exit, String output) {}

    private static Result runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "com.merchantdesk.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void productsListRunsWithoutDisplayAndNeverLoadsTheToolkit() throws Exception {
        Result r = runMain("--data-dir", dir.toString(), "products", "list");

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("com.merchantdesk.cli.ProductsListCommand");
        assertThat(r.output()).doesNotContain("javafx.application.Platform ")
                .doesNotContain("com.sun.javafx.application.PlatformImpl")
                .doesNotContain("com.sun.glass.ui.")
                .doesNotContain("] javafx.");
    }

    @Test
    void helpExitsWithZeroWithoutDisplay() throws Exception {
        Result r = runMain("--help");

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("Usage: merchant-desk").doesNotContain("com.sun.javafx.application.PlatformImpl");
    }

    @Test
    void badArgumentsExitWithTwo() throws Exception {
        Result r = runMain("--data-dir", dir.toString(), "stock", "adjust", "--sku", "X");
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("Missing required");
    }
}
