package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs {@link OrdersBench} on a data folder made by {@code generate --skus 100000 --orders 1000000}, until the
 * {@code bench} command runs it: {@code java -cp <test and main classes> com.merchantdesk.bench.OrdersBenchMain DIR [ROUNDS [KIND]]}.
 */
public final class OrdersBenchMain {

    private OrdersBenchMain() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC())) {
            String cache = System.getProperty("cacheKb");
            for (int i = 0; cache != null && i < 3; i++) {
                // Experiment: every pooled connection (reads take them in turn) with a larger page cache.
                app.database().read(c -> c.createStatement().execute("PRAGMA cache_size = -" + cache));
            }
            for (OrdersBench.Kind k : new OrdersBench(app.orders(), app.database(), name -> args.length < 3 || name.contains(args[2]))
                    .run(Math.max(5, rounds / 10), rounds, 42, Money.currency(app.settings().load().currency()))) {
                System.out.println(k.stats().line() + (k.hasBudget() ? String.format(Locale.ROOT,
                        "  budget %5.0f ms %s", k.budgetMs(), k.withinBudget() ? "PASS" : "OVER") : ""));
            }
        }
    }
}
