package com.merchantdesk.cli;

import picocli.CommandLine.Command;

/** {@code platform token set|forget}. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Store (from standard input) or forget the platform token.",
        subcommands = {PlatformTokenSetCommand.class, PlatformTokenForgetCommand.class})
final class PlatformTokenCommand extends ParentCommand {}
