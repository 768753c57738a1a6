package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code shipments ...}: parcels of orders, their tracking, and what is late. */
@Command(name = "shipments", mixinStandardHelpOptions = true, description = "Record, find and track parcels.",
        subcommands = {ShipmentsCreateCommand.class, ShipmentsListCommand.class, ShipmentsTrackCommand.class,
                ShipmentsShowCommand.class, ShipmentsShipCommand.class, ShipmentsLabelsCommand.class,
                ShipmentsPicklistCommand.class, ShipmentsManifestCommand.class, ShipmentsPoolCommand.class})
final class ShipmentsCommand extends ParentCommand {

    /** Who the history names for changes made on the command line. */
    static final String ACTOR = "cli";
}
