package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.connection.CertificateFingerprint;
import com.merchantdesk.sync.connection.PlatformAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code platform trust --fingerprint FP [--address URL]}: trusts one self-signed certificate at one address. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"Trusts the self-signed certificate with this SHA-256 fingerprint, for one address only",
                "(default: the address set). `platform test` shows the fingerprint a server offers."})
final class PlatformTrustCommand extends DataCommand {

    @Option(names = "--fingerprint", paramLabel = "SHA256", required = true,
            description = "64 hexadecimal digits, with or without colons.")
    String fingerprint;

    @Option(names = "--address", paramLabel = "URL", description = "The address it is trusted for (default: the address set).")
    String address;

    @Override
    public Integer call() {
        var preferences = PlatformCli.preferences(dataDirectory());
        String forAddress = address != null ? address : preferences.get().address();
        if (forAddress.isBlank()) {
            throw new CliInputException(Messages.get("cli.platform.noAddress"));
        }
        PlatformAddress at = PlatformAddress.parse(forAddress);
        String pin = CertificateFingerprint.normalise(fingerprint)
                .orElseThrow(() -> invalid("--fingerprint", "platform.trust.badFingerprint", fingerprint));
        preferences.update(p -> p.trusting(at.key(), pin));
        out().println(Messages.get("platform.view.trusted", pin, at.key()));
        out().flush();
        return 0;
    }
}
