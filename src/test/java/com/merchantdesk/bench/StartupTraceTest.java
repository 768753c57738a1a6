package com.merchantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up trace, in a fresh JVM as it is used: lines only when asked for, times that only go forward. */
class StartupTraceTest {

    private static final Pattern LINE = Pattern.compile("startup-trace (\\d+) ms (.+) \\[(.+)]");

    @TempDir Path dir;

    private String run(boolean trace) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (trace) {
            command.add("-D" + StartupTrace.PROPERTY + "=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.merchantdesk.Main",
                "--data-dir", dir.toString(), "products", "list"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void tracedStartPrintsItsStepsInOrder() throws Exception {
        String output = run(true);

        List<String> steps = new ArrayList<>();
        long last = -1;
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            long at = Long.parseLong(m.group(1));
            assertThat(at).as("time since the JVM started, never backwards").isGreaterThanOrEqualTo(Math.max(last, 0));
            last = at;
            steps.add(m.group(2));
            assertThat(m.group(3)).isEqualTo("main");
        }
        assertThat(steps).containsExactly("main", "arguments read");
    }

    @Test
    void untracedStartPrintsNothing() throws Exception {
        assertThat(run(false)).doesNotContain("startup-trace");
    }
}
