package com.merchantdesk.ui;

import com.merchantdesk.store.DataDirectory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and opens the main window on a data folder. */
public final class DesktopLauncher {

    private static DataDirectory dataDirectory;

    private DesktopLauncher() {}

    public static void launch(DataDirectory dir, boolean demo) {
        dataDirectory = dir;
        Application.launch(DeskApplication.class);
    }

    public static final class DeskApplication extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Merchant Desk");
            stage.setScene(new Scene(new Label("Merchant Desk: " + dataDirectory.root()), 800, 600));
            stage.show();
        }
    }
}
