package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.CsvError;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.DialogWindows;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A refused import: nothing was imported, and every problem of the file is listed by line, column and reason,
 * so the seller can fix the rows in the spreadsheet. The list can be copied to the clipboard as text.
 */
final class CsvErrorsDialog {

    static final String ROOT_ID = "csv-errors";
    private static final String DASH = "\u2014";

    private final Stage stage;
    private final String fileName;
    private final List<CsvError> errors;
    private final Label copied = new Label();

    private CsvErrorsDialog(Window owner, String fileName, List<CsvError> errors) {
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
        this.stage = DialogWindows.stage(owner, Messages.get("products.csv.errors.window", fileName));

        FontIcon icon = new FontIcon(Feather.ALERT_OCTAGON);
        icon.setIconSize(22);
        icon.getStyleClass().addAll("csv-icon", "csv-refused");
        Label headline = new Label(headline(errors.size()));
        headline.setId("csv-errors-headline");
        headline.getStyleClass().addAll("csv-headline", "csv-refused");
        headline.setWrapText(true);
        Label hint = new Label(Messages.get("products.csv.errors.hint", fileName));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox text = new VBox(4, headline, hint);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox top = new HBox(12, icon, text);
        top.setAlignment(Pos.TOP_LEFT);

        TableView<CsvError> table = table();

        Button copy = new Button(Messages.get("products.csv.errors.copy"), new FontIcon(Feather.COPY));
        copy.setId("csv-errors-copy");
        copy.setOnAction(e -> copyToClipboard());
        copied.setId("csv-errors-copied");
        copied.getStyleClass().add("text-muted");
        Button close = new Button(Messages.get("products.csv.close"));
        close.setId("csv-errors-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(10, copy, copied, spring, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(table);
        root.setId(ROOT_ID);
        root.getStyleClass().add("csv-errors");
        root.setTop(top);
        root.setBottom(buttons);
        root.setPadding(new Insets(16, 18, 14, 18));
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPrefSize(760, 460);
        stage.setScene(ProductDialogs.WINDOWS.scene(root, owner));
        stage.setMinWidth(480);
        stage.setMinHeight(300);
    }

    static CsvErrorsDialog open(Window owner, String fileName, List<CsvError> errors) {
        CsvErrorsDialog dialog = new CsvErrorsDialog(owner, fileName, errors);
        dialog.stage.show();
        return dialog;
    }

    static String headline(int problems) {
        return Messages.get("products.csv.errors.headline", problems);
    }

    /** The headline, the file, then one problem a line as "Line 7, price: reason". */
    String clipboardText() {
        StringBuilder text = new StringBuilder(headline(errors.size())).append(" (").append(fileName).append(')');
        errors.forEach(error -> text.append(System.lineSeparator()).append(error.describe()));
        return text.append(System.lineSeparator()).toString();
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(clipboardText());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(Messages.get("products.csv.errors.copied"));
    }

    private TableView<CsvError> table() {
        TableView<CsvError> table = new TableView<>(FXCollections.observableArrayList(errors));
        table.setId("csv-errors-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CsvError, String> line = column("csv-errors-line", "products.csv.errors.line",
                e -> e.line() <= 0 ? Messages.get("products.csv.errors.wholeFile") : Long.toString(e.line()), 72);
        line.setStyle("-fx-alignment: CENTER_RIGHT;");
        line.setMinWidth(64);
        line.setComparator((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        TableColumn<CsvError, String> column = column("csv-errors-column", "products.csv.errors.column",
                e -> e.column().isEmpty() ? DASH : e.column(), 150);
        column.setMinWidth(90);
        TableColumn<CsvError, String> reason = column("csv-errors-reason", "products.csv.errors.reason", CsvError::message, 500);
        reason.setCellFactory(c -> new WrappingCell());
        table.getColumns().setAll(List.of(line, column, reason));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<CsvError, String> column(String id, String key, Function<CsvError, String> value, double width) {
        TableColumn<CsvError, String> c = new TableColumn<>(Messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    /** Long reasons wrap onto more lines instead of ending in "...". */
    private static final class WrappingCell extends TableCell<CsvError, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("csv-reason-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    Stage stage() { return stage; }
}
