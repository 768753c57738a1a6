package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The bench command at a small scale: every section is there and the run ends cleanly. No timing is checked. */
@ExtendWith(EnglishMessages.class)
class BenchCommandTest {

    @TempDir Path temp;

    @Test
    void smallRunPrintsEverySectionAndCleansUp() throws Exception {
        java.util.Set<String> tempFoldersBefore = benchFolders();
        CliRun run = CliRun.run("bench", "--skus", "2000", "--rounds", "20", "--import-runs", "1", "--skip-startup",
                "--sandbox-orders", "400", "--sandbox-runs", "2", "--sandbox-account-orders", "1500", "--simulation-seconds", "10",
                "--sync-orders", "1200", "--sync-pulse-orders", "0");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Merchant Desk benchmark", "machine:", "load avg:", "2,000 SKUs in",
                "Search:", "word prefix, 1-4 letters", "two words", "SKU code prefix", "whole barcode",
                "no text (the list as it opens)", "n=20", "median", "p95",
                "CSV import: 2,000 rows", "import of a 2,000-row CSV", "Budgets:", "search p95",
                "Start-up skipped (--skip-startup).", "Orders left out: give --orders N");
        assertThat(run.out()).containsPattern("search p95: whole barcode +[0-9.]+ ms <= +20\\.0 ms (PASS|OVER)");
        assertThat(run.out()).contains("Sandbox: POST /v1/orders/batch", "8 clients at once, 50 orders a batch", "400 orders")
                .containsPattern("order batch of 50 \\(8 clients at once\\) +n=16 ")
                .containsPattern("orders/s per run: [0-9,]+ [0-9,]+\n")
                .containsPattern("sandbox: batched order creates, 8 clients \\(median of runs\\) +[0-9.]+ /s >= +300\\.0 /s (PASS|OVER)");
        assertThat(run.out()).containsPattern("sandbox feed paging, orders with their lines +[0-9.]+ /s >= +20000\\.0 /s (PASS|OVER)")
                .containsPattern("its rate over the desk's generate --orders N +[0-9.]+ x +>= +0\\.8 x +(PASS|OVER)")
                .containsPattern("sandbox simulation at 600 orders/min: tick p95 .* (PASS|OVER)")
                .contains("Sandbox account of 1,500 online orders", "Sandbox feed: ", "1,500 orders with",
                        "Sandbox simulation at 600 orders a minute for 10 s", "of 100 orders placed");
        assertThat(run.out()).contains("The window's pulses during a first sync left out (--sync-pulse-orders 0).");
        assertThat(run.out()).contains("Sync of a 1,200-order account into an empty desk", "1,200 offline orders pushed")
                .containsPattern("incremental sync with nothing new \\(median\\) +[0-9.]+ ms <= +50\\.0 ms (PASS|OVER)");
        assertThat(run.err()).contains("Generating 2,000 SKUs", "import 1 of 1", "run 2 of 2",
                "desk generate --orders 1,500", "sandbox --demo --orders 1,500");
        // Only folders that were not there before count: another bench on this machine may delete its own meanwhile.
        java.util.Set<String> left = benchFolders();
        left.removeAll(tempFoldersBefore);
        assertThat(left).as("the temporary work folder is deleted").isEmpty();
    }

    @Test
    void jsonReportHasTheFiguresAndKeptWorkFolder() throws Exception {
        Path work = temp.resolve("work");
        CliRun run = CliRun.run("bench", "--skus", "300", "--rounds", "5", "--orders", "3000", "--order-rounds", "5",
                "--skip-import", "--skip-startup", "--skip-sandbox", "--json", "--work-dir", work.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.at("/data/skus").asInt()).isEqualTo(300);
        assertThat(report.at("/machine/cores").asInt()).isPositive();
        assertThat(report.at("/search/kinds")).hasSize(5);
        assertThat(report.at("/search/kinds/0/samples").asInt()).isEqualTo(5);
        assertThat(report.at("/search/kinds/0/p95Ms").isNumber()).isTrue();
        assertThat(report.at("/orders/orders").asInt()).isEqualTo(3000);
        assertThat(report.at("/orders/kinds").size()).isGreaterThan(10);
        assertThat(report.at("/orders/kinds/0/stats/samples").asInt()).isEqualTo(5);
        assertThat(report.at("/orders/kinds/0/budgetMs").asDouble()).isEqualTo(50.0);
        assertThat(report.at("/checks").size()).as("five search budgets and the orders' budgets").isGreaterThan(15);
        assertThat(report.at("/checks/0/verdict").asText()).isIn("PASS", "OVER");
        assertThat(report.at("/csvImport").isNull()).isTrue();
        assertThat(report.at("/startup").isNull()).isTrue();
        assertThat(report.at("/sandbox").isNull()).isTrue();
        assertThat(report.at("/notes").toString()).contains("--skip-import", "--skip-startup", "--skip-sandbox");
        assertThat(report.has("withinBudgets")).isTrue();
        assertThat(work.resolve("catalogue").resolve("merchant-desk.db")).exists();
        assertThat(run.err()).contains("kept in " + work);
    }

    @Test
    void startUpWithoutADisplayIsSkippedWithAReason() {
        org.junit.jupiter.api.Assumptions.assumeTrue(com.merchantdesk.bench.StartupBench.missingDisplay().isPresent(),
                "a display is set: start-up would really run");
        CliRun run = CliRun.run("bench", "--skus", "200", "--rounds", "3", "--skip-import", "--skip-sandbox");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Start-up skipped: DISPLAY is not set", "Xvfb");
    }

    @Test
    void badOptionsAreRefusedWithExitTwo() throws Exception {
        Path notEmpty = Files.createDirectories(temp.resolve("full"));
        Files.writeString(notEmpty.resolve("keep.txt"), "mine");

        CliRun workDir = CliRun.run("bench", "--work-dir", notEmpty.toString());
        assertThat(workDir.exit()).isEqualTo(2);
        assertThat(workDir.err()).contains("--work-dir", "must be an empty folder");
        assertThat(notEmpty.resolve("keep.txt")).hasContent("mine");

        assertThat(CliRun.run("bench", "--skus", "0").exit()).isEqualTo(2);
        assertThat(CliRun.run("bench", "--rounds", "0").err()).contains("--rounds");
        assertThat(CliRun.run("bench", "--startup-runs", "-1").exit()).isEqualTo(2);
        assertThat(CliRun.run("bench", "--sandbox-runs", "0").err()).contains("--sandbox-runs");
        assertThat(CliRun.run("bench", "--sandbox-orders", "7").exit()).isEqualTo(2);
    }

    private static java.util.Set<String> benchFolders() throws Exception {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("merchant-desk-bench-"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
