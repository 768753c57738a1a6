package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code platform ...}: the platform's address, trusted certificate, token, and a connection test. */
@Command(name = "platform", mixinStandardHelpOptions = true,
        description = "Set the platform address and token, trust a self-signed certificate, test the connection.",
        subcommands = {PlatformShowCommand.class, PlatformSetCommand.class, PlatformTrustCommand.class,
                PlatformTokenCommand.class, PlatformTestCommand.class})
public final class PlatformCommand extends ParentCommand {}
