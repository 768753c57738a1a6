package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code products ...}: commands on the product catalogue. */
@Command(name = "products", mixinStandardHelpOptions = true, description = "Work with the product catalogue.",
        subcommands = {ProductsListCommand.class, ProductsImportCommand.class, ProductsExportCommand.class,
                ProductsImagesCommand.class})
final class ProductsCommand extends ParentCommand {}
