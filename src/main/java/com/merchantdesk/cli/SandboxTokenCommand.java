package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sandbox.store.ApiToken;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sandbox token create|list|revoke --seller S}: a seller's API tokens. A new token is printed once; only
 * its hash is kept, and lists and revocation name tokens by their id.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Creates, lists or revokes a seller's API tokens.")
final class SandboxTokenCommand extends DataCommand {

    enum Action { create, list, revoke }

    @Parameters(index = "0", paramLabel = "ACTION", description = "${COMPLETION-CANDIDATES}")
    Action action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TOKEN_ID", description = "With revoke: the token's id (tok_...).")
    String tokenId;

    @Option(names = "--seller", paramLabel = "S", required = true, description = "The seller account (made at the first token).")
    String seller;

    @Option(names = "--label", paramLabel = "TEXT", description = "With create: what the token is for.")
    String label;

    @Override
    public Integer call() {
        if (!Sellers.CODE.matcher(seller).matches()) {
            throw invalid("--seller", "cli.sandbox.badSeller", seller);
        }
        if (action == Action.revoke && (tokenId == null || tokenId.isBlank())) {
            throw invalid("TOKEN_ID", "cli.sandbox.revokeNeedsId");
        }
        try (Database db = SandboxDatabase.open(((RootCommand) spec.root().userObject()).sandboxFolder())) {
            Instant now = Instant.now();
            switch (action) {
                case create -> {
                    Tokens.Issued issued = db.write(c -> Tokens.create(c, Sellers.findOrCreate(c, seller, now), label, now));
                    out().println(issued.token());
                    spec.commandLine().getErr().println(Messages.get("cli.sandbox.tokenCreated", issued.record().tokenId(), seller));
                }
                case list -> {
                    List<ApiToken> tokens = db.read(c -> {
                        Optional<Seller> account = Sellers.find(c, seller);
                        return account.isEmpty() ? List.<ApiToken>of() : Tokens.list(c, account.get());
                    });
                    if (tokens.isEmpty()) {
                        out().println(Messages.get("cli.sandbox.noTokens", seller));
                    }
                    for (ApiToken t : tokens) {
                        out().println(t.tokenId() + "  " + t.createdAt() + "  "
                                + (t.revoked() ? Messages.get("cli.sandbox.revokedAt", t.revokedAt()) : Messages.get("cli.sandbox.active"))
                                + (t.label() == null ? "" : "  " + t.label()));
                    }
                }
                case revoke -> {
                    boolean done = db.write(c -> {
                        Optional<Seller> account = Sellers.find(c, seller);
                        return account.isPresent() && Tokens.revoke(c, account.get(), tokenId.strip(), now);
                    });
                    if (!done) {
                        throw invalid("TOKEN_ID", "cli.sandbox.unknownToken", tokenId, seller);
                    }
                    out().println(Messages.get("cli.sandbox.revoked", tokenId.strip()));
                }
            }
            out().flush();
            return 0;
        }
    }
}
