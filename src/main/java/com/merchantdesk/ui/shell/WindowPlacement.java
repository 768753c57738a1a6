package com.merchantdesk.ui.shell;

import com.merchantdesk.settings.Settings.WindowBounds;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Puts the window where the seller left it, if that place is still on a screen, and reports every move. */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;
    // Enough of the title bar must be on a screen for the seller to grab it.
    private static final double TITLE_BAR = 32;
    private static final double MIN_VISIBLE_WIDTH = 120;

    private WindowPlacement() {}

    /** True when the top edge of {@code bounds} lies on one of {@code screens} far enough to drag the window. */
    static boolean isReachable(WindowBounds bounds, List<Rectangle2D> screens) {
        if (bounds == null || !(bounds.width() > 0) || !(bounds.height() > 0)
                || !Double.isFinite(bounds.x()) || !Double.isFinite(bounds.y())) {
            return false;
        }
        for (Rectangle2D screen : screens) {
            double left = Math.max(bounds.x(), screen.getMinX());
            double right = Math.min(bounds.x() + bounds.width(), screen.getMaxX());
            double top = Math.max(bounds.y(), screen.getMinY());
            double bottom = Math.min(bounds.y() + TITLE_BAR, screen.getMaxY());
            if (right - left >= MIN_VISIBLE_WIDTH && bottom - top >= TITLE_BAR / 2) {
                return true;
            }
        }
        return false;
    }

    static List<Rectangle2D> screens() {
        return javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
    }

    /** Applies saved bounds when reachable; otherwise a default size centred on the primary screen. */
    public static void restore(Stage stage, WindowBounds saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (isReachable(saved, screens())) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(Math.max(saved.width(), MIN_WIDTH));
            stage.setHeight(Math.max(saved.height(), MIN_HEIGHT));
            stage.setMaximized(saved.maximized());
            return;
        }
        Rectangle2D primary = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(primary.getMinX() + (primary.getWidth() - width) / 2);
        stage.setY(primary.getMinY() + (primary.getHeight() - height) / 2);
    }

    /**
     * Reports the window's bounds after each move or resize. While maximized the last normal bounds are kept,
     * so un-maximizing after a restart returns to them.
     */
    static void track(Stage stage, Consumer<WindowBounds> onChange) {
        WindowBounds[] normal = {capture(stage)};
        InvalidationListener listener = observable -> {
            if (stage.isIconified()) {
                return;
            }
            if (!stage.isMaximized()) {
                normal[0] = capture(stage);
            }
            WindowBounds last = normal[0];
            onChange.accept(new WindowBounds(last.x(), last.y(), last.width(), last.height(), stage.isMaximized()));
        };
        stage.xProperty().addListener(listener);
        stage.yProperty().addListener(listener);
        stage.widthProperty().addListener(listener);
        stage.heightProperty().addListener(listener);
        stage.maximizedProperty().addListener(listener);
    }

    static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
