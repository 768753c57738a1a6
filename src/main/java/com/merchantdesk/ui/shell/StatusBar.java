package com.merchantdesk.ui.shell;

import com.merchantdesk.ui.controls.StatusBarModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line of the window: last message, background progress, and the sync state. */
final class StatusBar {

    /** How long work runs before the status bar shows its progress. */
    static final Duration PROGRESS_DELAY = Duration.millis(200);

    private StatusBar() {}

    static HBox view(StatusBarModel model, Consumer<String> select) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Label sync = new Label();
        sync.setId("status-sync");
        sync.setGraphic(new FontIcon(Feather.CLOUD_OFF));
        sync.textProperty().bind(model.syncStateProperty());
        sync.visibleProperty().bind(Bindings.isNotEmpty(model.syncStateProperty()).and(model.syncViewProperty().isNull()));
        sync.managedProperty().bind(sync.visibleProperty());
        // The sync feature's own view, when it has put one here, takes the plain text's place.
        HBox syncSlot = new HBox(sync);
        syncSlot.setId("status-sync-slot");
        syncSlot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Runnable showSyncView = () -> {
            syncSlot.getChildren().setAll(sync);
            if (model.syncViewProperty().get() != null) {
                syncSlot.getChildren().add(model.syncViewProperty().get());
            }
        };
        model.syncViewProperty().addListener((obs, before, now) -> showSyncView.run());
        showSyncView.run();

        HBox indicators = new HBox(10);
        indicators.setId("status-indicators");
        showIndicators(model, indicators, select);
        HBox bar = new HBox(10, message, indicators, new Separator(Orientation.VERTICAL), syncSlot);
        bar.getStyleClass().add("status-bar");
        showProgressOfLongWork(model, bar);
        return bar;
    }

    /** One link per feature indicator, kept in step with the model's list; a click opens the indicator's screen. */
    private static void showIndicators(StatusBarModel model, HBox box, Consumer<String> select) {
        Runnable rebuild = () -> {
            box.getChildren().clear();
            for (StatusBarModel.Indicator indicator : model.indicators()) {
                Hyperlink link = new Hyperlink();
                link.setId("status-" + indicator.id());
                link.getStyleClass().addAll("status-indicator", indicator.styleClass());
                link.textProperty().bind(indicator.text());
                link.visibleProperty().bind(Bindings.isNotEmpty(indicator.text()));
                link.managedProperty().bind(link.visibleProperty());
                link.setOnAction(e -> {
                    select.accept(indicator.screenId());
                    indicator.onOpen().run();
                    link.setVisited(false);
                });
                box.getChildren().add(link);
            }
        };
        model.indicators().addListener((ListChangeListener<StatusBarModel.Indicator>) change -> rebuild.run());
        rebuild.run();
    }

    /**
     * Shows a progress bar beside the message while work runs, but only once it has run for
     * {@link #PROGRESS_DELAY}: quick work (most list pages) would only make it flicker. It is made the first time
     * it is needed, so the window's first frame does not build and animate one.
     */
    private static void showProgressOfLongWork(StatusBarModel model, HBox bar) {
        ProgressBar[] progress = new ProgressBar[1];
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(e -> {
            if (progress[0] == null) {
                progress[0] = new ProgressBar();
                progress[0].setId("status-progress");
                progress[0].setPrefWidth(140);
                progress[0].progressProperty().bind(model.progressProperty());
                progress[0].managedProperty().bind(progress[0].visibleProperty());
                bar.getChildren().add(1, progress[0]);
            }
            progress[0].setVisible(true);
        });
        // 0 means idle; -1 (indeterminate) and any fraction mean work is running.
        model.progressProperty().addListener((obs, before, now) -> {
            boolean running = now.doubleValue() != 0;
            boolean wasRunning = before.doubleValue() != 0;
            if (running && !wasRunning) {
                delay.playFromStart();
            } else if (!running) {
                delay.stop();
                if (progress[0] != null) {
                    progress[0].setVisible(false);
                }
            }
        });
    }
}
