package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.OrderTotals;
import java.util.Currency;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The order entry form's totals (subtotal, discount, shipping, tax, total), recomputed as the seller types. */
final class EntryTotalsBox {

    private EntryTotalsBox() {}

    /** The totals of {@code totals} as they change, with the rounding note for {@code currency}. */
    static Node create(ReadOnlyObjectProperty<OrderTotals> totals, Currency currency) {
        GridPane grid = new GridPane();
        grid.setId("entry-totals");
        grid.getStyleClass().add("totals-grid");
        grid.setHgap(16);
        grid.setVgap(3);
        addTotal(totals, grid, 0, "orders.view.totals.subtotal", "entry-subtotal", t -> OrderFormats.money(t.subtotal()),
                false);
        addTotal(totals, grid, 1, "orders.view.totals.discount", "entry-discount",
                t -> OrderFormats.money(new Money(-t.orderDiscount().minorUnits(), t.orderDiscount().currency())), false);
        addTotal(totals, grid, 2, "orders.view.totals.shipping", "entry-shipping", t -> OrderFormats.money(t.shippingFee()),
                false);
        Label taxName = new Label();
        taxName.getStyleClass().add("fact-name");
        taxName.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderTotals t = totals.get();
            return Messages.get("orders.view.totals.taxRate", OrderDetailPane.percent(t == null ? 0 : t.taxRateBasisPoints()));
        }, totals));
        addTotal(totals, grid, 3, taxName, "entry-tax", t -> OrderFormats.money(t.tax()), false);
        addTotal(totals, grid, 4, "orders.view.totals.total", "entry-total", t -> OrderFormats.money(t.total()), true);
        Label note = new Label(Messages.get("orders.view.entry.rounding", currency.getCurrencyCode()));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMaxWidth(240);
        VBox box = new VBox(6, grid, note);
        box.getStyleClass().add("entry-totals-box");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static void addTotal(ReadOnlyObjectProperty<OrderTotals> totals, GridPane grid, int row, String key, String id,
                                 Function<OrderTotals, String> value, boolean strong) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        addTotal(totals, grid, row, name, id, value, strong);
    }

    private static void addTotal(ReadOnlyObjectProperty<OrderTotals> totals, GridPane grid, int row, Label name, String id,
                                 Function<OrderTotals, String> value, boolean strong) {
        Label amount = new Label();
        amount.setId(id);
        amount.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderTotals t = totals.get();
            return t == null ? "" : value.apply(t);
        }, totals));
        amount.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(amount, HPos.RIGHT);
        if (strong) {
            name.getStyleClass().add("total-strong");
            amount.getStyleClass().add("total-strong");
        }
        grid.addRow(row, name, amount);
    }
}
