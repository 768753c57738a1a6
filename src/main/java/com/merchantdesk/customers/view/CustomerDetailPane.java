package com.merchantdesk.customers.view;

import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerOrder;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.TableColumns;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected customer: contact details, orders count and total spent, and their orders, newest first. */
final class CustomerDetailPane {

    private final CustomerDetailViewModel vm;
    private final DateTimeFormatter dates;
    private final StackPane root = new StackPane();
    private final Label name = new Label();
    private final GridPane facts = new GridPane();
    private final TableView<CustomerOrder> orders = new TableView<>();

    CustomerDetailPane(CustomerDetailViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.dates = CustomerFormats.shortDateTime(zone);
        root.setId("customer-detail");
        root.getStyleClass().add("customer-detail");

        Label empty = new Label(Messages.get("customers.view.detail.none"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        empty.visibleProperty().bind(vm.summaryProperty().isNull());

        name.setId("customer-detail-name");
        name.getStyleClass().add("detail-title");
        facts.setId("customer-detail-facts");
        facts.setHgap(12);
        facts.setVgap(4);

        orders.setId("customer-orders");
        orders.getStyleClass().add("dense");
        orders.setItems(vm.orders());
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.setPlaceholder(new Label(Messages.get("customers.view.detail.noOrders")));
        orders.getColumns().setAll(List.of(
                TableColumns.text("customer-order-number", "orders.view.column.number", CustomerOrder::number, 120),
                TableColumns.text("customer-order-created", "orders.view.column.created", r -> dates.format(r.createdAt()), 130),
                TableColumns.text("customer-order-status", "orders.view.column.status", r -> Messages.get(r.statusMessageKey()), 120),
                TableColumns.number("customer-order-total", "orders.view.column.total", r -> CustomerFormats.money(r.total()), 100)));
        Label history = new Label();
        history.getStyleClass().add("section-title");
        history.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("customers.view.detail.orders", CustomerFormats.count(vm.orderTotalProperty().get())),
                vm.orderTotalProperty()));

        VBox content = new VBox(8, name, facts, history, orders);
        content.setPadding(new Insets(12, 14, 12, 14));
        VBox.setVgrow(orders, Priority.ALWAYS);
        content.visibleProperty().bind(vm.summaryProperty().isNotNull());
        root.getChildren().add(empty);
        // The customer's facts and orders table join the pane on the first selection, not the first frame.
        Runnable addContent = () -> {
            if (!root.getChildren().contains(content)) {
                root.getChildren().add(content);
            }
        };
        if (vm.summaryProperty().get() != null) {
            addContent.run();
        }
        vm.summaryProperty().addListener((o, before, now) -> {
            if (now != null) {
                addContent.run();
            }
            show(now);
        });
    }

    Node node() { return root; }

    private void show(CustomerSummary summary) {
        facts.getChildren().clear();
        if (summary == null) {
            return;
        }
        Customer c = summary.customer();
        name.setText(c.name());
        int row = 0;
        row = fact(row, "customers.view.column.phone", c.phone(), "customer-detail-phone");
        row = fact(row, "customers.view.column.email", c.email(), "customer-detail-email");
        row = fact(row, "customers.view.form.address", c.address().oneLine(), "customer-detail-address");
        row = fact(row, "customers.view.column.orders", CustomerFormats.count(summary.orderCount()), "customer-detail-count");
        row = fact(row, "customers.view.column.spent", CustomerFormats.money(summary.totalSpent()), "customer-detail-spent");
        row = fact(row, "customers.view.column.lastOrder",
                summary.lastOrderAt() == null ? "" : dates.format(summary.lastOrderAt()), "customer-detail-last");
        fact(row, "customers.view.form.note", c.note(), "customer-detail-note");
    }

    private int fact(int row, String key, String value, String id) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label n = new Label(Messages.get(key));
        n.getStyleClass().add("fact-name");
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        facts.addRow(row, n, v);
        return row + 1;
    }
}
