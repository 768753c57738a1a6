package com.merchantdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Json;
import com.merchantdesk.sync.SyncStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code sync status}: what waits, what failed, conflicts, lines to map, the last run and the feed position's age, and
 * whether the window works offline (its "Work offline", kept in the data folder's settings).
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows what waits to be synced and what needs you.")
final class SyncStatusCommand extends DataCommand {

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            SyncStatus status = app.database().read(SyncStatus::read);
            boolean workOffline = PlatformCli.preferences(app.dataDirectory()).get().workOffline();
            if (json) {
                ObjectNode node = Json.mapper().valueToTree(status);
                node.put("workOffline", workOffline);
                JsonOut.print(out(), node);
                return 0;
            }
            PrintWriter out = out();
            out.println(status.localOnly() ? Messages.get("cli.sync.localOnly")
                    : status.deskCode() == null ? Messages.get("cli.sync.notConnected")
                    : Messages.get("cli.sync.connected", status.deskCode()));
            if (workOffline && !status.localOnly()) {
                out.println(Messages.get("cli.sync.workOffline"));
            }
            printCounts(out, status);
            Instant now = app.clock().instant();
            out.println(Messages.get("cli.sync.lastRun", status.lastRunAt() == null ? "-" : status.lastRunAt().toString(),
                    status.lastOutcome() == null ? "-" : status.lastOutcome(),
                    status.headAt() == null ? "-" : age(Duration.between(status.headAt(), now))));
            return 0;
        }
    }

    static void printCounts(PrintWriter out, SyncStatus s) {
        out.println(Messages.get("cli.sync.counts", s.queued() + s.sending(), s.failed(), s.blocked(), s.conflicts(),
                s.needsMapping(), s.parked()));
        if (s.stockDifferences() > 0) {
            out.println(Messages.get("cli.sync.stockDifferences", s.stockDifferences()));
        }
        if (s.historyLoading()) {
            out.println(Messages.get("cli.sync.historyLoading"));
        }
    }

    private static String age(Duration d) {
        if (d.isNegative()) {
            return "0 s";
        }
        long s = d.getSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }
}
