package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.StatusChange;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orders show}: one order with its lines, totals and history. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one order with its history.")
final class OrdersShowCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ORDER", description = "The order's id or number, e.g. D-2026-000123.")
    String order;

    @Option(names = "--json", description = "Print the order (with its history) as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            Order o = OrderArgs.order(app, order);
            List<StatusChange> history = app.orders().history(o.id());
            if (json) {
                JsonOut.print(out(), ShownOrder.of(o, history));
            } else {
                OrderText.print(out(), o, history);
            }
            return 0;
        }
    }
}
