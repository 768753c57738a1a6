package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.images.ImageFetcher;
import com.merchantdesk.i18n.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code products images}: fetches the images imports named by web address or path that are still waiting,
 * and tries again those that failed (the network was down, the server said no). Lists what still fails.
 */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = {"Fetches images that product imports named and that are still waiting, and tries again",
                "those that failed before; lists every image that still cannot be fetched, and why."})
final class ProductsImagesCommand extends DataCommand {

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            return fetch(app, true, out(), spec.commandLine().getErr()) ? 0 : 1;
        }
    }

    /** Fetches waiting images with progress on {@code out}; failures on {@code err}. True when none failed. */
    static boolean fetch(AppContext app, boolean retryFailed, PrintWriter out, PrintWriter err) {
        ImageFetcher fetcher = new ImageFetcher(app.database(), app.catalog(), app.images(), app.clock());
        ImageFetcher.Outcome outcome = fetcher.fetchWaiting(retryFailed, (done, total) -> {
            if (total > 0 && (done == total || done % 10 == 0)) {
                out.println(Messages.get("cli.images.progress", done, total));
                out.flush();
            }
        }, () -> false);
        out.println(Messages.get("cli.images.done", outcome.fetched(), outcome.failed().size()));
        out.flush();
        for (ImageFetcher.Failure failure : outcome.failed()) {
            err.println(Messages.get("cli.images.failed", failure.productTitle(), failure.source(), failure.reason()));
        }
        if (!outcome.failed().isEmpty()) {
            err.println(Messages.get("cli.images.retryHint"));
        }
        err.flush();
        return outcome.failed().isEmpty();
    }
}
