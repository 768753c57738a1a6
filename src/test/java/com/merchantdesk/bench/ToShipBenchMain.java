package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs {@link ToShipBench} on a data folder made by {@code generate --skus 100000 --orders 1000000} (it reopens orders
 * in it: use a copy): {@code java -cp <test and main classes> com.merchantdesk.bench.ToShipBenchMain DIR [ROUNDS]}.
 */
public final class ToShipBenchMain {

    private ToShipBenchMain() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC())) {
            System.out.println("reopened " + ToShipBench.openOrders(app.database(), ToShipBench.OPEN_ORDERS));
            for (OrdersBench.Kind k : new ToShipBench(app.shipping(), app.clock()).run(Math.max(5, rounds / 10), rounds, 42)) {
                System.out.println(k.stats().line() + (k.hasBudget() ? String.format(Locale.ROOT,
                        "  budget %5.0f ms %s", k.budgetMs(), k.withinBudget() ? "PASS" : "OVER") : ""));
            }
        }
    }
}
