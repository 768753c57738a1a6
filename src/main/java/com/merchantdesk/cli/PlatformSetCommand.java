package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.connection.PlatformAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code platform set --address URL}: HTTPS, or plain HTTP to this machine only; a refused address changes nothing. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Sets the platform address: https://..., or http://... for this computer only (127.0.0.1, ::1, localhost).",
                "While the window is open, change it in Settings instead: the window writes its own copy back."})
final class PlatformSetCommand extends DataCommand {

    @Option(names = "--address", paramLabel = "URL", required = true, description = "The platform's base address.")
    String address;

    @Override
    public Integer call() {
        PlatformAddress checked = PlatformAddress.parse(address);
        PlatformCli.preferences(dataDirectory()).update(p -> p.withAddress(checked.key()));
        out().println(Messages.get("cli.platform.address", checked.key()));
        out().flush();
        return 0;
    }
}
