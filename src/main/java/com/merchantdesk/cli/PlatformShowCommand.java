package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.sync.connection.TokenSource;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code platform show}: the address, the certificates trusted per address, and whether a token is stored. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the platform address, trusted certificates and whether a token is stored (never the token).")
final class PlatformShowCommand extends DataCommand {

    @Override
    public Integer call() {
        PlatformPreferences preferences = PlatformCli.preferences(dataDirectory()).get();
        TokenSource tokens = PlatformCli.tokens(dataDirectory());
        PrintWriter out = out();
        out.println(preferences.address().isEmpty() ? Messages.get("cli.platform.noAddress")
                : Messages.get("cli.platform.address", preferences.address()));
        for (Map.Entry<String, String> trusted : preferences.trustedCertificates().entrySet()) {
            out.println(Messages.get("cli.platform.trustedLine", trusted.getKey(), trusted.getValue()));
        }
        if (tokens.fromEnvironment()) {
            out.println(Messages.get("cli.platform.tokenFromEnvironment", TokenSource.ENVIRONMENT));
        } else {
            out.println(tokens.store().isStored()
                    ? Messages.get("platform.view.token.stored", Messages.get("platform.view.store." + tokens.store().kind().name()))
                    : Messages.get("platform.view.token.none"));
        }
        out.flush();
        return 0;
    }
}
