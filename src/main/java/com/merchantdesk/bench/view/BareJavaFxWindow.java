package com.merchantdesk.bench.view;

import com.merchantdesk.StartupTrace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX "hello" window, launched the same way as the app (a main class that is
 * not an {@code Application}, JavaFX on the class path) and reported the same way: after the first pulse that
 * laid out its scene.
 */
public final class BareJavaFxWindow {

    private BareJavaFxWindow() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Application.launch(Hello.class, args);
    }

    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            StartupTrace.mark("start");
            stage.setScene(new Scene(new Label("Hello"), 400, 300));
            stage.show();
            StartupTrace.mark("window shown");
            FirstFrameProbe.reportAfterNextPulse(stage.getScene());
        }
    }
}
