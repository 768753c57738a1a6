package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.connection.PlatformSetup;
import com.merchantdesk.sync.connection.TokenSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/**
 * {@code platform token set}: reads the token from the first line of standard input (never an argument, which other
 * users could see in the process list and the shell's history) and stores it in the keyring or encrypted.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Reads the token from standard input (first line) and stores it: in the system keyring, or",
                "encrypted with a key outside the data folder. E.g. merchant-desk platform token set < token.txt"})
final class PlatformTokenSetCommand extends DataCommand {

    @Override
    public Integer call() {
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TokenSource tokens = PlatformCli.tokens(dataDirectory());
        tokens.store().save(PlatformSetup.checkedToken(line));
        out().println(Messages.get("platform.view.token.stored", Messages.get("platform.view.store." + tokens.store().kind().name())));
        if (tokens.fromEnvironment()) {
            out().println(Messages.get("cli.platform.tokenFromEnvironment", TokenSource.ENVIRONMENT));
        }
        out().flush();
        return 0;
    }
}
