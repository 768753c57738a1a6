package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.sync.link.StockDifferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code sync counts}: the SKUs linked at the first connection whose counts differed, and the seller's answer: the
 * platform's count is right, or the desk's (a counted adjustment is then queued).
 */
@Command(name = "counts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the counts that differed when this desk's catalogue was linked to the platform's,",
                "or settles them: --take platform|desk with --sku CODE (repeatable) or --all."})
final class SyncCountsCommand extends DataCommand {

    enum Side { platform, desk }

    @Option(names = "--take", paramLabel = "SIDE", description = "Which count is right: ${COMPLETION-CANDIDATES}.")
    Side take;

    @Option(names = "--sku", paramLabel = "CODE", description = "The SKU to settle (repeatable).")
    List<String> skus = List.of();

    @Option(names = "--all", description = "Settle every difference the same way.")
    boolean all;

    @Option(names = "--json", description = "List as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (take != null && skus.isEmpty() && !all) {
            throw invalid("--take", "cli.sync.countsWhich");
        }
        if (take == null && (!skus.isEmpty() || all)) {
            throw invalid("--take", "validation.required");
        }
        try (AppContext app = openApp()) {
            StockDifferences differences = new StockDifferences(app.database(), app.clock());
            if (take == null) {
                List<StockDifferences.Difference> list = differences.list();
                if (json) {
                    JsonOut.print(out(), list);
                } else {
                    for (StockDifferences.Difference d : list) {
                        out().println(Messages.get("cli.sync.countLine", d.code(), d.title(), d.deskOnHand(), d.platformOnHand()));
                    }
                }
                return 0;
            }
            if (all) {
                out().println(Messages.get("cli.sync.countsSettled", differences.takeAll(take == Side.desk)));
                return 0;
            }
            for (String code : skus) {
                try {
                    if (take == Side.desk) {
                        differences.takeDesk(code);
                    } else {
                        differences.takePlatform(code);
                    }
                } catch (ValidationException e) {
                    throw invalid("--sku", "sync.stockDifference.none", code.strip());
                }
            }
            out().println(Messages.get("cli.sync.countsSettled", skus.size()));
            return 0;
        }
    }
}
