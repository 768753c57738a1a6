package com.merchantdesk.bench;

import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param rounds          timed search queries per kind (after {@link #searchWarmup()} untimed ones)
 * @param orders          orders to generate and measure (0: the orders part is left out)
 * @param orderRounds     timed operations per orders kind (after a tenth as many untimed)
 * @param childJvmOptions options given to both start-up children alike (e.g. {@code -XX:TieredStopAtLevel=1})
 * @param sandboxOrders   orders each timed sandbox run creates ({@link SandboxBench})
 * @param sandboxRuns     timed sandbox runs (the figure is their median)
 * @param skipCatalogue   no catalogue is generated, so search, orders, CSV import and start-up, which run on it, are
 *                        left out too (with {@code skipSandbox}: a {@code --convert} run on its own)
 * @param convert         a database at an older schema version to convert, or null
 * @param sandboxAccountOrders orders of the large sandbox account ({@link SandboxAccountBench}; 0: left out)
 * @param simulationSeconds    seconds the simulation runs while a client pages that account's feed
 * @param syncPulseOrders      orders of the account whose first sync the app's window runs while its FX pulses are
 *                             timed ({@link PulseBench}; 0: left out)
 * @param pulseIdleSeconds     seconds of the idle window timed first, as the baseline
 */
public record BenchOptions(int skus, long seed, int rounds, int orders, int orderRounds, int importRuns, int startupRuns,
                           boolean skipImport, boolean skipStartup, List<String> childJvmOptions, int sandboxOrders,
                           int sandboxRuns, boolean skipSandbox, boolean skipCatalogue, ConvertSource convert,
                           int sandboxAccountOrders, int simulationSeconds, int syncOrders, int syncPulseOrders,
                           int pulseIdleSeconds) {

    public BenchOptions {
        childJvmOptions = List.copyOf(childJvmOptions);
    }

    /** Without the large sandbox account. */
    public BenchOptions(int skus, long seed, int rounds, int orders, int orderRounds, int importRuns, int startupRuns,
                        boolean skipImport, boolean skipStartup, List<String> childJvmOptions, int sandboxOrders,
                        int sandboxRuns, boolean skipSandbox, boolean skipCatalogue, ConvertSource convert) {
        this(skus, seed, rounds, orders, orderRounds, importRuns, startupRuns, skipImport, skipStartup, childJvmOptions,
                sandboxOrders, sandboxRuns, skipSandbox, skipCatalogue, convert, 0, 0, 0, 0, 0);
    }

    /** Without the sync account. */
    public BenchOptions(int skus, long seed, int rounds, int orders, int orderRounds, int importRuns, int startupRuns,
                        boolean skipImport, boolean skipStartup, List<String> childJvmOptions, int sandboxOrders,
                        int sandboxRuns, boolean skipSandbox, boolean skipCatalogue, ConvertSource convert,
                        int sandboxAccountOrders, int simulationSeconds) {
        this(skus, seed, rounds, orders, orderRounds, importRuns, startupRuns, skipImport, skipStartup, childJvmOptions,
                sandboxOrders, sandboxRuns, skipSandbox, skipCatalogue, convert, sandboxAccountOrders, simulationSeconds, 0, 0, 0);
    }

    /** A fifth of the timed queries, untimed first: the JIT and SQLite's page cache settle. */
    public int searchWarmup() { return Math.max(1, rounds / 5); }
}
