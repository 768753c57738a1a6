package com.merchantdesk.catalog.view;

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
final class PageBar extends HBox {

    PageBar(ProductListViewModel vm, BackgroundRunner runner) {
        getStyleClass().add("page-bar");
        setId("page-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        var canGoBack = Bindings.createBooleanBinding(vm::hasPreviousPage, vm.offsetProperty(), vm.totalProperty());
        var canGoOn = Bindings.createBooleanBinding(vm::hasNextPage, vm.offsetProperty(), vm.totalProperty(),
                vm.totalExactProperty());
        Button first = button("page-first", Feather.CHEVRONS_LEFT, "products.page.first", ProductShortcuts.FIRST_PAGE, vm::firstPage);
        Button previous = button("page-previous", Feather.CHEVRON_LEFT, "products.page.previous", ProductShortcuts.PREVIOUS_PAGE, vm::previousPage);
        Button next = button("page-next", Feather.CHEVRON_RIGHT, "products.page.next", ProductShortcuts.NEXT_PAGE, vm::nextPage);
        Button last = button("page-last", Feather.CHEVRONS_RIGHT, "products.page.last", ProductShortcuts.LAST_PAGE, vm::lastPage);
        first.disableProperty().bind(canGoBack.not());
        previous.disableProperty().bind(canGoBack.not());
        next.disableProperty().bind(canGoOn.not());
        last.disableProperty().bind(canGoOn.not());

        Label range = new Label();
        range.setId("page-label");
        range.textProperty().bind(vm.pageLabel());
        range.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setId("products-busy");
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(runner.showProgressProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(first, previous, range, next, last, spring, busy);
    }

    private static Button button(String id, Ikon icon, String key, KeyCombination keys, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(ProductShortcuts.tooltip(key, keys));
        b.setAccessibleText(com.merchantdesk.i18n.Messages.get(key));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
