package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.SyncStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sync part of the status bar: the state ({@link SyncStateText}: online, offline, receiving…), the last time
 * sync reached the platform (in the shop's zone), "Sync now" with its progress, and "Work offline" (the counts are
 * status bar indicators, {@link SyncWatcher}). Short texts and icon buttons, so it fits the window's smallest size
 * beside the other indicators.
 */
final class SyncStatusBar {

    private SyncStatusBar() {}

    static HBox view(SyncRunner runner, Supplier<ZoneId> zone) {
        Label state = new Label();
        state.setId("sync-state");
        Tooltip stateTip = new Tooltip();
        Label last = new Label();
        last.setId("sync-last-success");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        Button now = new Button();
        now.setId("sync-now");
        now.getStyleClass().addAll("flat", "small");
        now.setPadding(new Insets(0, 4, 0, 4));
        FontIcon refresh = new FontIcon(Feather.REFRESH_CW);
        now.graphicProperty().bind(Bindings.when(runner.runningProperty()).<javafx.scene.Node>then(spinner).otherwise(refresh));
        Tooltip nowTip = new Tooltip();
        now.setTooltip(nowTip);
        now.disableProperty().bind(runner.workOfflineProperty().or(runner.configuredProperty().not()));
        now.setOnAction(e -> runner.syncNow());

        ToggleButton offline = new ToggleButton();
        offline.setId("sync-work-offline");
        offline.getStyleClass().addAll("flat", "small");
        offline.setPadding(new Insets(0, 4, 0, 4));
        // The selected toggle is filled with the accent colour: its icon turns white to stay visible.
        FontIcon offIcon = new FontIcon(Feather.WIFI_OFF);
        FontIcon onIcon = new FontIcon(Feather.WIFI_OFF);
        onIcon.setIconColor(javafx.scene.paint.Color.WHITE);
        offline.graphicProperty().bind(Bindings.when(offline.selectedProperty()).<javafx.scene.Node>then(onIcon).otherwise(offIcon));
        offline.setTooltip(new Tooltip(Messages.get("sync.view.status.workOffline")));
        offline.selectedProperty().bindBidirectional(runner.workOfflineProperty());

        Runnable update = () -> {
            SyncStatus s = runner.statusProperty().get();
            SyncReport report = runner.lastReportProperty().get();
            boolean localOnly = s != null && s.localOnly();
            SyncStateText stateText = SyncStateText.of(runner);
            state.setText(stateText.text());
            // Why the last run ended (the engine's words), for a run that did not get in step.
            boolean unsettled = report != null && report.outcome() != SyncOutcome.CONVERGED && !localOnly;
            stateTip.setText(unsettled ? report.message() : "");
            state.setTooltip(unsettled ? stateTip : null);
            state.setGraphic(new FontIcon(stateText.icon()));
            var success = runner.lastSuccessProperty().get();
            last.setText(success == null || localOnly ? "" : Messages.get("sync.view.status.lastSuccess",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Messages.locale())
                            .format(success.atZone(zone.get()))));
            boolean controls = !localOnly;
            now.setVisible(controls);
            now.setManaged(controls);
            offline.setVisible(controls);
            offline.setManaged(controls);
            SyncRunner.Progress p = runner.progressProperty().get();
            nowTip.setText(runner.runningProperty().get()
                    ? Messages.get("sync.view.status.progress", p.pushed(), p.pulled())
                    : Messages.get("sync.view.status.syncNow"));
        };
        runner.statusProperty().addListener(o -> update.run());
        runner.onlineProperty().addListener(o -> update.run());
        runner.configuredProperty().addListener(o -> update.run());
        runner.workOfflineProperty().addListener(o -> update.run());
        runner.anotherRunningProperty().addListener(o -> update.run());
        runner.lastSuccessProperty().addListener(o -> update.run());
        runner.runningProperty().addListener(o -> update.run());
        runner.progressProperty().addListener(o -> update.run());
        runner.lastReportProperty().addListener(o -> update.run());
        update.run();

        HBox bar = new HBox(6, state, last, now, offline);
        bar.setId("sync-status");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return bar;
    }
}
