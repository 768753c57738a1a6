package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.StatusChange;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TextAreas;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected order: number, status and the lifecycle buttons on top; its lines with the title and price
 * taken when it was ordered, and the totals; the customer, address and payment; the memo with its colour flag;
 * and the history of who changed what when. A button that cannot act says why in its tooltip.
 */
final class OrderDetailPane {

    private static final KeyCombination SAVE_MEMO = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final OrderDetailViewModel vm;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label facts = new Label();
    private final Label oversold = new Label(Messages.get("orders.view.detail.oversold"), new FontIcon(Feather.ALERT_TRIANGLE));
    private final Map<OrderAction, Button> buttons = new EnumMap<>(OrderAction.class);
    private final Map<OrderAction, StackPane> holders = new EnumMap<>(OrderAction.class);
    private final TableView<OrderLine> lines = new TableView<>();
    private TableColumn<OrderLine, String> returnedColumn;
    private final GridPane totals = new GridPane();
    private final VBox customer = new VBox(2);
    private final VBox payment = new VBox(2);
    private final VBox history = new VBox(6);
    private final Consumer<OrderAction> onAction;
    private final Node documents;
    private boolean built;
    private double labelledActionsWidth;

    /** @param documents the invoice and packing slip menus, shown under the lines beside the totals */
    OrderDetailPane(OrderDetailViewModel vm, ZoneId zone, Consumer<OrderAction> onAction, Node documents) {
        this.vm = vm;
        this.dates = OrderFormats.dateTime(zone);
        this.shortDates = OrderFormats.shortDateTime(zone);
        root.setId("order-detail");
        root.getStyleClass().add("order-detail");

        Label empty = new Label(Messages.get("orders.view.detail.none"));
        empty.setId("order-detail-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        empty.visibleProperty().bind(vm.orderProperty().isNull());
        root.getChildren().add(empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        this.onAction = onAction;
        this.documents = documents;
        // Until an order is selected there is only the hint: the header, lines, memo and menus are made on the
        // first selection, which keeps them out of the window's first frame.
        if (vm.orderProperty().get() != null) {
            buildContent();
        }

        vm.orderProperty().addListener((o, before, now) -> {
            if (now != null && !built) {
                buildContent();
            }
            show(now);
        });
        vm.history().addListener((ListChangeListener<StatusChange>) c -> showHistory());
        show(vm.orderProperty().get());
    }

    Node node() { return root; }

    private void buildContent() {
        built = true;
        content.visibleProperty().bind(vm.orderProperty().isNotNull());
        body(documents, header(onAction));
        root.getChildren().add(content);
    }

    private Node header(Consumer<OrderAction> onAction) {
        number.setId("detail-number");
        number.getStyleClass().add("detail-title");
        number.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("detail-status");
        status.getStyleClass().add("status-badge");
        status.setMinWidth(Region.USE_PREF_SIZE);
        facts.setId("detail-facts");
        facts.getStyleClass().add("text-muted");
        facts.setMinWidth(0);
        oversold.setId("detail-oversold");
        oversold.getStyleClass().add("oversold-note");
        oversold.setTooltip(new Tooltip(Messages.get("orders.view.marker.oversold")));
        oversold.managedProperty().bind(oversold.visibleProperty());
        oversold.setMinWidth(Region.USE_PREF_SIZE);

        HBox actions = new HBox(6);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        for (OrderAction action : OrderAction.ALL) {
            Button button = new Button(Messages.get(action.labelKey()), new FontIcon(icon(action)));
            button.setId("action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.getStyleClass().add(action == OrderAction.CANCEL ? "danger" : "flat");
            button.setOnAction(e -> onAction.accept(action));
            button.setMinWidth(Region.USE_PREF_SIZE);
            // A disabled button gets no mouse events, so its reason is shown by the holder around it.
            StackPane holder = new StackPane(button);
            holder.setMinWidth(Region.USE_PREF_SIZE);
            buttons.put(action, button);
            holders.put(action, holder);
            actions.getChildren().add(holder);
        }
        vm.busyProperty().addListener((o, was, now) -> updateActions(vm.orderProperty().get()));

        // The facts wrap rather than being cut; beside the buttons while all fits, the buttons go below when not.
        facts.setWrapText(true);
        HBox title = new HBox(10, number, status, oversold, facts);
        title.setAlignment(Pos.CENTER_LEFT);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox oneRow = new HBox(10);
        oneRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane below = new FlowPane(6, 6);
        below.setAlignment(Pos.CENTER_RIGHT);
        VBox twoRows = new VBox(6);
        // Below the title the buttons show only their icons (their tooltips name them), to keep the header low.
        Reflow top = new Reflow(() -> title.prefWidth(-1) + 20 + labelledActionsWidth(actions.getSpacing()),
                () -> {
                    buttons.values().forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
                    actions.getChildren().setAll(holders.values());
                    oneRow.getChildren().setAll(title, spring, actions);
                    return oneRow;
                },
                () -> {
                    buttons.values().forEach(b -> b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY));
                    below.getChildren().setAll(holders.values());
                    twoRows.getChildren().setAll(title, below);
                    return twoRows;
                });
        top.setPadding(new Insets(8, 12, 8, 12));
        top.setId("detail-header");
        top.getStyleClass().add("detail-header");
        return top;
    }

    /** The width of the buttons in a row with their labels (measured while they show them). */
    private double labelledActionsWidth(double spacing) {
        if (buttons.values().stream().allMatch(b -> b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY)) {
            labelledActionsWidth = spacing * (holders.size() - 1) + holders.values().stream().mapToDouble(h -> h.prefWidth(-1)).sum();
        }
        return labelledActionsWidth;
    }

    private static Ikon icon(OrderAction action) {
        return switch (action) {
            case MARK_PAID -> Feather.CREDIT_CARD;
            case MARK_PACKED -> Feather.PACKAGE;
            case MARK_SHIPPED -> Feather.TRUCK;
            case MARK_DELIVERED -> Feather.CHECK_CIRCLE;
            case CANCEL -> Feather.X_CIRCLE;
            case REFUND -> Feather.ROTATE_CCW;
        };
    }

    private void body(Node documents, Node header) {
        lines.setId("detail-lines");
        lines.getStyleClass().add("dense");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPlaceholder(new Label(""));
        lines.setFixedCellSize(28);
        TableColumn<OrderLine, String> code = TableColumns.text("line-code", "orders.view.line.code",
                l -> l.needsMapping() ? Messages.get("orders.line.needsMapping", l.unmappedSku()) : l.skuCode(), 176);
        TableColumn<OrderLine, String> item = TableColumns.text("line-item", "orders.view.line.item", OrderLine::label, 200);
        TableColumn<OrderLine, String> quantity = TableColumns.number("line-quantity", "orders.view.line.quantity",
                l -> OrderFormats.count(l.quantity()), 56);
        TableColumn<OrderLine, String> price = TableColumns.number("line-price", "orders.view.line.unitPrice",
                l -> OrderFormats.money(l.unitPrice()), 90);
        TableColumn<OrderLine, String> discount = TableColumns.number("line-discount", "orders.view.line.discount",
                l -> l.discount().minorUnits() == 0 ? "" : OrderFormats.money(l.discount()), 80);
        TableColumn<OrderLine, String> amount = TableColumns.number("line-amount", "orders.view.line.amount",
                l -> OrderFormats.money(l.net()), 96);
        TableColumn<OrderLine, String> returned = TableColumns.number("line-returned", "orders.view.line.returned",
                l -> l.refundedQuantity() == 0 ? "" : OrderFormats.count(l.refundedQuantity()), 72);
        // Codes stay whole and headers readable; the item's title gives way first.
        code.setMinWidth(176);
        item.setMinWidth(110);
        quantity.setMinWidth(48);
        price.setMinWidth(106);
        discount.setMinWidth(86);
        amount.setMinWidth(90);
        returned.setMinWidth(86);
        this.returnedColumn = returned;
        lines.getColumns().setAll(java.util.List.of(code, item, quantity, price, discount, amount, returned));
        lines.setMinHeight(90);

        totals.setId("detail-totals");
        totals.getStyleClass().add("totals-grid");
        totals.setHgap(16);
        totals.setVgap(2);
        // The papers sit under the lines, left of the totals: the header is full with the lifecycle buttons.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox totalsRow = new HBox(12, documents, gap, totals);
        totalsRow.setAlignment(Pos.TOP_LEFT);
        VBox left = new VBox(8, lines, totalsRow);
        VBox.setVgrow(lines, Priority.ALWAYS);
        left.setPadding(new Insets(0, 6, 8, 12));
        HBox.setHgrow(left, Priority.ALWAYS);

        customer.setId("detail-customer");
        payment.setId("detail-payment");
        VBox middle = new VBox(6, section("orders.view.detail.customer"), customer,
                section("orders.view.detail.payment"), payment);
        middle.setPadding(new Insets(0, 6, 8, 6));
        ScrollPane middleScroll = scroll(middle, 236);

        VBox right = new VBox(6, section("orders.view.detail.memo"), memoEditor(),
                section("orders.view.detail.history"), history);
        history.setId("detail-history");
        right.setPadding(new Insets(0, 12, 8, 6));
        ScrollPane rightScroll = scroll(right, 304);
        rightScroll.setId("detail-memo-pane");

        // The memo's column keeps the width its buttons need. While the lines (at their columns' least widths) and
        // both columns fit side by side they stand so; in a narrower window the two columns go under the lines and
        // the whole (header too) scrolls, so no column header, memo or button is cut at the edge.
        rightScroll.setMinWidth(Region.USE_PREF_SIZE);
        HBox sideBySide = new HBox(6);
        VBox.setVgrow(sideBySide, Priority.ALWAYS);
        VBox wide = new VBox(header, sideBySide);
        HBox columns = new HBox(6);
        HBox.setHgrow(middleScroll, Priority.ALWAYS);
        VBox stacked = new VBox(8);
        ScrollPane narrow = new ScrollPane(stacked);
        narrow.setFitToWidth(true);
        narrow.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narrow.getStyleClass().add("edge-to-edge");
        content.setCenter(new Reflow(() -> left.getPadding().getLeft() + left.getPadding().getRight() + linesMinWidth() + 6
                        + middleScroll.getMinWidth() + 6 + rightScroll.prefWidth(-1),
                () -> {
                    lines.prefHeightProperty().unbind();
                    lines.setPrefHeight(Region.USE_COMPUTED_SIZE);
                    sideBySide.getChildren().setAll(left, middleScroll, rightScroll);
                    wide.getChildren().setAll(header, sideBySide);
                    return wide;
                },
                () -> {
                    // Tall enough for its rows: the scroll pane has no height to share out.
                    lines.prefHeightProperty().bind(Bindings.size(lines.getItems()).add(2).multiply(lines.getFixedCellSize()));
                    columns.getChildren().setAll(middleScroll, rightScroll);
                    stacked.getChildren().setAll(header, left, columns);
                    return narrow;
                }));
    }

    /** The width the lines' shown columns need at least, with the table's border. */
    private double linesMinWidth() {
        return lines.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                + lines.snappedLeftInset() + lines.snappedRightInset();
    }

    private static ScrollPane scroll(Node node, double width) {
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefWidth(width);
        scroll.setMinWidth(width * 0.8);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Node memoEditor() {
        TextArea memo = new TextArea();
        memo.setId("detail-memo");
        memo.setPrefRowCount(3);
        memo.setWrapText(true);
        memo.setPromptText(Messages.get("orders.view.detail.memo.prompt"));
        memo.textProperty().bindBidirectional(vm.memoProperty());
        memo.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_MEMO.match(e)) {
                e.consume();
                vm.saveMemo();
            }
        });
        TextAreas.tabLeaves(memo);

        ComboBox<MemoFlag> flag = new ComboBox<>();
        flag.setId("detail-flag");
        flag.getItems().setAll(MemoFlag.values());
        flag.valueProperty().bindBidirectional(vm.memoFlagProperty());
        flag.setButtonCell(new FlagCell());
        flag.setCellFactory(l -> new FlagCell());
        flag.setTooltip(new Tooltip(Messages.get("orders.view.detail.flag.tooltip")));
        flag.setMinWidth(Region.USE_PREF_SIZE);

        Button save = new Button(Messages.get("orders.view.detail.memo.save"));
        save.setId("detail-memo-save");
        save.setTooltip(ShortcutHint.tooltip("orders.view.detail.memo.save", SAVE_MEMO));
        save.disableProperty().bind(vm.memoChanged().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.saveMemo());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Button revert = new Button(null, new FontIcon(Feather.CORNER_UP_LEFT));
        revert.setId("detail-memo-revert");
        revert.getStyleClass().addAll("button-icon", "flat");
        revert.setTooltip(new Tooltip(Messages.get("orders.view.detail.memo.revert")));
        revert.setAccessibleText(Messages.get("orders.view.detail.memo.revert"));
        revert.disableProperty().bind(vm.memoChanged().not());
        revert.setOnAction(e -> vm.revertMemo());
        FlowPane row = new FlowPane(6, 6, flag, save, revert);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, memo, row);
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private void show(Order order) {
        updateActions(order);
        if (order == null) {
            lines.getItems().clear();
            return;
        }
        number.setText(order.number());
        status.setText(OrderFormats.status(order.status()));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !"status-badge".equals(c));
        status.getStyleClass().add("status-" + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        facts.setText(Messages.get("orders.view.detail.facts", OrderFormats.channel(order.channel()),
                dates.format(order.createdAt()), OrderFormats.count(order.itemCount())));
        oversold.setVisible(order.oversold());
        lines.getItems().setAll(order.lines());
        returnedColumn.setVisible(order.lines().stream().anyMatch(l -> l.refundedQuantity() > 0));
        showTotals(order);
        showCustomer(order);
        showPayment(order);
    }

    private void updateActions(Order order) {
        if (!built) {
            return;
        }
        for (OrderAction action : OrderAction.ALL) {
            Button button = buttons.get(action);
            Optional<String> refusal = action.refusal(order);
            button.setDisable(refusal.isPresent() || vm.busyProperty().get());
            StackPane holder = holders.get(action);
            Tooltip.uninstall(holder, (Tooltip) holder.getProperties().get("reason"));
            if (refusal.isPresent()) {
                Tooltip reason = new Tooltip(refusal.get());
                reason.setWrapText(true);
                reason.setMaxWidth(420);
                Tooltip.install(holder, reason);
                holder.getProperties().put("reason", reason);
                button.setTooltip(null);
                button.setAccessibleHelp(refusal.get());
            } else {
                holder.getProperties().remove("reason");
                button.setTooltip(ShortcutHint.tooltip(action.labelKey(), OrderActions.keyOf(action)));
                button.setAccessibleHelp(null);
            }
        }
    }

    /** The reason shown on a disabled action's button, or null when it is enabled (for tests and the F1 list). */
    String reasonShown(OrderAction action) {
        Tooltip tip = (Tooltip) holders.get(action).getProperties().get("reason");
        return tip == null ? null : tip.getText();
    }

    private void showTotals(Order order) {
        OrderTotals t = order.totals();
        totals.getChildren().clear();
        int row = 0;
        row = totalRow(row, "orders.view.totals.subtotal", t.subtotal(), "total-subtotal", false);
        if (t.orderDiscount().minorUnits() != 0) {
            row = totalRow(row, "orders.view.totals.discount", new Money(-t.orderDiscount().minorUnits(), t.orderDiscount().currency()),
                    "total-discount", false);
        }
        if (t.shippingFee().minorUnits() != 0) {
            row = totalRow(row, "orders.view.totals.shipping", t.shippingFee(), "total-shipping", false);
        }
        if (t.taxRateBasisPoints() != 0) {
            Label name = new Label(Messages.get("orders.view.totals.taxRate", percent(t.taxRateBasisPoints())));
            row = totalRow(row, name, t.tax(), "total-tax", false);
        }
        row = totalRow(row, "orders.view.totals.total", t.total(), "total-total", true);
        if (order.refunded().minorUnits() != 0) {
            totalRow(row, "orders.view.totals.refunded", order.refunded(), "total-refunded", false);
        }
    }

    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private int totalRow(int row, String key, Money amount, String id, boolean strong) {
        return totalRow(row, new Label(Messages.get(key)), amount, id, strong);
    }

    private int totalRow(int row, Label name, Money amount, String id, boolean strong) {
        name.getStyleClass().add("fact-name");
        Label value = new Label(OrderFormats.money(amount));
        value.setId(id);
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setAlignment(Pos.CENTER_RIGHT);
        value.setMaxWidth(Double.MAX_VALUE);
        if (strong) {
            name.getStyleClass().add("total-strong");
            value.getStyleClass().add("total-strong");
        }
        GridPane.setHalignment(value, javafx.geometry.HPos.RIGHT);
        totals.addRow(row, name, value);
        return row + 1;
    }

    private void showCustomer(Order order) {
        customer.getChildren().clear();
        if (order.customerName().isEmpty() && order.customerPhone().isEmpty()) {
            customer.getChildren().add(muted(Messages.get("orders.view.detail.anonymous")));
        } else {
            Label name = new Label(order.customerName());
            name.setId("detail-customer-name");
            name.getStyleClass().add("strong");
            customer.getChildren().add(name);
            if (!order.customerPhone().isEmpty()) {
                customer.getChildren().add(new Label(order.customerPhone()));
            }
        }
        String address = order.shippingAddress().oneLine();
        Label shipTo = new Label(address.isEmpty() ? Messages.get("orders.view.detail.noAddress")
                : Messages.get("orders.view.detail.shipTo", address));
        shipTo.setId("detail-address");
        shipTo.setWrapText(true);
        if (address.isEmpty()) {
            shipTo.getStyleClass().add("text-muted");
        }
        customer.getChildren().add(shipTo);
    }

    private void showPayment(Order order) {
        payment.getChildren().clear();
        Label how = value("detail-payment-state", Messages.get("orders.view.detail.paymentLine",
                OrderFormats.method(order.paymentMethod()), OrderFormats.payment(order.paymentState())));
        payment.getChildren().add(how);
        if (order.paidAt() != null) {
            Label paid = value("detail-paid-at", Messages.get("orders.view.detail.paidAt", shortDates.format(order.paidAt())));
            paid.getStyleClass().add("text-muted");
            payment.getChildren().add(paid);
        }
        Label changed = value("detail-updated-at", Messages.get("orders.view.detail.updatedAt", shortDates.format(order.updatedAt())));
        changed.getStyleClass().add("text-muted");
        payment.getChildren().add(changed);
    }

    private void showHistory() {
        history.getChildren().clear();
        for (StatusChange step : vm.history()) {
            String what = step.from() == null ? Messages.get("orders.view.history.created", OrderFormats.status(step.to()))
                    : step.from() == step.to() ? OrderFormats.status(step.to())
                    : Messages.get("orders.view.history.moved", OrderFormats.status(step.from()), OrderFormats.status(step.to()));
            Label line = new Label(what);
            line.getStyleClass().add("history-what");
            line.setWrapText(true);
            Label when = new Label(Messages.get("orders.view.history.when", shortDates.format(step.at()), step.actor()));
            when.getStyleClass().add("text-muted");
            when.setWrapText(true);
            VBox entry = new VBox(1, line, when);
            if (!step.note().isBlank()) {
                Label note = new Label(step.note());
                note.setWrapText(true);
                note.getStyleClass().add("history-note");
                entry.getChildren().add(note);
            }
            entry.getStyleClass().add("history-entry");
            history.getChildren().add(entry);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
