package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code stock adjust}. */
@Command(name = "stock", mixinStandardHelpOptions = true, description = "Change stock.",
        subcommands = {StockAdjustCommand.class})
final class StockCommand extends ParentCommand {}
