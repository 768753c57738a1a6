package com.merchantdesk.bench.view;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second start-up yardstick, for information: a window of plain JavaFX controls and no app code (a table
 * of 6 columns and 100 rows, a tool bar with a button, a text field and a combo box, two toggle buttons),
 * launched and reported like {@link BareJavaFxWindow}. It tells how much of the app's start-up any JavaFX
 * screen with a table costs on the machine at hand.
 */
public final class PlainControlsWindow {

    private static final int COLUMNS = 6;
    private static final int ROWS = 100;

    private PlainControlsWindow() {}

    public static void main(String[] args) {
        Application.launch(Controls.class, args);
    }

    public static final class Controls extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < COLUMNS; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + (c + 1));
                col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
                table.getColumns().add(col);
            }
            ObservableList<String[]> rows = FXCollections.observableArrayList();
            for (int r = 0; r < ROWS; r++) {
                rows.add(new String[] {"Product title " + r, "SKU-" + r, "2000000" + (100000 + r), "12.00", "5", "Active"});
            }
            table.setItems(rows);
            BorderPane root = new BorderPane(table);
            root.setTop(new ToolBar(new Button("New"), new TextField(), new ComboBox<String>()));
            root.setLeft(new VBox(new ToggleButton("Products"), new ToggleButton("Orders")));
            stage.setScene(new Scene(root, 1200, 760));
            stage.show();
            FirstFrameProbe.reportAfterNextPulse(stage.getScene());
        }
    }
}
