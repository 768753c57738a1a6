package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * {@link SalesBench} on an existing data folder (e.g. one made by {@code generate --skus 100000 --orders 1000000
 * --seed 1}): {@code java -cp target/merchant-desk.jar com.merchantdesk.bench.SalesBenchMain DIR [ROUNDS]}.
 * Counts the figures once first if they never were.
 */
public final class SalesBenchMain {

    private SalesBenchMain() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            app.sales().ensureBuilt((done, total) -> { });
            SalesBench.Result r = new SalesBench(app.sales(), app.shipping()).run(Math.max(1, rounds / 10), rounds, percent -> { });
            for (Stats s : r.kinds()) {
                System.out.println(s.line());
            }
            System.out.printf(Locale.ROOT, "count every order again for another day start: %.1f s (%d progress steps)%n",
                    r.rebuildMs() / 1000, r.rebuildProgressSteps());
            System.out.println("load average: " + MachineInfo.currentLoadAverage());
        }
    }
}
