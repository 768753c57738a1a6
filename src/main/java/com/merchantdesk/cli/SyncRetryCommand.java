package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sync retry ID|--all-failed}: a failed change goes back into the queue (and what it blocked with it). */
@Command(name = "retry", mixinStandardHelpOptions = true, description = "Queues failed changes again; the next sync sends them.")
final class SyncRetryCommand extends DataCommand {

    static final class Which {
        @Parameters(paramLabel = "ID", description = "The change's number (sync status --json, the Sync screen).")
        Long seq;

        @Option(names = "--all-failed", description = "Every failed change.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            int retried = app.database().write(c -> {
                if (which.all) {
                    int n = 0;
                    for (Outbox.Entry row : Outbox.inState(c, OutboxState.FAILED, Integer.MAX_VALUE)) {
                        Outbox.retry(c, row.seq());
                        n++;
                    }
                    return n;
                }
                Outbox.Entry row = SyncDiscardCommand.existing(c, which.seq);
                if (row.state() != OutboxState.FAILED) {
                    throw invalid("ID", "cli.sync.notFailed", which.seq, row.state().name().toLowerCase(java.util.Locale.ROOT));
                }
                Outbox.retry(c, row.seq());
                return 1;
            });
            out().println(Messages.get("cli.sync.retried", retried));
            return 0;
        }
    }
}
