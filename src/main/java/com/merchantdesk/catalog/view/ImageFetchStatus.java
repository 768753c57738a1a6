package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.images.ImageFetcher;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The images imports named, fetched in the background after the import has committed, beside the CSV buttons:
 * "Fetching images: 3 of 12" while it runs; then, if any failed, how many (the tooltip lists them and why) and
 * a Retry button. Failed images are also tried again every few minutes while the window is open, so they come
 * once the network is back.
 */
final class ImageFetchStatus {

    static final Duration RETRY_EVERY = Duration.minutes(5);
    private static final Logger LOG = Logger.getLogger(ImageFetchStatus.class.getName());

    private final ScreenContext context;
    private final AppContext app;
    private final Runnable afterFetch;
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label label = new Label();
    private final Button retry = new Button(Messages.get("images.status.retry"));
    private final HBox box = new HBox(6, spinner, label, retry);
    private final PauseTransition nextRetry = new PauseTransition(RETRY_EVERY);
    private boolean running;

    /** @param afterFetch reloads the list once images have come (thumbnails) */
    ImageFetchStatus(ScreenContext context, Runnable afterFetch) {
        this.context = context;
        this.app = context.app();
        this.afterFetch = afterFetch;
        box.setId("products-image-fetch");
        box.setAlignment(Pos.CENTER_RIGHT);
        label.setId("products-image-fetch-text");
        label.getStyleClass().add("text-muted");
        spinner.setPrefSize(16, 16);
        retry.setId("products-image-fetch-retry");
        retry.getStyleClass().add("flat");
        retry.setOnAction(e -> fetch(true));
        nextRetry.setOnFinished(e -> fetch(true));
        show(false, "", false);
    }

    Node node() { return box; }

    /** Fetches the waiting images (and those that failed, when {@code retryFailed}) in the background. */
    void fetch(boolean retryFailed) {
        if (running) {
            return;
        }
        running = true;
        nextRetry.stop();
        ImageFetcher fetcher = new ImageFetcher(app.database(), app.catalog(), app.images(), app.clock());
        Task<List<ImageFetcher.Failure>> task = new Task<>() {
            @Override
            protected List<ImageFetcher.Failure> call() {
                ImageFetcher.Outcome outcome = fetcher.fetchWaiting(retryFailed, (done, total) -> Platform.runLater(() -> {
                    if (total > 0) {
                        show(true, Messages.get("images.status.fetching", done, total), false);
                    }
                }), this::isCancelled);
                if (outcome.fetched() > 0) {
                    Platform.runLater(afterFetch);
                }
                return fetcher.failures();
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "Fetching images failed", task.getException());
            finished(List.of());
        });
        try {
            context.background().execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is closing and its background threads have stopped: the images wait for the next start.
            running = false;
        }
    }

    private void finished(List<ImageFetcher.Failure> failures) {
        running = false;
        if (failures.isEmpty()) {
            show(false, "", false);
            return;
        }
        show(false, Messages.get("images.status.failed", failures.size()), true);
        StringBuilder why = new StringBuilder();
        failures.stream().limit(20).forEach(f -> why.append(Messages.get("cli.images.failed", f.productTitle(),
                f.source(), f.reason())).append('\n'));
        label.setTooltip(new Tooltip(why.toString().strip()));
        nextRetry.playFromStart();
    }

    private void show(boolean busy, String text, boolean canRetry) {
        spinner.setVisible(busy);
        spinner.setManaged(busy);
        label.setText(text);
        retry.setVisible(canRetry);
        retry.setManaged(canRetry);
        box.setVisible(busy || !text.isEmpty());
        box.setManaged(box.isVisible());
    }
}
