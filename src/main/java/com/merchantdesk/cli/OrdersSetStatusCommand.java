package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code orders set-status}: one step of the order's life; an illegal step is refused with the reason. */
@Command(name = "set-status", mixinStandardHelpOptions = true,
        description = {"Moves an order to its next status: pending_payment -> paid -> packed -> delivered,",
                "or cancelled before shipping. Refunds use 'orders refund'; shipping uses 'shipments create'."})
final class OrdersSetStatusCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ORDER", description = "The order's id or number.")
    String order;

    @Parameters(index = "1", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
    OrderStatus status;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            Order before = OrderArgs.order(app, order);
            if (status == OrderStatus.SHIPPED && before.status().refusal(OrderStatus.SHIPPED).isEmpty()) {
                // An order ships with its parcels: the shipments carry carrier and tracking, and move the order.
                throw invalid("STATUS", "cli.orders.shipWithShipments", before.number());
            }
            Order after = app.orders().transition(before.id(), status, OrdersCommand.ACTOR);
            out().println(Messages.get("cli.orders.statusChanged", after.number(), Messages.get(before.status().messageKey()),
                    Messages.get(after.status().messageKey())));
            out().flush();
            return 0;
        }
    }
}
