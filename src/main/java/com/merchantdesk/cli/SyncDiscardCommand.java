package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code sync discard ID}: the change will never reach the platform, nor will the changes that wait on it (they are
 * listed). The record itself stays as it is on this desk.
 */
@Command(name = "discard", mixinStandardHelpOptions = true,
        description = {"Drops a change that was not sent, and the changes that wait on it; the desk's record stays as it is."})
final class SyncDiscardCommand extends DataCommand {

    @Parameters(paramLabel = "ID", description = "The change's number (sync status --json, the Sync screen).")
    long seq;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            List<Outbox.Entry> gone = app.database().write(c -> {
                Outbox.Entry row = existing(c, seq);
                if (row.state() == OutboxState.SENDING || row.state() == OutboxState.ACKNOWLEDGED) {
                    throw invalid("ID", "cli.sync.notDiscardable", seq, row.state().name().toLowerCase(java.util.Locale.ROOT));
                }
                List<Outbox.Entry> rows = new java.util.ArrayList<>();
                rows.add(row);
                rows.addAll(Outbox.dependents(c, seq));
                Outbox.discard(c, seq);
                return rows;
            });
            for (Outbox.Entry row : gone) {
                out().println(Messages.get("cli.sync.discarded", row.seq(), row.entityType(), row.operation(), row.entityId()));
            }
            return 0;
        }
    }

    static Outbox.Entry existing(Connection c, long seq) throws SQLException {
        try {
            return Outbox.find(c, seq);
        } catch (com.merchantdesk.store.StoreException e) {
            throw invalid("ID", "cli.sync.unknownChange", seq);
        }
    }
}
