package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.BackgroundRunner;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** First, previous, next and last page, "1–100 of 12,345", and a progress bar while a query is slow. */
final class PageControls extends HBox {

    PageControls(String idPrefix, PagedListModel<?> vm, BackgroundRunner work) {
        getStyleClass().add("page-bar");
        setId(idPrefix + "-page-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        var canGoBack = Bindings.createBooleanBinding(vm::hasPreviousPage, vm.offsetProperty(), vm.totalProperty());
        var canGoOn = Bindings.createBooleanBinding(vm::hasNextPage, vm.offsetProperty(), vm.totalProperty());
        Button first = button(idPrefix + "-page-first", Feather.CHEVRONS_LEFT, "orders.view.page.first", OrderShortcuts.FIRST_PAGE, vm::firstPage);
        Button previous = button(idPrefix + "-page-previous", Feather.CHEVRON_LEFT, "orders.view.page.previous", OrderShortcuts.PREVIOUS_PAGE, vm::previousPage);
        Button next = button(idPrefix + "-page-next", Feather.CHEVRON_RIGHT, "orders.view.page.next", OrderShortcuts.NEXT_PAGE, vm::nextPage);
        Button last = button(idPrefix + "-page-last", Feather.CHEVRONS_RIGHT, "orders.view.page.last", OrderShortcuts.LAST_PAGE, vm::lastPage);
        first.disableProperty().bind(canGoBack.not());
        previous.disableProperty().bind(canGoBack.not());
        next.disableProperty().bind(canGoOn.not());
        last.disableProperty().bind(canGoOn.not());

        Label range = new Label();
        range.setId(idPrefix + "-page-label");
        range.textProperty().bind(vm.pageLabel());
        range.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(work.showProgressProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(first, previous, range, next, last, spring, busy);
    }

    private static Button button(String id, Ikon icon, String key, KeyCombination keys, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(OrderShortcuts.tooltip(key, keys));
        b.setAccessibleText(Messages.get(key));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
