package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.FormLayout;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.TextAreas;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.StringProperty;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The order entry form, built for the keyboard, from its parts: the customer ({@link EntryCustomerPicker}, with
 * the address fields shared with the customer form), the lines ({@link EntryLinesView}, one {@link EntryLineRow}
 * each), the add-item field ({@link EntryItemPicker}), and here money, channel, payment and memo, the totals as
 * they are computed ({@link EntryTotalsBox}) and the footer. Alt plus the underlined letter jumps to a section.
 * Every refusal is shown on its field and listed at the bottom.
 */
final class OrderEntryView {

    /** Room for the form's vertical scroll bar. */
    private static final double SCROLL_BAR = 16;

    private final OrderEntryViewModel vm;
    private final FieldErrors errors;
    private final BorderPane root = new BorderPane();
    private final Label problems = new Label();
    private final Button save = new Button(Messages.get("orders.view.entry.save"));
    private final Button cancel = new Button(Messages.get("orders.view.entry.cancel"));
    private final EntryCustomerPicker customer;
    private final EntryLinesView lines;
    private final EntryItemPicker item;
    private final VBox body;
    private Runnable onSave = () -> {};

    OrderEntryView(OrderEntryViewModel vm) {
        this.vm = vm;
        this.errors = new FieldErrors(vm.errorsProperty());
        root.setId("order-entry");
        root.getStyleClass().add("order-entry");

        // In form order: the first field showing an error is the first one registered.
        customer = new EntryCustomerPicker(vm.customerPicker(), errors, () -> itemField().requestFocus());
        lines = new EntryLinesView(vm.lineModel(), errors, () -> itemField().requestFocus());
        item = new EntryItemPicker(vm.itemPicker(), errors, lines::focusLastLine);

        body = new VBox(14, customer.node(), new VBox(6, lines.node(), item.node()), moneySection());
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

    /** The least width that shows every field and line whole: the form's, with room for its vertical scroll bar. */
    double minWholeWidth() { return body.minWidth(-1) + SCROLL_BAR; }

    TextField nameField() { return customer.nameField(); }

    TextField itemField() { return item.field(); }

    void setOnSave(Runnable action) { onSave = action; }

    boolean suggestionsShowing() {
        return customer.suggestionsShowing() || item.suggestionsShowing();
    }

    void setOnCancel(Runnable action) { cancel.setOnAction(e -> action.run()); }

    void focusFirstError() {
        Optional<Control> first = errors.firstInvalid();
        if (first.isPresent()) {
            first.get().requestFocus();
        } else if (vm.errorsProperty().get().containsKey(OrderEntryViewModel.LINES)) {
            itemField().requestFocus();
        }
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
        grid.getColumnConstraints().addAll(FormLayout.labelColumn(), new ColumnConstraints(), FormLayout.labelColumn(),
                new ColumnConstraints(), FormLayout.labelColumn(), FormLayout.growColumn(1));
        grid.addRow(0, FormLayout.label("orders.view.entry.orderDiscount", discount), discount,
                FormLayout.label("orders.view.entry.shippingFee", shipping), shipping,
                FormLayout.label("orders.view.entry.taxRate", tax), tax);
        HBox payment = new HBox(8, method, paid);
        payment.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, FormLayout.mnemonic("orders.view.entry.channel", channel), channel,
                FormLayout.mnemonic("orders.view.entry.payment", method), payment);
        GridPane.setColumnSpan(payment, 3);
        HBox memoRow = new HBox(8, memo, flag);
        HBox.setHgrow(memo, Priority.ALWAYS);
        grid.add(FormLayout.mnemonic("orders.view.entry.memo", memo), 0, 2);
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
        f.setOnAction(e -> FormLayout.moveFocus(f, true));
        errors.register(f, field);
        return f;
    }
}
