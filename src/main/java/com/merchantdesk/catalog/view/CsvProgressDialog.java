package com.merchantdesk.catalog.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.text.NumberFormat;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window of one CSV import or export: a progress bar bound to the job and a Cancel button while it runs,
 * then what came of it (a summary, or that it was cancelled and changed nothing) with a Close button.
 */
final class CsvProgressDialog {

    static final String ROOT_ID = "csv-progress";

    private final Stage stage;
    private final FontIcon icon = new FontIcon(Feather.FILE_TEXT);
    private final Label headline = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final Label hint = new Label();
    private final StringProperty waitingText = new SimpleStringProperty("");
    private final VBox details = new VBox(4);
    private final Button cancel = new Button(Messages.get("products.csv.cancel"));
    private final Button close = new Button(Messages.get("products.csv.close"));
    private final Runnable onCancel;
    private boolean running = true;

    private CsvProgressDialog(Window owner, String title, String runningText, String hintText, Worker<?> job, Runnable onCancel) {
        this.onCancel = onCancel;
        this.stage = DialogWindows.stage(owner, title);

        headline.setId("csv-progress-headline");
        headline.setText(runningText);
        headline.getStyleClass().add("csv-headline");
        headline.setWrapText(true);
        icon.getStyleClass().add("csv-icon");
        icon.setIconSize(22);

        bar.setId("csv-progress-bar");
        bar.progressProperty().bind(job.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        NumberFormat percentFormat = NumberFormat.getPercentInstance(Messages.locale());
        percent.setId("csv-progress-percent");
        percent.textProperty().bind(Bindings.createStringBinding(() -> {
            double p = job.getProgress();
            return p < 0 ? "" : percentFormat.format(p);
        }, job.progressProperty()));
        percent.setMinWidth(48);
        percent.setAlignment(Pos.CENTER_RIGHT);
        HBox progressLine = new HBox(10, bar, percent);
        progressLine.setAlignment(Pos.CENTER_LEFT);

        hint.setId("csv-progress-hint");
        hint.setText(hintText);
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        details.setId("csv-progress-details");
        details.setVisible(false);
        details.setManaged(false);

        cancel.setId("csv-progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        close.setId("csv-progress-close");
        close.setDefaultButton(true);
        close.setVisible(false);
        close.setManaged(false);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(10, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox text = new VBox(10, headline, progressLine, WaitingLabel.create("csv-progress-waiting", waitingText), details,
                hint);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox body = new HBox(14, icon, text);
        BorderPane root = new BorderPane(body);
        root.setId(ROOT_ID);
        root.getStyleClass().add("csv-progress");
        root.setBottom(buttons);
        root.setPadding(new Insets(18, 20, 14, 20));
        BorderPane.setMargin(buttons, new Insets(16, 0, 0, 0));
        root.setPrefWidth(500);
        Scene scene = ProductDialogs.WINDOWS.scene(root, owner);
        stage.setScene(scene);
        stage.setResizable(false);
        // Closing the window while the job runs means cancel; the window stays until the job has stopped.
        stage.setOnCloseRequest(e -> {
            if (running) {
                e.consume();
                cancel();
            }
        });
    }

    /**
     * Shows the window for {@code job}; {@code onCancel} runs when the seller presses Cancel, presses Esc or
     * closes the window while the job runs.
     */
    static CsvProgressDialog open(Window owner, String title, String runningText, String hint, Worker<?> job, Runnable onCancel) {
        CsvProgressDialog dialog = new CsvProgressDialog(owner, title, runningText, hint, job, onCancel);
        dialog.stage.show();
        dialog.cancel.requestFocus();
        return dialog;
    }

    private void cancel() {
        if (!running || cancel.isDisabled()) {
            return;
        }
        cancel.setDisable(true);
        headline.setText(Messages.get("products.csv.cancelling"));
        onCancel.run();
    }

    /** The job has stopped: replaces the progress with {@code headlineText} and {@code lines}, and offers Close. */
    /** While the job waits for another writer of the data folder, what it waits for (empty otherwise). */
    void showWaiting(ObservableStringValue text) { waitingText.bind(text); }

    void finished(Ikon kind, String styleClass, String headlineText, List<String> lines, String hintText) {
        running = false;
        waitingText.unbind();
        waitingText.set("");
        icon.setIconCode(kind);
        icon.getStyleClass().setAll("ikonli-font-icon", "csv-icon", styleClass);
        headline.setText(headlineText);
        bar.progressProperty().unbind();
        bar.getParent().setVisible(false);
        bar.getParent().setManaged(false);
        details.getChildren().setAll(lines.stream().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("csv-detail-line");
            label.setWrapText(true);
            return label;
        }).toList());
        details.setVisible(!lines.isEmpty());
        details.setManaged(!lines.isEmpty());
        hint.setText(hintText);
        hint.setVisible(hintText != null && !hintText.isEmpty());
        hint.setManaged(hint.isVisible());
        cancel.setVisible(false);
        cancel.setManaged(false);
        close.setVisible(true);
        close.setManaged(true);
        close.setCancelButton(true);
        close.requestFocus();
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.sizeToScene();
    }

    /** Closes the window without a result (the result is shown elsewhere). */
    void close() {
        running = false;
        stage.close();
    }

    Stage stage() { return stage; }
}
