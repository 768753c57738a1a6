package com.merchantdesk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything one {@code bench} run measured, for the text report and {@code --json}. A section is null when
 * it was skipped; {@link #notes} says why.
 *
 * @param loadAverageAtEnd the load average when the run finished (the machine's, at the start, is in {@code machine})
 */
public record BenchReport(MachineInfo machine, String loadAverageAtEnd, DataSet data, Search search, Orders orders,
                          Disk disk, CsvImport csvImport, SandboxOrders sandbox, Startup startup, Conversion conversion,
                          List<Check> checks,
                          List<String> notes) {

    public BenchReport {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }

    /** The generated catalogue every part runs on. */
    public record DataSet(int skus, int products, long seed, double generatedMs) {}

    /** First page of {@code pageSize} rows sorted by title, per kind of query. */
    public record Search(int warmupPerKind, int queriesPerKind, int pageSize, List<Stats> kinds) {}

    /** The orders list, search, counters and order entry ({@link OrdersBench}) on the generated orders. */
    public record Orders(int orders, long lines, int customers, double generatedMs, int warmupPerKind, int roundsPerKind,
                         List<OrderKind> kinds) {}

    /** One orders measurement and the brief's budget for its p95 (0: for information). */
    public record OrderKind(Stats stats, double budgetMs) {}

    /**
     * The data folder's database after the measurements: each table and index, the file, and the WAL after
     * generating (the largest bulk job), its peak while the orders were generated (0: no orders), and at the end.
     */
    public record Disk(long walAfterGenerateBytes, long walPeakWhileGeneratingBytes, DatabaseSizes sizes) {}

    /**
     * @param applyStats how long each import held the write lock (its apply phase: other writers wait meanwhile)
     * @param phases     the import's phases one by one (read, check, stage, apply)
     * @param shopifyStats the same catalogue imported from a Shopify product CSV; {@code shopifyRatio} its median
     *                   over ours (issue 18's budget: 1.5)
     */
    public record CsvImport(int rows, int products, long fileBytes, Stats importStats, Stats exportStats, Stats applyStats,
                            List<Stats> phases, Stats shopifyStats, long shopifyBytes, double shopifyRatio) {}

    /**
     * Batched order creates on a sandbox server over loopback ({@link SandboxBench}).
     *
     * @param ordersPerSecond each timed run's figure; {@code medianOrdersPerSecond} is the one judged
     */
    public record SandboxOrders(int clients, int batchSize, int ordersPerRun, int warmupOrders, int skus, long linesPerRun,
                                List<Double> ordersPerSecond, double medianOrdersPerSecond, Stats batchLatency) {}

    /**
     * Spawn to first shown window, bare and app, with the command both children ran (same JVM and options).
     *
     * @param ratio      app median over bare median
     * @param controls   the plain-controls window (information: what any JavaFX screen with a table costs)
     * @param controlsRatio its median over the bare median
     * @param bareCpuMs  median CPU time of the bare window's process when shown (all threads)
     * @param appCpuMs   the same for the app
     */
    public record Startup(List<String> appCommand, Stats bare, Stats app, double ratio, Stats controls, double controlsRatio,
                          Memory bareMemory, Memory appMemory, double bareCpuMs, double appCpuMs) {}

    /**
     * A database at an older schema version converted by opening a copy of it as the app does ({@link ConvertBench}).
     *
     * @param peakDiskBytes the largest size of the copy plus its WAL while it was converted (sampled every 50 ms;
     *                      VACUUM's temporary file, in the system's temp folder, is not in it)
     * @param convertMs     from opening the copy until it was ready to use
     */
    public record Conversion(String source, int versionBefore, int versionAfter, long fileBytesBefore,
                             long walBytesBefore, long fileBytesAfter, long walBytesAfter, long peakDiskBytes,
                             double convertMs, long ordersBefore, long ordersAfter) {}

    /** Resident memory over the children's runs: the median of VmRSS when shown, and the highest VmHWM. */
    public record Memory(int samples, double medianResidentMb, double maxPeakResidentMb) {
        public static Memory of(List<ProcessMemory> samples) {
            if (samples.isEmpty()) {
                return new Memory(0, 0, 0);
            }
            double median = Stats.median(samples.stream().map(ProcessMemory::residentMb).toList());
            double peak = samples.stream().mapToDouble(ProcessMemory::peakResidentMb).max().orElse(0);
            return new Memory(samples.size(), median, peak);
        }
    }

    @JsonProperty("withinBudgets")
    public boolean withinBudgets() { return checks.stream().allMatch(Check::pass); }
}
