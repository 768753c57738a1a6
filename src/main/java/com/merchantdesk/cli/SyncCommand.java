package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.sync.client.PlatformEndpoint;
import com.merchantdesk.sync.Sleeper;
import com.merchantdesk.sync.SyncEngine;
import com.merchantdesk.sync.SyncListener;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncSetup;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.connection.PlatformConnections;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.sync.connection.TokenSource;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code sync}: pushes what the desk queued and pulls what the platform has (docs/sync.md), once or on a schedule
 * until Ctrl+C, also while the window's "Work offline" is on (said on stderr). Exit codes (docs/cli.md): 0 converged,
 * 3 converged but something waits for the seller, 4 could not finish, 5 token refused, 6 another sync is running.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Syncs this desk with the platform: sends the changes made here, reads the platform's.",
                "The token comes from $" + SyncCommand.TOKEN_VARIABLE + " (or the token stored in Settings)."},
        subcommands = {SyncStatusCommand.class, SyncRetryCommand.class, SyncDiscardCommand.class, SyncCountsCommand.class,
                SyncConflictsCommand.class, SyncResolveCommand.class, SyncMapCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:in step: nothing left to send, the platform's changes read, nothing waits for you",
                "1:the store failed", "2:bad arguments or bad input (or a local-only demo shop)",
                "3:in step, but failed changes, conflicts or lines to map wait for you (listed)",
                "4:could not finish (network, platform errors, rate limit beyond --patience): run again later",
                "5:the platform refused the token", "6:another sync is running on this data folder"})
final class SyncCommand extends DataCommand {

    static final String TOKEN_VARIABLE = "MERCHANT_DESK_TOKEN";
    static final String PLATFORM_VARIABLE = "MERCHANT_DESK_PLATFORM";

    @Option(names = "--platform", paramLabel = "URL",
            description = "The platform's address (default: $" + PLATFORM_VARIABLE + ", else Settings); http:// only for this machine.")
    URI platform;

    @Option(names = "--once", description = "One run, then exit with its outcome (default: run every --every seconds until Ctrl+C).")
    boolean once;

    @Option(names = "--patience", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long one run waits out an unreachable or busy platform before giving up (default ${DEFAULT-VALUE}).")
    long patienceSeconds;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "30",
            description = "Without --once: seconds between runs (default ${DEFAULT-VALUE}).")
    long everySeconds;

    @Option(names = "--no-history", description = "Do not read the older order history in this run.")
    boolean noHistory;

    @Override
    public Integer call() {
        PlatformEndpoint endpoint = endpoint();
        AtomicBoolean stop = new AtomicBoolean();
        if (!once) {
            StopSignals.handle(() -> stop.set(true));
        }
        if (PlatformCli.preferences(dataDirectory()).get().workOffline()) {
            // The seller asked for this sync: the window's "Work offline" stops the window's runner, not this command.
            spec.commandLine().getErr().println(Messages.get("cli.sync.workOfflineAnyway"));
            spec.commandLine().getErr().flush();
        }
        try (AppContext app = openApp()) {
            SyncEngine engine = SyncSetup.engine(app.database(), app.dataDirectory().root(), endpoint, app.clock(), deskName());
            PrintWriter out = out();
            SyncListener listener = new SyncListener() {
                @Override
                public void waiting(Duration delay, String why) {
                    spec.commandLine().getErr().println(Messages.get("cli.sync.waiting", delay.toMillis() / 1000.0, why));
                }

                @Override
                public void event(String message) {
                    out.println(message);
                }
            };
            while (true) {
                SyncReport report = engine.run(new SyncEngine.Options(Duration.ofSeconds(patienceSeconds), !noHistory,
                        stop::get, listener));
                print(report);
                if (once || stop.get() || report.outcome() == SyncOutcome.TOKEN_REFUSED
                        || report.outcome() == SyncOutcome.LOCAL_ONLY) {
                    return report.outcome().exitCode();
                }
                try {
                    if (!Sleeper.REAL.sleep(Duration.ofSeconds(everySeconds), stop::get)) {
                        return report.outcome().exitCode();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return report.outcome().exitCode();
                }
            }
        }
    }

    private void print(SyncReport report) {
        PrintWriter out = out();
        out.println(Messages.get("cli.sync.result", report.outcome().exitCode(), report.pushed(), report.pulled(),
                report.took().toMillis() / 1000.0, report.message()));
        SyncStatusCommand.printCounts(out, report.status());
        out.flush();
    }

    /**
     * The platform: the address from --platform, else $MERCHANT_DESK_PLATFORM, else Settings (with the certificate
     * the seller trusted for it); the token from $MERCHANT_DESK_TOKEN, else the token store.
     */
    private PlatformEndpoint endpoint() {
        DataDirectory dir = dataDirectory();
        String override = platform != null ? platform.toString() : System.getenv(PLATFORM_VARIABLE);
        PreferencesAccess settings = PlatformCli.preferences(dir);
        Supplier<PlatformPreferences> preferences = () -> {
            PlatformPreferences saved = settings.get();
            return override == null || override.isBlank() ? saved
                    : new PlatformPreferences(override, saved.trustedCertificates());
        };
        if (preferences.get().address().isEmpty()) {
            throw new ValidationException(FieldError.of("--platform", "cli.sync.noPlatform"));
        }
        TokenSource tokens = PlatformCli.tokens(dir);
        if (tokens.current().isEmpty()) {
            throw new ValidationException(FieldError.of("--platform", "cli.sync.noToken", TokenSource.ENVIRONMENT));
        }
        try {
            return new PlatformConnections(preferences, tokens).endpoint();
        } catch (ValidationException e) {
            throw new ValidationException(FieldError.of("--platform", "cli.sync.notHttps", preferences.get().address()));
        }
    }

    private static String deskName() {
        String host = System.getenv("HOSTNAME");
        return "Merchant Desk" + (host == null || host.isBlank() ? "" : " on " + host);
    }
}
