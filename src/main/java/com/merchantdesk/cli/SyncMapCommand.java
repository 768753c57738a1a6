package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.LineMapping;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sync map}: pulled order lines whose SKU the desk did not know ("needs mapping"), and mapping one to a SKU
 * of the desk, which takes its sold units out of stock once. Without LINE it lists the lines that need mapping.
 */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Maps a pulled order line whose SKU this desk does not know to one of its SKUs.",
                "Without LINE, lists the lines that need mapping."})
final class SyncMapCommand extends DataCommand {

    /** How many lines the list shows. */
    static final int LIST_LIMIT = 200;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LINE", description = "The order line's id, as listed.")
    String line;

    @Option(names = "--sku", paramLabel = "CODE", description = "The code of the desk's SKU the line is.")
    String sku;

    @Override
    public Integer call() {
        if (line != null && (sku == null || sku.isBlank())) {
            throw invalid("--sku", "validation.required");
        }
        try (AppContext app = openApp()) {
            LineMapping mapping = new LineMapping(app.database(), app.clock(), app.salesLedger());
            if (line == null) {
                list(mapping.waiting(LIST_LIMIT));
                return 0;
            }
            LineMapping.Mapped mapped;
            try {
                mapped = mapping.map(line, sku);
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(f -> new FieldError(
                        f.field().equals("sku") ? "--sku" : "LINE", f.messageKey(), f.args())).toList());
            }
            out().println(Messages.get("cli.sync.map.done", line.strip(), mapped.orderNumber(), mapped.line().skuCode(),
                    mapped.unitsMoved()));
            out().flush();
            return 0;
        }
    }

    private void list(List<LineMapping.LineToMap> lines) {
        if (lines.isEmpty()) {
            out().println(Messages.get("cli.sync.map.none"));
        } else {
            TextTable table = new TextTable(List.of(new TextTable.Column(h("line"), false, 36),
                    new TextTable.Column(h("order"), false, 24), new TextTable.Column(h("platformSku"), false, 32),
                    new TextTable.Column(h("title"), false, 40), new TextTable.Column(h("quantity"), true, 8)));
            for (LineMapping.LineToMap l : lines) {
                table.add(l.lineId(), l.orderNumber(), l.platformSku(), l.title(), Long.toString(l.quantity()));
            }
            table.lines().forEach(out()::println);
        }
        out().flush();
    }

    private static String h(String column) { return Messages.get("cli.sync.map.h." + column); }
}
