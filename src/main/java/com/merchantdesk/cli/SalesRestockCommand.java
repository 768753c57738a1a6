package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sales.RestockLine;
import com.merchantdesk.sales.SalesService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sales restock}: SKUs at their reorder point or with few days of stock left, and how many to order. */
@Command(name = "restock", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"SKUs at or below their reorder point, or with fewer than --days days of stock at the rate of",
                "the last 30 business days, fewest days first, with a suggested quantity (docs/sales.md)."})
final class SalesRestockCommand extends DataCommand {

    @Option(names = "--days", paramLabel = "N", defaultValue = "14",
            description = "Days of stock a SKU should have (1 to 365, default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV.")
    boolean csv;

    record Printed(String code, String item, long available, int reorderPoint, long soldLast30Days, String coverDays,
                   long suggested) {
        static Printed of(RestockLine l) {
            return new Printed(l.code(), l.label(), l.available(), l.reorderPoint(), l.soldInRateDays(),
                    cover(l), l.suggested());
        }
    }

    @Override
    public Integer call() {
        SalesOutput.checkForm(json, csv);
        if (days < 1 || days > 365) {
            throw invalid("--days", "cli.validation.between", 1, 365);
        }
        List<RestockLine> lines;
        try (AppContext app = openApp()) {
            app.sales().ensureBuilt(SalesOutput.progress(spec.commandLine().getErr()));
            lines = app.sales().restock(days);
        }
        PrintWriter out = out();
        if (json) {
            JsonOut.print(out, lines.stream().map(Printed::of).toList());
            return 0;
        }
        if (csv) {
            SalesOutput.csv(out, List.of("code", "item", "available", "reorder_point", "sold_last_" + SalesService.RATE_DAYS
                    + "_days", "cover_days", "suggested"));
            for (RestockLine l : lines) {
                SalesOutput.csv(out, List.of(l.code(), l.label(), Long.toString(l.available()), Integer.toString(l.reorderPoint()),
                        Long.toString(l.soldInRateDays()), cover(l), Long.toString(l.suggested())));
            }
            out.flush();
            return 0;
        }
        if (lines.isEmpty()) {
            out.println(Messages.get("cli.sales.nothingToRestock", days));
            out.flush();
            return 0;
        }
        TextTable table = new TextTable(List.of(new Column(h("code"), false, 20), new Column(h("item"), false, 40),
                new Column(h("available"), true, 10), new Column(h("reorderPoint"), true, 8), new Column(h("sold"), true, 8),
                new Column(h("cover"), true, 8), new Column(h("suggested"), true, 10)));
        for (RestockLine l : lines) {
            table.add(l.code(), l.label(), Long.toString(l.available()), Integer.toString(l.reorderPoint()),
                    Long.toString(l.soldInRateDays()), cover(l), Long.toString(l.suggested()));
        }
        table.lines().forEach(out::println);
        out.flush();
        return 0;
    }

    /** Days of cover with one decimal, empty when the SKU did not sell. */
    static String cover(RestockLine l) {
        return l.coverDays() == null ? "" : String.format(Locale.ROOT, "%.1f", l.coverDays());
    }

    private static String h(String key) { return Messages.get("cli.sales.column." + key); }
}
