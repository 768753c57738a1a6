package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.TextAreas;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The order entry form, built for the keyboard: customer (suggestions from the customers as you type; Enter
 * moves on, or takes the highlighted suggestion), the add-item field (suggestions, or a scanned code and Enter),
 * the lines (Up/Down between lines, Enter back to the add-item field), money, channel, payment and memo, and the
 * totals as they are computed. Alt plus the underlined letter jumps to a section. Every refusal is shown on
 * its field and listed at the bottom. The customer part is {@link EntryCustomerPicker} (with the address fields
 * shared with the customer form), the totals {@link EntryTotalsBox}, each line an {@link EntryLineRow}.
 */
final class OrderEntryView {

    private final OrderEntryViewModel vm;
    private final FieldErrors errors;
    private final BorderPane root = new BorderPane();
    private final TextField item = new TextField();
    private final VBox lineRows = new VBox(4);
    private final Map<EntryLine, EntryLineRow> rows = new HashMap<>();
    private final Label problems = new Label();
    private final Button save = new Button(Messages.get("orders.view.entry.save"));
    private final Button cancel = new Button(Messages.get("orders.view.entry.cancel"));
    private final EntryCustomerPicker customer;
    private final SuggestionPopup<SkuRow> itemSuggestions;
    private Runnable onSave = () -> {};

    OrderEntryView(OrderEntryViewModel vm) {
        this.vm = vm;
        this.errors = new FieldErrors(vm.errorsProperty());
        root.setId("order-entry");
        root.getStyleClass().add("order-entry");

        customer = new EntryCustomerPicker(vm, errors, item::requestFocus);
        itemSuggestions = new SuggestionPopup<>("item-suggestions", item, vm.itemSuggestions(), OrderEntryView::describe,
                sku -> {
                    vm.enterItem(sku);
                    item.requestFocus();
                }, vm::dismissItemSuggestions);

        VBox body = new VBox(14, customer.node(), itemsSection(), moneySection());
        body.setPadding(new Insets(14, 18, 12, 18));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        root.setBottom(footer());
        vm.errorsProperty().addListener((o, before, now) -> showProblems(now));
        vm.savingProperty().addListener((o, was, now) -> {
            if (was && !now && !vm.errorsProperty().get().isEmpty()) {
                focusFirstError();
            }
        });
    }

    BorderPane node() { return root; }

    TextField nameField() { return customer.nameField(); }

    TextField itemField() { return item; }

    void setOnSave(Runnable action) { onSave = action; }

    boolean suggestionsShowing() {
        return customer.suggestionsShowing() || itemSuggestions.isShowing();
    }

    void setOnCancel(Runnable action) { cancel.setOnAction(e -> action.run()); }

    void focusFirstError() {
        Optional<Control> first = errors.firstInvalid();
        if (first.isPresent()) {
            first.get().requestFocus();
        } else if (vm.errorsProperty().get().containsKey(OrderEntryViewModel.LINES)) {
            item.requestFocus();
        }
    }

    private static String describe(SkuRow sku) {
        String title = sku.optionLabel() == null || sku.optionLabel().isEmpty() ? sku.title() : sku.title() + " / " + sku.optionLabel();
        return Messages.get("orders.view.entry.item.suggestion", sku.code(), title, OrderFormats.money(sku.price()),
                OrderFormats.count(sku.available()));
    }

    // ---- lines ----

    private Node itemsSection() {
        HBox columns = new HBox(8,
                columnTitle("", EntryLineRow.NUMBER_WIDTH, false),
                columnTitle(Messages.get("orders.view.line.code"), EntryLineRow.CODE_WIDTH, false),
                grow(columnTitle(Messages.get("orders.view.line.item"), 80, false)),
                columnTitle(Messages.get("orders.view.entry.stock.column"), EntryLineRow.STOCK_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.quantity"), EntryLineRow.QUANTITY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.unitPrice"), EntryLineRow.MONEY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.discount"), EntryLineRow.MONEY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.amount"), EntryLineRow.AMOUNT_WIDTH, true),
                columnTitle("", EntryLineRow.REMOVE_WIDTH, false));
        columns.getStyleClass().add("entry-columns");

        vm.lines().forEach(this::addRow);
        vm.lines().addListener((ListChangeListener<EntryLine>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeRow);
                change.getAddedSubList().forEach(this::addRow);
            }
            renumber();
        });
        renumber();

        Label none = new Label(Messages.get("orders.view.entry.noLines"));
        none.setId("entry-no-lines");
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(Bindings.isEmpty(vm.lines()));
        none.managedProperty().bind(none.visibleProperty());

        item.setId("item-field");
        item.setPromptText(Messages.get("orders.view.entry.item.prompt"));
        item.textProperty().bindBidirectional(vm.itemTextProperty());
        errors.register(item, () -> vm.errorsProperty().get().containsKey(OrderEntryViewModel.ITEM)
                ? OrderEntryViewModel.ITEM : OrderEntryViewModel.LINES);
        item.setOnAction(e -> vm.enterItem(itemSuggestions.highlighted()));
        item.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && !itemSuggestions.isShowing() && !vm.lines().isEmpty()) {
                e.consume();
                rowAt(vm.lines().size() - 1).fields().get(0).requestFocus();
            }
        });
        HBox.setHgrow(item, Priority.ALWAYS);
        FontIcon scan = new FontIcon(Feather.MAXIMIZE);
        scan.getStyleClass().add("search-icon");
        ProgressIndicator looking = new ProgressIndicator();
        looking.setPrefSize(16, 16);
        looking.visibleProperty().bind(vm.addingProperty());
        Label addLabel = mnemonic("orders.view.entry.item", item);
        HBox addRow = new HBox(8, addLabel, scan, item, looking);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.setId("entry-add-row");

        Label hint = new Label(Messages.get("orders.view.entry.item.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        ScrollPane linesScroll = new ScrollPane(lineRows);
        linesScroll.setFitToWidth(true);
        linesScroll.getStyleClass().add("edge-to-edge");
        linesScroll.setPrefViewportHeight(132);
        linesScroll.setMinViewportHeight(72);
        lineRows.setId("entry-lines");
        Label heading = new Label(Messages.get("orders.view.entry.lines"));
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, columns, none, linesScroll, addRow, hint);
    }

    private void addRow(EntryLine line) {
        EntryLineRow row = new EntryLineRow(line, vm, errors);
        rows.put(line, row);
        lineRows.getChildren().add(vm.lines().indexOf(line), row.node());
        List<TextField> fields = row.fields();
        for (int column = 0; column < fields.size(); column++) {
            int c = column;
            TextField field = fields.get(column);
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> lineKey(e, line, c));
            field.setOnAction(e -> item.requestFocus());
        }
    }

    /** Up/Down move between lines in the same column; Down from the last line returns to the add-item field. */
    private void lineKey(KeyEvent e, EntryLine line, int column) {
        int index = vm.lines().indexOf(line);
        if (OrderShortcuts.REMOVE_LINE.match(e)) {
            e.consume();
            vm.removeLine(line);
            if (vm.lines().isEmpty()) {
                item.requestFocus();
            } else {
                rowAt(Math.min(index, vm.lines().size() - 1)).fields().get(column).requestFocus();
            }
        } else if (e.getCode() == KeyCode.UP && index > 0) {
            e.consume();
            rowAt(index - 1).fields().get(column).requestFocus();
        } else if (e.getCode() == KeyCode.DOWN) {
            e.consume();
            if (index + 1 < vm.lines().size()) {
                rowAt(index + 1).fields().get(column).requestFocus();
            } else {
                item.requestFocus();
            }
        }
    }

    private EntryLineRow rowAt(int index) { return rows.get(vm.lines().get(index)); }

    private void removeRow(EntryLine line) {
        EntryLineRow row = rows.remove(line);
        if (row != null) {
            lineRows.getChildren().remove(row.node());
            row.controls().forEach(errors::unregister);
        }
    }

    private void renumber() {
        for (int i = 0; i < vm.lines().size(); i++) {
            rowAt(i).number(i);
        }
        errors.revalidateAll();
    }

    // ---- money, channel, payment, memo, totals ----

    private Node moneySection() {
        TextField discount = money("order-discount", vm.orderDiscountProperty(), OrderEntryViewModel.ORDER_DISCOUNT);
        TextField shipping = money("shipping-fee", vm.shippingFeeProperty(), OrderEntryViewModel.SHIPPING_FEE);
        TextField tax = money("tax-rate", vm.taxRateProperty(), OrderEntryViewModel.TAX_RATE);
        tax.setPromptText("0");
        tax.setTooltip(new Tooltip(Messages.get("orders.view.entry.taxRate.tooltip")));

        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("channel");
        channel.getItems().setAll(Channel.LOCAL);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        channel.setConverter(ChoiceLabels.of(OrderFormats::channel));
        errors.register(channel, OrderEntryViewModel.CHANNEL);

        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId("payment-method");
        method.getItems().setAll(java.util.Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.PLATFORM).toList());
        method.valueProperty().bindBidirectional(vm.paymentMethodProperty());
        method.setConverter(ChoiceLabels.of(OrderFormats::method));
        errors.register(method, OrderEntryViewModel.PAYMENT_METHOD);
        CheckBox paid = new CheckBox(Messages.get("orders.view.entry.paid"));
        paid.setId("paid");
        paid.selectedProperty().bindBidirectional(vm.paidProperty());
        paid.setTooltip(new Tooltip(Messages.get("orders.view.entry.paid.tooltip")));

        TextArea memo = new TextArea();
        memo.setId("entry-memo");
        memo.setPrefRowCount(2);
        memo.setWrapText(true);
        memo.setPromptText(Messages.get("orders.view.entry.memo.prompt"));
        memo.textProperty().bindBidirectional(vm.memoProperty());
        TextAreas.tabLeaves(memo);
        errors.register(memo, OrderEntryViewModel.MEMO);
        ComboBox<MemoFlag> flag = new ComboBox<>();
        flag.setId("entry-flag");
        flag.getItems().setAll(MemoFlag.values());
        flag.valueProperty().bindBidirectional(vm.memoFlagProperty());
        flag.setButtonCell(new FlagCell());
        flag.setCellFactory(l -> new FlagCell());
        flag.setMinWidth(Region.USE_PREF_SIZE);
        flag.setTooltip(new Tooltip(Messages.get("orders.view.detail.flag.tooltip")));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(labelColumn(), new ColumnConstraints(), labelColumn(), new ColumnConstraints(),
                labelColumn(), growColumn(1));
        grid.addRow(0, label("orders.view.entry.orderDiscount", discount), discount,
                label("orders.view.entry.shippingFee", shipping), shipping,
                label("orders.view.entry.taxRate", tax), tax);
        HBox payment = new HBox(8, method, paid);
        payment.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, mnemonic("orders.view.entry.channel", channel), channel,
                mnemonic("orders.view.entry.payment", method), payment);
        GridPane.setColumnSpan(payment, 3);
        HBox memoRow = new HBox(8, memo, flag);
        HBox.setHgrow(memo, Priority.ALWAYS);
        grid.add(mnemonic("orders.view.entry.memo", memo), 0, 2);
        grid.add(memoRow, 1, 2, 5, 1);

        Node totals = EntryTotalsBox.create(vm.totalsProperty(), vm.currency());
        HBox section = new HBox(24, grid, totals);
        HBox.setHgrow(grid, Priority.ALWAYS);
        return section;
    }

    private Node footer() {
        problems.setId("entry-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setMaxHeight(80);

        save.setId("entry-save");
        save.getStyleClass().add("accent");
        save.setTooltip(ShortcutHint.tooltip("orders.view.entry.save", OrderShortcuts.SAVE));
        save.setOnAction(e -> onSave.run());
        save.disableProperty().bind(vm.savingProperty());
        cancel.setId("entry-cancel");
        cancel.setTooltip(new Tooltip(Messages.get("orders.view.entry.cancel.tooltip")));
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingProperty());
        Label keys = new Label(Messages.get("orders.view.entry.keys"));
        keys.getStyleClass().add("text-muted");
        keys.setWrapText(true);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(10, keys, spring, WaitingLabel.create("entry-waiting", vm.waitingForWriterProperty()),
                saving, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(6, problems, buttons);
        footer.getStyleClass().add("form-footer");
        footer.setPadding(new Insets(10, 18, 12, 18));
        return footer;
    }

    private void showProblems(Map<String, String> now) {
        List<String> lines = new ArrayList<>();
        now.forEach((field, message) -> {
            String label = OrderEntryViewModel.fieldLabel(field);
            lines.add(label.isEmpty() ? message : Messages.get("orders.view.entry.problem", label, message));
        });
        problems.setText(String.join("\n", lines));
    }

    // ---- helpers ----

    private TextField money(String id, StringProperty property, String field) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPrefColumnCount(7);
        f.setAlignment(Pos.CENTER_RIGHT);
        f.setPromptText("0");
        f.setOnAction(e -> moveFocus(f, true));
        errors.register(f, field);
        return f;
    }

    static void moveFocus(Node from, boolean forward) {
        from.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, !forward, false, false, false));
    }

    static Label label(String key, Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A label whose underlined letter (Alt+letter) moves the keyboard to its field. */
    static Label mnemonic(String key, Node target) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("section-label");
        return label;
    }

    private static Label columnTitle(String text, double width, boolean right) {
        Label label = new Label(text);
        label.getStyleClass().add("column-title");
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(right ? width : Double.MAX_VALUE);
        label.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return label;
    }

    private static Label grow(Label label) {
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }

    static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    static ColumnConstraints growColumn(double weight) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(-1);
        c.setPrefWidth(120 * weight);
        return c;
    }
}
