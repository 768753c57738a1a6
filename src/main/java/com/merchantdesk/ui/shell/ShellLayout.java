package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The nodes of the main window: rail left, screen header and content in the middle, status bar below. */
final class ShellLayout {

    private final BorderPane root = new BorderPane();
    private final NavigationRail rail;
    private final Label title = new Label();
    private final HBox toolbarSlot = new HBox();
    private final StackPane contentSlot = new StackPane();
    private final StackPane center;
    /** Made the first time the window is busy: a spinner is not worth building for every start. */
    private VBox busyOverlay;
    private Label busyText;
    private final Map<String, Node> contents = new HashMap<>();
    private Screen shown;

    ShellLayout(List<ScreenEntry> screens, Map<String, KeyCombination> keys, StatusBarModel status,
                Consumer<String> onSelect) {
        List<ScreenEntry> numbered = screens.subList(0, screens.size() - 1);
        rail = new NavigationRail(numbered, screens.get(screens.size() - 1), keys, onSelect);

        title.setId("screen-title");
        title.getStyleClass().addAll("screen-title", atlantafx.base.theme.Styles.TITLE_3);
        toolbarSlot.getStyleClass().add("screen-toolbar");
        HBox.setHgrow(toolbarSlot, Priority.ALWAYS);
        HBox header = new HBox(16, title, toolbarSlot);
        header.getStyleClass().add("screen-header");

        contentSlot.getStyleClass().add("screen-content");
        VBox.setVgrow(contentSlot, Priority.ALWAYS);
        VBox page = new VBox(header, contentSlot);

        center = new StackPane(page);
        root.getStyleClass().add("shell");
        root.setLeft(rail.view());
        root.setCenter(center);
        root.setBottom(StatusBar.view(status, onSelect));
    }

    BorderPane root() { return root; }

    void show(Screen screen) {
        shown = screen;
        rail.markSelected(screen.id());
        title.setText(Messages.get(screen.titleKey()));
        Node toolbar = screen.toolbar();
        if (toolbar == null) {
            toolbarSlot.getChildren().clear();
        } else {
            HBox.setHgrow(toolbar, Priority.ALWAYS);
            toolbarSlot.getChildren().setAll(toolbar);
        }
        // Each screen's content is built once and kept, so switching back is instant and keeps its state.
        contentSlot.getChildren().setAll(contents.computeIfAbsent(screen.id(), id -> screen.content()));
    }

    boolean isShowing(Screen screen) { return shown == screen; }

    /** Marks the shown screen in the rail again, after a click on one that could not be opened. */
    void keepSelection() {
        if (shown != null) {
            rail.markSelected(shown.id());
        }
    }

    Node content() { return contentSlot.getChildren().isEmpty() ? null : contentSlot.getChildren().get(0); }

    /** Covers the window while the data is being swapped, so nothing can touch a closed database. */
    void busy(String text) {
        if (busyOverlay == null) {
            busyText = new Label();
            busyText.setId("busy-text");
            busyOverlay = new VBox(12, new ProgressIndicator(), busyText);
            busyOverlay.getStyleClass().add("busy-overlay");
            center.getChildren().add(busyOverlay);
        }
        busyText.setText(text);
        busyOverlay.setVisible(true);
        root.getLeft().setDisable(true);
    }

    boolean isBusy() { return busyOverlay != null && busyOverlay.isVisible(); }

    void idle() {
        if (busyOverlay != null) {
            busyOverlay.setVisible(false);
        }
        root.getLeft().setDisable(false);
    }
}
