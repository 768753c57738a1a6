package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code shipments pool ...}: each carrier's tracking numbers allocated in advance. */
@Command(name = "pool", mixinStandardHelpOptions = true, description = "Import, list and void waybill pool numbers.",
        subcommands = {ShipmentsPoolImportCommand.class, ShipmentsPoolStatusCommand.class, ShipmentsPoolVoidCommand.class})
final class ShipmentsPoolCommand extends ParentCommand {}
