package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Money;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs {@link OrdersBench} on a data folder made by {@code generate --skus 100000 --orders 1000000}, until the
 * {@code bench} command runs it: {@code java -cp <test and main classes> com.merchantdesk.bench.OrdersBenchMain DIR [ROUNDS]}.
 */
public final class OrdersBenchMain {

    private OrdersBenchMain() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC())) {
            for (OrdersBench.Kind k : new OrdersBench(app.orders(), app.database())
                    .run(Math.max(5, rounds / 10), rounds, 42, Money.currency(app.settings().load().currency()))) {
                System.out.println(k.stats().line() + String.format(Locale.ROOT, "  budget %5.0f ms %s", k.budgetMs(),
                        k.withinBudget() ? "PASS" : "OVER"));
            }
        }
    }
}
