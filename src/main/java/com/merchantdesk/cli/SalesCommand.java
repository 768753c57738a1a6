package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code sales ...}: the sales figures (docs/sales.md), for scripts and for checking the charts. */
@Command(name = "sales", mixinStandardHelpOptions = true, description = "Sales figures, restock list and business day.",
        subcommands = {SalesReportCommand.class, SalesRestockCommand.class, SalesBasisCommand.class})
final class SalesCommand extends ParentCommand {}
