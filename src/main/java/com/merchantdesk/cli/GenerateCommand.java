package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Money;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.catalog.demo.SyntheticSummary;
import com.merchantdesk.i18n.Messages;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic data at benchmark scale. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds synthetic products at benchmark scale (one transaction; 100,000 SKUs take seconds).",
                "The same seed gives the same catalogue in an empty data folder."})
final class GenerateCommand extends DataCommand {

    @Option(names = "--skus", paramLabel = "N", required = true, description = "How many SKUs to add (1 to 5,000,000).")
    int skus;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "0", description = "Orders to add (arrives with the orders feature).")
    int orders;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (orders != 0) {
            throw new CliInputException(Messages.get("cli.generate.noOrders"));
        }
        if (skus < 1 || skus > SyntheticCatalog.MAX_SKUS) {
            throw invalid("--skus", "cli.validation.between", 1, SyntheticCatalog.MAX_SKUS);
        }
        try (AppContext app = openApp()) {
            SyntheticSummary s = new SyntheticCatalog(app.database(), app.clock())
                    .generate(skus, seed, Money.currency(app.settings().load().currency()));
            out().println(Messages.get("cli.generate.done", s.skus(), s.products(), s.movements(),
                    String.format(Locale.ROOT, "%.1f", s.elapsed().toMillis() / 1000.0)));
            out().flush();
            return 0;
        }
    }
}
