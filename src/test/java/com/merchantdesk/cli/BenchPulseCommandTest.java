package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code bench --sync-pulse-orders}: the app's own window, started headless on Monocle, makes the first sync of a small
 * sandbox account and the report has the pulse gaps of the idle window and of the sync. No timing is checked.
 */
@ExtendWith(EnglishMessages.class)
class BenchPulseCommandTest {

    /** The app's JVM runs on Monocle's headless glass and the software pipeline, as the UI tests do. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @Test
    void theWindowsFirstSyncOfASmallAccountReportsItsPulseGaps() throws Exception {
        List<String> args = new ArrayList<>(List.of("bench", "--skip-catalogue", "--sandbox-orders", "8", "--sandbox-runs", "1",
                "--sandbox-account-orders", "0", "--sync-orders", "0", "--sync-pulse-orders", "2000", "--pulse-idle-seconds", "1",
                "--json"));
        HEADLESS.forEach(option -> args.add("--child-jvm-option=" + option));

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode report = Json.mapper().readTree(run.out());
        String notes = report.at("/notes").toString();
        assertThat(notes).contains("while its own runner made the first sync of a 2,000-order account", "SWPipeline")
                .containsPattern("records in all; (the run ended: CONVERGED|cut off there)");
        assertThat(count(notes, "idle window")).as(notes).isPositive();
        assertThat(count(notes, "first sync, usable part")).as(notes).isPositive();
        List<String> checks = new ArrayList<>();
        report.at("/checks").forEach(check -> checks.add(check.at("/name").asText() + " " + check.at("/verdict").asText()));
        assertThat(checks).anyMatch(c -> c.matches("FX pulse gaps during the first sync: p99 (PASS|OVER)"))
                .anyMatch(c -> c.matches("FX pulse gaps during the first sync: max (PASS|OVER)"));
        assertThat(run.err()).contains("platform account: 2,000 orders", "on a fresh data folder connected to http://127.0.0.1:");
    }

    /** The number of gaps a stretch's line reports. */
    private static int count(String notes, String stretch) {
        Matcher m = Pattern.compile(Pattern.quote(stretch) + " +n=(\\d+) ").matcher(notes);
        assertThat(m.find()).as("a line for " + stretch + " in " + notes).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
