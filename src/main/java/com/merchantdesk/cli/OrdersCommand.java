package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code orders ...}: orders taken on this desk and their lifecycle. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "Enter, find and move orders.",
        subcommands = {OrdersCreateCommand.class, OrdersListCommand.class, OrdersShowCommand.class,
                OrdersCancelCommand.class, OrdersSetStatusCommand.class, OrdersRefundCommand.class,
                OrdersInvoiceCommand.class, OrdersAfterSaleCommand.class})
final class OrdersCommand extends ParentCommand {

    /** Who the history names for changes made on the command line. */
    static final String ACTOR = "cli";
}
