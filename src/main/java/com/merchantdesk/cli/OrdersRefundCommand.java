package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.RefundRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orders refund}: money back after shipping, with or without units coming back on the shelf. */
@Command(name = "refund", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records a return or refund of a shipped order.",
                "Each --line SKU:QTY names units that came back; with --restock they go back into stock."})
final class OrdersRefundCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ORDER", description = "The order's id or number.")
    String order;

    @Option(names = "--amount", paramLabel = "AMOUNT", required = true, description = "Money given back, e.g. 12.50.")
    String amount;

    @Option(names = "--line", paramLabel = "SKU:QTY", description = "Units returned; repeat for more SKUs.")
    List<String> lines;

    @Option(names = "--restock", description = "Put the returned units back into stock.")
    boolean restock;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the history.")
    String reason;

    @Override
    public Integer call() {
        List<OrderArgs.LineSpec> specs = lines == null ? List.of()
                : lines.stream().map(l -> OrderArgs.line("--line", l, false)).toList();
        try (AppContext app = openApp()) {
            Order before = OrderArgs.order(app, order);
            List<RefundRequest.RefundLine> units = new ArrayList<>();
            for (OrderArgs.LineSpec spec : specs) {
                SkuRow sku = OrderArgs.sku(app, "--line", spec);
                units.add(new RefundRequest.RefundLine(sku.skuId(), quantity(spec)));
            }
            Order after;
            try {
                after = app.orders().refund(before.id(), new RefundRequest(amount, units, restock, reason), OrdersCommand.ACTOR);
            } catch (ValidationException e) {
                throw OrderArgs.renamed(e, specs, "--line");
            }
            out().println(Messages.get("cli.orders.refundDone", after.number(), OrderText.money(after.refunded()),
                    OrderText.money(after.total()), Messages.get(after.status().messageKey())));
            out().flush();
            return 0;
        }
    }

    private static long quantity(OrderArgs.LineSpec spec) {
        try {
            return Long.parseLong(spec.quantity());
        } catch (NumberFormatException e) {
            throw invalid("--line " + spec.text(), "validation.wholeNumber");
        }
    }
}
