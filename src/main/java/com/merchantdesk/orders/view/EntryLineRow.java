package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.SkuAvailability;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.ShortcutHint;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One line of the entry form: number, SKU code, title, available stock (a warning when the order takes more),
 * quantity, unit price (blank = catalogue price, shown as the prompt), line discount, amount and a remove button.
 */
final class EntryLineRow {

    static final double NUMBER_WIDTH = 26;
    static final double CODE_WIDTH = 150;
    static final double STOCK_WIDTH = 116;
    static final double QUANTITY_WIDTH = 64;
    static final double MONEY_WIDTH = 100;
    static final double AMOUNT_WIDTH = 100;
    static final double REMOVE_WIDTH = 32;

    private final EntryLine line;
    private final HBox row = new HBox(8);
    private final Label number = new Label();
    private final TextField quantity = new TextField();
    private final TextField unitPrice = new TextField();
    private final TextField discount = new TextField();
    private final Button remove = new Button(null, new FontIcon(Feather.X));

    EntryLineRow(EntryLine line, EntryLinesModel lines, FieldErrors errors) {
        this.line = line;
        row.getStyleClass().add("entry-line");
        row.setAlignment(Pos.CENTER_LEFT);

        number.getStyleClass().add("text-muted");
        fix(number, NUMBER_WIDTH);
        Label code = new Label(line.code());
        code.getStyleClass().add("entry-code");
        fix(code, CODE_WIDTH);
        Label item = new Label(line.label());
        item.setMinWidth(80);
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(line.label()));
        HBox.setHgrow(item, Priority.ALWAYS);

        Label stock = new Label();
        stock.getStyleClass().add("entry-stock");
        fix(stock, STOCK_WIDTH);
        stock.setAlignment(Pos.CENTER_RIGHT);
        FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
        warning.getStyleClass().add("oversold-badge");
        Runnable showStock = () -> {
            SkuAvailability a = line.availabilityProperty().get();
            boolean over = line.oversoldProperty().get();
            stock.setText(a == null ? "" : OrderFormats.count(a.available()));
            stock.setGraphic(over ? warning : null);
            stock.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), over);
            String facts = a == null ? "" : Messages.get("orders.view.entry.stock.tooltip",
                    OrderFormats.count(a.onHand()), OrderFormats.count(a.reserved()), OrderFormats.count(a.awaitingShipment()));
            String text = a == null ? null : over
                    ? Messages.get("orders.view.entry.stock.short", OrderFormats.count(a.available())) + "\n" + facts : facts;
            stock.setTooltip(text == null ? null : new Tooltip(text));
            stock.setAccessibleText(text);
        };
        line.availabilityProperty().addListener((o, b, n) -> showStock.run());
        line.oversoldProperty().addListener((o, b, n) -> showStock.run());
        showStock.run();

        quantity.textProperty().bindBidirectional(line.quantityProperty());
        quantity.setAlignment(Pos.CENTER_RIGHT);
        fix(quantity, QUANTITY_WIDTH);
        unitPrice.textProperty().bindBidirectional(line.unitPriceProperty());
        unitPrice.setPromptText(line.catalogPrice().toPlainString());
        unitPrice.setAlignment(Pos.CENTER_RIGHT);
        unitPrice.setTooltip(new Tooltip(Messages.get("orders.view.entry.unitPrice.tooltip", OrderFormats.money(line.catalogPrice()))));
        fix(unitPrice, MONEY_WIDTH);
        discount.textProperty().bindBidirectional(line.discountProperty());
        discount.setPromptText("0");
        discount.setAlignment(Pos.CENTER_RIGHT);
        fix(discount, MONEY_WIDTH);
        errors.register(quantity, () -> lines.lineField(line, EntryLine.QUANTITY));
        errors.register(unitPrice, () -> lines.lineField(line, EntryLine.UNIT_PRICE));
        errors.register(discount, () -> lines.lineField(line, EntryLine.DISCOUNT));

        Label amount = new Label();
        amount.getStyleClass().add("entry-amount");
        amount.textProperty().bind(line.amount());
        amount.setAlignment(Pos.CENTER_RIGHT);
        fix(amount, AMOUNT_WIDTH);

        remove.getStyleClass().addAll("button-icon", "flat");
        remove.setFocusTraversable(false);
        remove.setTooltip(ShortcutHint.tooltip("orders.view.entry.removeLine", OrderShortcuts.REMOVE_LINE));
        remove.setAccessibleText(Messages.get("orders.view.entry.removeLine"));
        remove.setOnAction(e -> lines.remove(line));
        fix(remove, REMOVE_WIDTH);

        row.getChildren().addAll(number, code, item, stock, quantity, unitPrice, discount, amount, remove);
        quantity.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("orders.view.entry.field.quantity") + " " + line.code()));
    }

    HBox node() { return row; }

    EntryLine line() { return line; }

    /** Shows the line's place and names its fields for tests and lookups: {@code line-0-quantity}. */
    void number(int index) {
        number.setText(Integer.toString(index + 1));
        row.setId("line-" + index);
        quantity.setId("line-" + index + "-quantity");
        unitPrice.setId("line-" + index + "-unit-price");
        discount.setId("line-" + index + "-discount");
        remove.setId("line-" + index + "-remove");
    }

    List<TextField> fields() { return List.of(quantity, unitPrice, discount); }

    List<Control> controls() { return List.of(quantity, unitPrice, discount); }

    private static void fix(Region node, double width) {
        node.setMinWidth(width);
        node.setPrefWidth(width);
        node.setMaxWidth(width);
    }
}
