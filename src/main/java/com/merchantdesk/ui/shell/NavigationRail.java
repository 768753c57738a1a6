package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.LazyTooltip;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The column of screen buttons on the left; Settings sits apart at the bottom. */
final class NavigationRail {

    private final VBox view = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    /** A button with its icon and a label of one or two lines, with the rail's spacing. */
    static final double LABELLED_BUTTON_HEIGHT = 68;
    /** The rail's padding, the gap above Settings and the status bar. */
    static final double RAIL_AND_STATUS_BAR_EXTRA = 72;

    /** @param keys the shortcut of each screen id, shown in its tooltip */
    NavigationRail(List<ScreenEntry> screens, ScreenEntry settings, Map<String, KeyCombination> keys,
                   Consumer<String> onSelect) {
        view.getStyleClass().add("nav-rail");
        for (ScreenEntry screen : screens) {
            view.getChildren().add(button(screen, keys.get(screen.id()), onSelect));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        view.getChildren().addAll(spacer, button(settings, keys.get(settings.id()), onSelect));
        // In a window too short for every button with its label, the rail shows icons only (the tooltips name them),
        // so the status bar stays inside the window whatever number of screens the features register.
        view.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.heightProperty().addListener((h, was, height) -> compact(height.doubleValue()));
                compact(scene.getHeight());
            }
        });
    }

    /** The scene height under which the labelled buttons (and the status bar under them) no longer fit. */
    private double heightForLabels() { return buttons.size() * LABELLED_BUTTON_HEIGHT + RAIL_AND_STATUS_BAR_EXTRA; }

    private void compact(double sceneHeight) {
        boolean compact = sceneHeight > 0 && sceneHeight < heightForLabels();
        if (compact != view.getStyleClass().contains("compact")) {
            if (compact) {
                view.getStyleClass().add("compact");
            } else {
                view.getStyleClass().remove("compact");
            }
        }
    }

    private ToggleButton button(ScreenEntry screen, KeyCombination key, Consumer<String> onSelect) {
        String title = Messages.get(screen.titleKey());
        ToggleButton button = new ToggleButton(title, new FontIcon(screen.icon()));
        button.setId("rail-" + screen.id());
        button.getStyleClass().add("nav-rail-button");
        button.setContentDisplay(ContentDisplay.TOP);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setToggleGroup(group);
        LazyTooltip.install(button, key == null ? title : title + "  (" + key.getDisplayText() + ")");
        // A rail always shows one screen: clicking the selected button must not unselect it.
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (button.isSelected()) {
                e.consume();
            }
        });
        button.setOnAction(e -> onSelect.accept(screen.id()));
        buttons.put(screen.id(), button);
        return button;
    }

    VBox view() { return view; }

    /** Marks {@code screenId} as the shown screen without firing the selection callback. */
    void markSelected(String screenId) {
        ToggleButton button = buttons.get(screenId);
        if (button != null) {
            button.setSelected(true);
        }
    }
}
