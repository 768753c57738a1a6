package com.merchantdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.bench.BenchOptions;
import com.merchantdesk.bench.BenchReport;
import com.merchantdesk.bench.BenchRun;
import com.merchantdesk.bench.ConvertSource;
import com.merchantdesk.bench.LabelsBench;
import com.merchantdesk.bench.MachineInfo;
import com.merchantdesk.bench.ReportText;
import com.merchantdesk.bench.WorkFolder;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Migrator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: builds its own catalogue with the synthetic generator in a work folder and measures search,
 * CSV import and start-up against the brief's budgets. Does not touch the data folder of {@code --data-dir}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures product search, orders (with --orders), CSV import, the sandbox platform's order creates and",
                "start-up on generated data and reports",
                "medians, p95 and each budget (PASS or OVER). Builds its own data in a work folder; the data",
                "folder is not touched. Start-up needs a display (on Linux: DISPLAY, e.g. under Xvfb). With --convert",
                "it also times converting a copy of an older database file (--skip-catalogue --skip-sandbox: that alone).",
                "Progress goes to stderr, the report to stdout. See docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--skus", paramLabel = "N", defaultValue = "100000", description = "SKUs to generate (default: ${DEFAULT-VALUE}).")
    int skus;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed of the data and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "500",
            description = "Timed search queries per kind, after a fifth as many untimed (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "0",
            description = "Orders to generate for the orders list, search and entry measurements (default: none; the brief's data set has 1000000).")
    int orders;

    @Option(names = "--order-rounds", paramLabel = "N", defaultValue = "200",
            description = "Timed operations per orders kind, after a tenth as many untimed (default: ${DEFAULT-VALUE}).")
    int orderRounds;

    @Option(names = "--import-runs", paramLabel = "N", defaultValue = "3", description = "CSV imports to time (default: ${DEFAULT-VALUE}).")
    int importRuns;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "5",
            description = "Start-up runs of each window, alternating (default: ${DEFAULT-VALUE}).")
    int startupRuns;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Build the data here (an empty or new folder, kept afterwards) instead of a temporary folder that is deleted.")
    Path workDir;

    @Option(names = "--skip-import", description = "Leave out the CSV import.")
    boolean skipImport;

    @Option(names = "--skip-startup", description = "Leave out start-up (it needs a display).")
    boolean skipStartup;

    @Option(names = "--sandbox-orders", paramLabel = "N", defaultValue = "6000",
            description = "Orders each timed sandbox run creates, in batches of 50 from 8 clients (default: ${DEFAULT-VALUE}).")
    int sandboxOrders;

    @Option(names = "--sandbox-runs", paramLabel = "N", defaultValue = "5", description = "Timed sandbox runs (default: ${DEFAULT-VALUE}).")
    int sandboxRuns;

    @Option(names = "--sandbox-account-orders", paramLabel = "N", defaultValue = "1000000",
            description = "Orders of the large sandbox account (sandbox --demo --orders N beside the desk's generate --orders N), "
                    + "whose feed is paged and simulated (default: ${DEFAULT-VALUE}; 0 leaves it out).")
    int sandboxAccountOrders;

    @Option(names = "--sync-orders", paramLabel = "N", defaultValue = "1000000",
            description = "Orders of the account synced into an empty desk (first sync, history, nothing new, 10,000 offline "
                    + "orders pushed; default: ${DEFAULT-VALUE}; 0 leaves it out).")
    int syncOrders;

    @Option(names = "--sync-pulse-orders", paramLabel = "N", defaultValue = "1000000",
            description = "Orders of the account whose first sync the app's own window runs (a child JVM) while its FX pulse "
                    + "gaps are timed against the idle window (default: ${DEFAULT-VALUE}; 0 leaves it out; needs a display, "
                    + "or -Dglass.platform=Monocle among the --child-jvm-option).")
    int syncPulseOrders;

    @Option(names = "--pulse-idle-seconds", paramLabel = "S", defaultValue = "10",
            description = "Seconds of the idle window timed before that sync starts, as the baseline (default: ${DEFAULT-VALUE}).")
    int pulseIdleSeconds;

    @Option(names = "--simulation-seconds", paramLabel = "S", defaultValue = "60",
            description = "Seconds the simulation runs at 600 orders a minute while a client pages that feed (default: ${DEFAULT-VALUE}).")
    int simulationSeconds;

    @Option(names = "--skip-sandbox", description = "Leave out the sandbox platform's order creates.")
    boolean skipSandbox;

    @Option(names = "--skip-catalogue",
            description = "Generate no catalogue, which leaves out search, orders, CSV import and start-up (for --convert on its own).")
    boolean skipCatalogue;

    @Option(names = "--convert", paramLabel = "FILE",
            description = "Time converting a copy of FILE, a Merchant Desk database of an older version, as the app does when it opens it.")
    Path convert;

    @Option(names = "--child-jvm-option", paramLabel = "OPTION",
            description = "Give this option to both start-up children alike and to the pulse run's app, e.g. "
                    + "--child-jvm-option=-XX:TieredStopAtLevel=1 (repeatable).")
    List<String> childJvmOptions = List.of();

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Option(names = "--only-labels", description = "Time only issue 16's 500 shipping labels in one PDF (no data is generated).")
    boolean onlyLabels;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (skus < 1 || skus > SyntheticCatalog.MAX_SKUS) {
            throw DataCommand.invalid("--skus", "cli.validation.between", 1, SyntheticCatalog.MAX_SKUS);
        }
        requireBetween("--rounds", rounds, 1, 1_000_000);
        requireBetween("--orders", orders, 0, SyntheticOrders.MAX_ORDERS);
        requireBetween("--order-rounds", orderRounds, 1, 1_000_000);
        requireBetween("--import-runs", importRuns, 1, 100);
        requireBetween("--startup-runs", startupRuns, 1, 100);
        requireBetween("--sandbox-orders", sandboxOrders, 8, 1_000_000);
        requireBetween("--sandbox-runs", sandboxRuns, 1, 100);
        requireBetween("--sandbox-account-orders", sandboxAccountOrders, 0, SyntheticOrders.MAX_ORDERS);
        requireBetween("--simulation-seconds", simulationSeconds, 10, 3_600);
        requireBetween("--sync-orders", syncOrders, 0, SyntheticOrders.MAX_ORDERS);
        requireBetween("--sync-pulse-orders", syncPulseOrders, 0, SyntheticOrders.MAX_ORDERS);
        requireBetween("--pulse-idle-seconds", pulseIdleSeconds, 1, 600);
        if (onlyLabels) {
            return labelsAlone();
        }
        ConvertSource source = convert == null ? null : convertSource(convert);
        BenchOptions options = new BenchOptions(skus, seed, rounds, orders, orderRounds, importRuns, startupRuns, skipImport,
                skipStartup, childJvmOptions, sandboxOrders, sandboxRuns, skipSandbox, skipCatalogue, source,
                sandboxAccountOrders, simulationSeconds, syncOrders, syncPulseOrders, pulseIdleSeconds);
        PrintWriter progress = spec.commandLine().getErr();
        BenchReport report;
        try (WorkFolder work = openWorkFolder()) {
            report = new BenchRun(options, work, progress).run();
            if (!work.isTemporary()) {
                progress.println(Messages.get("cli.bench.kept", work.path()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(report) + System.lineSeparator() : ReportText.of(report));
        out.flush();
        return 0;
    }

    /** Issue 16's label budget on its own: a few seconds, no work folder. */
    private int labelsAlone() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LabelsBench.Result r = LabelsBench.run(3);
        boolean pass = r.medianMs() / 1000 <= LabelsBench.BUDGET_SECONDS;
        out.println(String.format(java.util.Locale.ROOT, "labels: %d in one PDF (%d pages, %.1f MB): median %.2f s, "
                + "slowest %.2f s of 3 runs; budget %.0f s: %s; load average %s", LabelsBench.LABELS, r.pages(),
                r.pdfBytes() / 1e6, r.medianMs() / 1000, r.maxMs() / 1000, LabelsBench.BUDGET_SECONDS,
                pass ? "PASS" : "OVER", MachineInfo.currentLoadAverage()));
        out.flush();
        return 0;
    }

    /** The file to convert, refused before anything is copied or generated. */
    private static ConvertSource convertSource(Path file) {
        try {
            return ConvertSource.inspect(file);
        } catch (ConvertSource.Refused refused) {
            String key = switch (refused.problem()) {
                case MISSING -> "cli.bench.convert.missing";
                case NOT_MERCHANT_DESK -> "cli.bench.convert.notMerchantDesk";
                case ALREADY_CURRENT -> "cli.bench.convert.alreadyCurrent";
                case TOO_NEW -> "cli.bench.convert.tooNew";
            };
            throw DataCommand.invalid("--convert", key, file, refused.version(), new Migrator().latestVersion());
        }
    }

    private WorkFolder openWorkFolder() throws IOException {
        if (workDir == null) {
            return WorkFolder.temporary();
        }
        try {
            return WorkFolder.named(workDir);
        } catch (IllegalArgumentException e) {
            throw DataCommand.invalid("--work-dir", "cli.bench.workDirNotEmpty", workDir);
        }
    }

    private static void requireBetween(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw DataCommand.invalid(option, "cli.validation.between", min, max);
        }
    }

    private static String toJson(BenchReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report cannot be written as JSON", e);
        }
    }
}
