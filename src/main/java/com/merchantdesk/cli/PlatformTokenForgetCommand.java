package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import picocli.CommandLine.Command;

/** {@code platform token forget}: removes the stored token (keyring entry or encrypted file). */
@Command(name = "forget", mixinStandardHelpOptions = true, description = "Forgets the stored platform token.")
final class PlatformTokenForgetCommand extends DataCommand {

    @Override
    public Integer call() {
        PlatformCli.tokens(dataDirectory()).store().delete();
        out().println(Messages.get("platform.view.token.forgotten"));
        out().flush();
        return 0;
    }
}
