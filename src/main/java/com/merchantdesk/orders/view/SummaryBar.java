package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.OrderSummaryCounts;
import com.merchantdesk.ui.controls.LazyTooltip;
import com.merchantdesk.ui.controls.ShortcutHint;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The seller's workbench counters above the orders list: to pay, to pack, to ship, after-sale. Each one shows
 * its count and filters the list when clicked (again: the whole list).
 */
final class SummaryBar {

    private final HBox bar = new HBox(8);

    SummaryBar(OrderListViewModel vm) {
        bar.setId("orders-summary");
        bar.getStyleClass().add("orders-summary");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(
                counter(vm, "counter-to-pay", "orders.view.counter.toPay", Feather.CREDIT_CARD, StatusChoice.PENDING_PAYMENT,
                        OrderSummaryCounts::toPay, OrderShortcuts.TO_PAY),
                counter(vm, "counter-to-pack", "orders.view.counter.toPack", Feather.PACKAGE, StatusChoice.PAID,
                        OrderSummaryCounts::toPack, OrderShortcuts.TO_PACK),
                counter(vm, "counter-to-ship", "orders.view.counter.toShip", Feather.TRUCK, StatusChoice.PACKED,
                        OrderSummaryCounts::toShip, OrderShortcuts.TO_SHIP),
                counter(vm, "counter-after-sale", "orders.view.counter.afterSale", Feather.ROTATE_CCW, StatusChoice.AFTER_SALE,
                        OrderSummaryCounts::afterSale, OrderShortcuts.AFTER_SALE));
    }

    HBox node() { return bar; }

    private static ToggleButton counter(OrderListViewModel vm, String id, String key, Ikon icon, StatusChoice choice,
                                        ToLongFunction<OrderSummaryCounts> count, KeyCombination keys) {
        Label number = new Label();
        number.getStyleClass().add("counter-value");
        number.setId(id + "-value");
        number.textProperty().bind(Bindings.createStringBinding(
                () -> OrderFormats.count(count.applyAsLong(vm.countsProperty().get())), vm.countsProperty()));
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("counter-name");
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("counter-icon");
        HBox content = new HBox(8, graphic, number, name);
        content.setAlignment(Pos.CENTER_LEFT);

        ToggleButton button = new ToggleButton(null, content);
        button.setId(id);
        button.getStyleClass().add("summary-counter");
        LazyTooltip.install(button, ShortcutHint.text(Messages.get("orders.view.counter.tooltip." + id.substring("counter-".length())), keys));
        button.setFocusTraversable(false);
        button.setSelected(vm.statusProperty().get() == choice);
        vm.statusProperty().addListener((o, before, now) -> button.setSelected(now == choice));
        button.setOnAction(e -> {
            vm.toggleCounter(choice);
            // The toggle's own state follows the filter, not the click.
            button.setSelected(vm.statusProperty().get() == choice);
        });
        button.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get(key) + " " + OrderFormats.count(count.applyAsLong(vm.countsProperty().get())),
                vm.countsProperty()));
        return button;
    }
}
