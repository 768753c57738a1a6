package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code orders cancel}: cancels an order not yet shipped; its stock goes back on the shelf. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancels an order that has not shipped; its units go back into stock.")
final class OrdersCancelCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ORDER", description = "The order's id or number.")
    String order;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            Order before = OrderArgs.order(app, order);
            Order after = app.orders().cancel(before.id(), OrdersCommand.ACTOR);
            out().println(Messages.get("cli.orders.cancelled", after.number(), after.itemCount()));
            out().flush();
            return 0;
        }
    }
}
