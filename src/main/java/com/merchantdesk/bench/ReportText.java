package com.merchantdesk.bench;

import java.util.List;
import java.util.Locale;

/**
 * The report as aligned text: machine, data, then one line per measurement with median and p95, and every
 * budget with PASS or OVER. Plain English on purpose: it is a measurement record, compared line by line with
 * {@code docs/benchmarks.md}.
 */
public final class ReportText {

    private final StringBuilder out = new StringBuilder();

    private ReportText() {}

    public static String of(BenchReport r) {
        ReportText text = new ReportText();
        text.machine(r);
        if (r.conversion() != null) {
            text.conversion(r.conversion());
        }
        if (r.search() != null) {
            text.search(r.search());
        }
        if (r.orders() != null) {
            text.orders(r.orders());
        }
        if (r.disk() != null) {
            text.disk(r.disk());
        }
        if (r.csvImport() != null) {
            text.csvImport(r.csvImport());
        }
        if (r.sandbox() != null) {
            text.sandbox(r.sandbox());
        }
        if (r.startup() != null) {
            text.startup(r.startup());
        }
        text.budgets(r.checks(), r.notes());
        return text.out.toString();
    }

    private void machine(BenchReport r) {
        MachineInfo m = r.machine();
        line("Merchant Desk benchmark");
        line("machine:   %d cores, %s, %,d MB RAM", m.cores(), m.cpuModel(), m.memoryMb());
        line("system:    %s; %s", m.os(), m.java());
        line("load avg:  %s at start, %s at end (1, 5, 15 min)", m.loadAverage(), r.loadAverageAtEnd());
        BenchReport.DataSet d = r.data();
        if (d != null) {
            line("data:      %,d SKUs in %,d products (seed %d), generated in %.1f s", d.skus(), d.products(), d.seed(),
                    d.generatedMs() / 1000);
        }
    }

    private void conversion(BenchReport.Conversion c) {
        line("");
        line("Conversion: a copy of %s opened as the app does (check, migrations, VACUUM, WAL truncated)", c.source());
        line("  schema version %d -> %d, in %.1f s; orders %,d before, %,d after", c.versionBefore(), c.versionAfter(),
                c.convertMs() / 1000, c.ordersBefore(), c.ordersAfter());
        line("  file %s -> %s; WAL %s before, %s after", mb(c.fileBytesBefore()), mb(c.fileBytesAfter()),
                mb(c.walBytesBefore()), mb(c.walBytesAfter()));
        line("  peak disk while converting (file + WAL, sampled every 50 ms): %s", mb(c.peakDiskBytes()));
    }

    private void search(BenchReport.Search s) {
        line("");
        line("Search: first page of %d sorted by title, with the total; %d timed queries per kind after %d warm-up",
                s.pageSize(), s.queriesPerKind(), s.warmupPerKind());
        s.kinds().forEach(k -> line("  %s  budget p95 <= %.0f ms  %s", timing(k), BenchRun.SEARCH_P95_BUDGET_MS,
                k.p95Ms() <= BenchRun.SEARCH_P95_BUDGET_MS ? "PASS" : "OVER"));
    }

    private void orders(BenchReport.Orders o) {
        line("");
        line("Orders: %,d orders (%,d lines, %,d customers), generated in %.1f s; first page of 100 with its total;",
                o.orders(), o.lines(), o.customers(), o.generatedMs() / 1000);
        line("  %d timed operations per kind after %d warm-up", o.roundsPerKind(), o.warmupPerKind());
        for (BenchReport.OrderKind k : o.kinds()) {
            if (k.budgetMs() > 0) {
                line("  %s  budget p95 <= %.0f ms  %s", timing(k.stats()), k.budgetMs(),
                        k.stats().p95Ms() <= k.budgetMs() ? "PASS" : "OVER");
            } else {
                line("  %s  (information)", timing(k.stats()));
            }
        }
    }

    private void disk(BenchReport.Disk d) {
        DatabaseSizes s = d.sizes();
        line("");
        line("Disk: database file %s, WAL %s after generating (peak %s while the orders were made) and %s at the end;",
                mb(s.fileBytes()), mb(d.walAfterGenerateBytes()), mb(d.walPeakWhileGeneratingBytes()), mb(s.walBytes()));
        line("  free pages %s; every table with its indexes (full-text tables with their shadow tables):", mb(s.freeBytes()));
        for (DatabaseSizes.Table t : s.tables()) {
            if (t.totalBytes() < 1_000_000) {
                continue;
            }
            line("  %-40s %10s  (table %s)", t.name(), mb(t.totalBytes()), mb(t.bytes()));
            t.indexes().forEach(i -> line("    %-38s %10s", i.name(), mb(i.bytes())));
        }
        line("  (tables and indexes under 1 MB left out; all b-trees: %s)", mb(s.tablesBytes()));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private void csvImport(BenchReport.CsvImport c) {
        line("");
        line("CSV import: %,d rows (%,d products, %.1f MB) into a fresh data folder each run", c.rows(), c.products(),
                c.fileBytes() / 1e6);
        line("  %s", seconds(c.importStats()));
        line("  %s", seconds(c.applyStats()));
        for (Stats phase : c.phases()) {
            line("    %s", seconds(phase));
        }
        line("  %s", seconds(c.exportStats()));
        line("  %s (%.1f MB)", seconds(c.shopifyStats()), c.shopifyBytes() / 1e6);
        line("  Shopify / ours, medians: %.2f x  budget <= %.1f  %s", c.shopifyRatio(), BenchRun.SHOPIFY_IMPORT_RATIO_BUDGET,
                c.shopifyRatio() <= BenchRun.SHOPIFY_IMPORT_RATIO_BUDGET ? "PASS" : "OVER");
    }

    private void sandbox(BenchReport.SandboxOrders s) {
        line("");
        line("Sandbox: POST /v1/orders/batch on a sandbox server over loopback, %d clients at once, %d orders a batch,",
                s.clients(), s.batchSize());
        line("  each with its Idempotency-Key; %,d orders (%,d lines) a run over %d SKUs, after %,d untimed", s.ordersPerRun(),
                s.linesPerRun(), s.skus(), s.warmupOrders());
        StringBuilder runs = new StringBuilder();
        s.ordersPerSecond().forEach(r -> runs.append(String.format(Locale.ROOT, " %,.0f", r)));
        line("  orders/s per run:%s", runs);
        line("  median %,.0f orders/s  budget >= %.0f  %s", s.medianOrdersPerSecond(), BenchRun.SANDBOX_ORDERS_PER_SECOND_BUDGET,
                s.medianOrdersPerSecond() >= BenchRun.SANDBOX_ORDERS_PER_SECOND_BUDGET ? "PASS" : "OVER");
        line("  %s", timing(s.batchLatency()));
    }

    private void startup(BenchReport.Startup s) {
        line("");
        line("Start-up: spawn to first shown window, alternating runs, all started alike:");
        line("  %s", String.join(" ", s.appCommand()));
        line("  %s", timing(s.bare()));
        line("  %s", timing(s.app()));
        line("  ratio of medians, app / bare: %.2f  (information: the <= %.1f budget is the installed app's,"
                + " installers/measure-startup.sh)", s.ratio(), BenchRun.STARTUP_RATIO_BUDGET);
        line("  %s", timing(s.controls()));
        line("  ratio of medians, plain controls / bare: %.2f  (information: a table, a tool bar, no app code)",
                s.controlsRatio());
        if (s.appCpuMs() > 0) {
            line("  CPU time used by the process when shown (all threads), median: bare %.0f ms, app %.0f ms",
                    s.bareCpuMs(), s.appCpuMs());
        }
        memory("bare window", s.bareMemory());
        memory("app, catalogue open", s.appMemory());
    }

    private void memory(String who, BenchReport.Memory m) {
        if (m.samples() > 0) {
            line("  resident memory, %-20s VmRSS median %.0f MB, peak VmHWM %.0f MB (%d runs)", who + ":",
                    m.medianResidentMb(), m.maxPeakResidentMb(), m.samples());
        }
    }

    private void budgets(List<Check> checks, List<String> notes) {
        line("");
        line("Budgets:");
        checks.forEach(c -> line("  %-66s %9.2f %-2s %s %6.1f %-2s %s", c.name(), c.value(), c.unit(), c.relation(),
                c.limit(), c.unit(), c.verdict()));
        notes.forEach(n -> line("Note: %s", n));
        long over = checks.stream().filter(c -> !c.pass()).count();
        if (over == 0) {
            line("All %d budgets hold.", checks.size());
        } else {
            line("%d of %d budgets OVER.", over, checks.size());
        }
    }

    private static String timing(Stats s) {
        return String.format(Locale.ROOT, "%-50s n=%-4d median %8.2f ms  p95 %8.2f ms  max %8.2f ms", s.name(),
                s.samples(), s.medianMs(), s.p95Ms(), s.maxMs());
    }

    private static String seconds(Stats s) {
        return String.format(Locale.ROOT, "%-50s n=%-4d median %8.2f s   p95 %8.2f s   min %8.2f s", s.name(),
                s.samples(), s.medianMs() / 1000, s.p95Ms() / 1000, s.minMs() / 1000);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
