package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code products list}: one page of SKUs, as an aligned table or as JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists SKUs with their product, price and stock, one page at a time.",
                "All statuses are listed unless --status is given."})
final class ProductsListCommand extends DataCommand {

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT",
            description = "Search words: every word must start a word of the title, category, options, SKU code or barcode.")
    String query;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these statuses (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<ProductStatus> statuses;

    @Option(names = "--category", paramLabel = "NAME", description = "Only this category (exact name).")
    String category;

    @Option(names = "--low-stock", description = "Only SKUs at or below their reorder point.")
    boolean lowStock;

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "title",
            description = "Sort by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProductQuery.Sort sort;

    @Option(names = "--desc", description = "Sort in descending order.")
    boolean descending;

    @Mixin
    PageOptions page;

    @Override
    public Integer call() {
        page.check(ProductQuery.MAX_LIMIT);
        ProductQuery q = new ProductQuery(query, statuses == null ? EnumSet.allOf(ProductStatus.class) : EnumSet.copyOf(statuses),
                category, lowStock, sort, descending, page.offset, page.limit);
        Page<SkuRow> found;
        try (AppContext app = openApp()) {
            found = app.catalog().search(q);
        }
        if (page.json) {
            JsonOut.print(out(), found.items().stream().map(ListedSku::of).toList());
        } else {
            printTable(found);
        }
        return 0;
    }

    private void printTable(Page<SkuRow> page) {
        PrintWriter out = out();
        if (page.items().isEmpty()) {
            out.println(Messages.get("cli.products.none"));
            out.flush();
            return;
        }
        TextTable table = new TextTable(List.of(
                new Column(header("code"), false, 32), new Column(header("title"), false, 40),
                new Column(header("options"), false, 24), new Column(header("barcode"), false, 20),
                new Column(header("price"), true, 20), new Column(header("onHand"), true, 12),
                new Column(header("available"), true, 12), new Column(header("reorder"), true, 10),
                new Column(header("status"), false, 10), new Column(header("category"), false, 24),
                new Column(header("note"), false, 20)));
        for (SkuRow row : page.items()) {
            table.add(row.code(), row.title(), row.optionLabel(), row.barcode(),
                    row.price().toPlainString() + " " + row.price().currency().getCurrencyCode(),
                    Long.toString(row.onHand()), Long.toString(row.available()), Integer.toString(row.reorderPoint()),
                    row.status().name().toLowerCase(Locale.ROOT), row.category(),
                    row.lowStock() ? Messages.get("cli.products.lowStock") : "");
        }
        table.lines().forEach(out::println);
        out.println(Messages.get(page.totalExact() ? "cli.products.page" : "cli.products.pageMore",
                page.offset() + 1, page.offset() + page.items().size(), page.total()));
        out.flush();
    }

    private static String header(String key) { return Messages.get("cli.products.column." + key); }
}
