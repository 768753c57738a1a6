package com.merchantdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildProcess;
import com.merchantdesk.testsupport.ScaledTimeout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up trace, in a fresh JVM as it is used: lines only when asked for, times that only go forward. */
@ScaledTimeout(2)
class StartupTraceTest {

    private static final Pattern LINE = Pattern.compile("startup-trace (\\d+) ms (.+) \\[(.+)]");

    @TempDir Path dir;
    @TempDir Path output;

    private String run(boolean trace) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        if (trace) {
            command.add("-D" + StartupTrace.PROPERTY + "=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.merchantdesk.Main",
                "--data-dir", dir.toString(), "products", "list"));
        try (ChildProcess child = ChildProcess.start(new ProcessBuilder(command), output.resolve("child.txt"))) {
            ChildProcess.Finished finished = child.awaitExit();
            assertThat(finished.exitCode()).as(finished.output()).isZero();
            return finished.output();
        }
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
