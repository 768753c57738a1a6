package com.merchantdesk.bench;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.BusinessDays;
import com.merchantdesk.sales.Granularity;
import com.merchantdesk.sales.SalesRange;
import com.merchantdesk.sales.SalesService;
import com.merchantdesk.shipping.ShippingService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The Sales screen's reads on a data folder, as the screen makes them: daily revenue for a year (the revenue chart,
 * with its previous year for the comparison), and the whole screen for a year (that report, the top SKUs by each
 * ranking, the restock list and the shipping performance per carrier, for all channels and for one); then counting every order again for another business day (what a change of time zone
 * or "day starts at" costs). Budgets from the brief and issue 17: 100 ms, 300 ms, 30 s.
 */
public final class SalesBench {

    public static final double DAILY_YEAR_BUDGET_MS = 100;
    public static final double SCREEN_YEAR_BUDGET_MS = 300;
    public static final double REBUILD_BUDGET_S = 30;

    /** The timings, and how long the count took with the progress it reported. */
    public record Result(List<Stats> kinds, double rebuildMs, long rebuildProgressSteps) {
        /** The kind whose name starts with {@code prefix}. */
        public Stats kind(String prefix) {
            return kinds.stream().filter(k -> k.name().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No sales figure " + prefix));
        }
    }

    static final String SCREEN = "whole Sales screen for a year (";

    private final SalesService sales;
    private final ShippingService shipping;

    public SalesBench(SalesService sales, ShippingService shipping) {
        this.sales = sales;
        this.shipping = shipping;
    }

    public Result run(int warmup, int rounds, LongConsumer progress) {
        LocalDate today = sales.today();
        SalesRange year = new SalesRange(today.minusDays(364), today);
        List<Stats> kinds = new ArrayList<>();
        kinds.add(time("daily revenue for a year (report by day, all channels, with the previous year)", warmup, rounds,
                () -> sales.report(year, Granularity.DAY, Set.of())));
        kinds.add(time("daily revenue for a year, one channel", warmup, rounds,
                () -> sales.report(year, Granularity.DAY, Set.of(Channel.PHONE))));
        kinds.add(time("top SKUs of a year (revenue, units, margin)", warmup, rounds, () -> sales.tops(year, 10)));
        kinds.add(time("restock list (cover under 14 days)", warmup, rounds, () -> sales.restock(14)));
        BusinessDays days = sales.businessDays();
        Instant from = days.start(year.from());
        Instant until = days.end(year.to());
        kinds.add(time("shipping performance of a year (per carrier and service)", warmup, rounds,
                () -> shipping.performance(from, until, Set.of())));
        kinds.add(time("shipping performance of a year, one channel", warmup, rounds,
                () -> shipping.performance(from, until, Set.of(Channel.PHONE))));
        kinds.add(time(SCREEN + "report + top SKUs + restock + shipping)", warmup, rounds, () -> {
            sales.report(year, Granularity.DAY, Set.of());
            sales.tops(year, 10);
            sales.restock(14);
            shipping.performance(from, until, Set.of());
        }));
        kinds.add(time("whole Sales screen for a year, one channel", warmup, rounds, () -> {
            sales.report(year, Granularity.DAY, Set.of(Channel.PHONE));
            sales.tops(year, Set.of(Channel.PHONE), 10);
            sales.restock(14);
            shipping.performance(from, until, Set.of(Channel.PHONE));
        }));
        kinds.add(time("weekly revenue for a year", warmup, rounds, () -> sales.report(year, Granularity.WEEK, Set.of())));
        BusinessDays before = sales.businessDays();
        BusinessDays other = new BusinessDays(before.zone(), (before.dayStartHour() + 4) % 24);
        long[] steps = {0};
        long started = System.nanoTime();
        sales.rebuild(other, (done, total) -> {
            steps[0]++;
            progress.accept(total == 0 ? 100 : done * 100 / total);
        });
        double rebuildMs = (System.nanoTime() - started) / 1e6;
        sales.rebuild(before, (done, total) -> { });
        return new Result(kinds, rebuildMs, steps[0]);
    }

    private static Stats time(String name, int warmup, int rounds, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Stats.of(name, millis);
    }
}
