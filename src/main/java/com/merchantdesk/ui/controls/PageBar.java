package com.merchantdesk.ui.controls;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * First, previous, next and last page, "1–100 of 12,345", and a progress bar while a query is slow. Its ids
 * start with the screen's prefix ({@code products-page-next}), so two screens' bars can be told apart.
 */
public final class PageBar extends HBox {

    public static final KeyCombination PREVIOUS_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIRST_PAGE =
            new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination LAST_PAGE =
            new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** What each page key does, for the shortcut list (F1). */
    public static final Map<KeyCombination, String> SHORTCUT_DESCRIPTIONS = Map.of(
            PREVIOUS_PAGE, "controls.page.previous",
            NEXT_PAGE, "controls.page.next",
            FIRST_PAGE, "controls.page.first",
            LAST_PAGE, "controls.page.last");

    public PageBar(String idPrefix, Paging list, BackgroundRunner runner) {
        getStyleClass().add("page-bar");
        setId(idPrefix + "-page-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        BooleanBinding canGoBack = Bindings.createBooleanBinding(list::hasPreviousPage, list.pagePosition());
        BooleanBinding canGoOn = Bindings.createBooleanBinding(list::hasNextPage, list.pagePosition());
        Button first = button(idPrefix + "-page-first", Feather.CHEVRONS_LEFT, "controls.page.first", FIRST_PAGE, list::firstPage);
        Button previous = button(idPrefix + "-page-previous", Feather.CHEVRON_LEFT, "controls.page.previous", PREVIOUS_PAGE,
                list::previousPage);
        Button next = button(idPrefix + "-page-next", Feather.CHEVRON_RIGHT, "controls.page.next", NEXT_PAGE, list::nextPage);
        Button last = button(idPrefix + "-page-last", Feather.CHEVRONS_RIGHT, "controls.page.last", LAST_PAGE, list::lastPage);
        first.disableProperty().bind(canGoBack.not());
        previous.disableProperty().bind(canGoBack.not());
        next.disableProperty().bind(canGoOn.not());
        last.disableProperty().bind(canGoOn.not());

        Label range = new Label();
        range.setId(idPrefix + "-page-label");
        range.textProperty().bind(list.pageLabel());
        range.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setId(idPrefix + "-busy");
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(runner.showProgressProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(first, previous, range, next, last, spring, busy);
    }

    /** The page keys of a screen showing {@code list}, to add to the screen's shortcuts. */
    public static Map<KeyCombination, Runnable> shortcuts(Paging list) {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(PREVIOUS_PAGE, list::previousPage);
        keys.put(NEXT_PAGE, list::nextPage);
        keys.put(FIRST_PAGE, list::firstPage);
        keys.put(LAST_PAGE, list::lastPage);
        return keys;
    }

    private static Button button(String id, Ikon icon, String key, KeyCombination keys, Runnable action) {
        Button button = ToolButtons.icon(id, icon, key, keys, action);
        // Paging has keys of its own, so Tab need not stop on these buttons.
        button.setFocusTraversable(false);
        return button;
    }
}
