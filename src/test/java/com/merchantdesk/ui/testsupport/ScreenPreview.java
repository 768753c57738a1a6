package com.merchantdesk.ui.testsupport;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows a real screen in a window laid out like the shell's (title and toolbar above, status line below), for
 * looking at it and for screenshots under Xvfb. The previews' arguments are {@code [light|dark] [en|ko|zh-CN]
 * [what to show]}; system properties {@code preview.width=1100} and {@code preview.font=Noto Sans CJK KR} (a
 * font with Korean or Chinese glyphs, set on the window the way the shell would).
 */
public final class ScreenPreview {

    private ScreenPreview() {}

    /** Sets the theme and language the arguments name and returns what to show ({@code fallback} if none). */
    public static String setUp(List<String> args, String fallback) {
        String theme = args.size() > 0 ? args.get(0) : "light";
        Messages.setLocale(Locale.forLanguageTag(args.size() > 1 ? args.get(1) : "en"));
        Application.setUserAgentStylesheet(("dark".equals(theme) ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
        return args.size() > 2 ? args.get(2) : fallback;
    }

    /** Shows the screen {@code factory} makes; closing the window closes {@code app} and ends the preview. */
    public static <S extends Screen> S show(Stage stage, AppContext app, Function<ScreenContext, S> factory) {
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "preview-background");
            t.setDaemon(true);
            return t;
        });
        StatusBarModel status = new StatusBarModel();
        S screen = factory.apply(new ScreenContext(app, background, status, () -> stage));
        Label statusLine = new Label();
        statusLine.textProperty().bind(status.messageProperty());
        statusLine.setPadding(new Insets(4, 10, 4, 10));
        BorderPane header = new BorderPane();
        Label title = new Label(Messages.get(screen.titleKey()));
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        header.setLeft(title);
        header.setRight(screen.toolbar());
        header.setPadding(new Insets(10, 16, 10, 20));
        BorderPane window = new BorderPane(screen.content());
        window.setTop(header);
        window.setBottom(statusLine);
        if (System.getProperty("preview.font") != null) {
            window.setStyle("-fx-font-family: '" + System.getProperty("preview.font") + "';");
        }
        Scene scene = new Scene(window, Integer.getInteger("preview.width", 1280), 800);
        scene.getAccelerators().putAll(screen.shortcuts());
        stage.setScene(scene);
        stage.setTitle("Merchant Desk \u2014 " + Messages.get(screen.titleKey()));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        screen.onShown();
        stage.setOnHidden(e -> {
            app.close();
            Platform.exit();
        });
        return screen;
    }

    /** Runs {@code action} on the FX thread after {@code seconds}, e.g. once the list has loaded. */
    public static void after(double seconds, Runnable action) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> action.run());
        wait.play();
    }
}
