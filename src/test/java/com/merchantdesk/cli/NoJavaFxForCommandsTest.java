package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildProcess;
import com.merchantdesk.testsupport.ScaledTimeout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands the way the packaged app does, in a fresh JVM with no display, and checks from the class
 * loading log that the JavaFX toolkit never started.
 */
@ScaledTimeout(2)
class NoJavaFxForCommandsTest {

    @TempDir Path dir;
    @TempDir Path output;
    private int runs;

    record Result(int exit, String output) {}

    private Result runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), "com.merchantdesk.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        try (ChildProcess child = ChildProcess.start(pb, output.resolve("child-" + ++runs + ".txt"))) {
            ChildProcess.Finished finished = child.awaitExit();
            return new Result(finished.exitCode(), finished.output());
        }
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
