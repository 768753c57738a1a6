package com.merchantdesk.customers.view;

import com.merchantdesk.customers.CustomerOrder;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected customer with their counts and their latest orders, read in the background. */
public final class CustomerDetailViewModel {

    /** Orders shown in the customer's history (newest first); the count says how many there are in all. */
    public static final int HISTORY_SIZE = 200;

    private final CustomerService customers;
    private final BackgroundRunner work;
    private final ObjectProperty<String> customerId = new SimpleObjectProperty<>(this, "customerId");
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>(this, "currency");
    private final ReadOnlyObjectWrapper<CustomerSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<CustomerOrder> orders = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper orderTotal = new ReadOnlyLongWrapper(this, "orderTotal");
    private long generation;

    public CustomerDetailViewModel(CustomerService customers, BackgroundRunner work) {
        this.customers = customers;
        this.work = work;
        customerId.addListener((o, before, now) -> load());
        currency.addListener((o, before, now) -> load());
    }

    public ObjectProperty<String> customerIdProperty() { return customerId; }
    public ObjectProperty<Currency> currencyProperty() { return currency; }
    public ReadOnlyObjectProperty<CustomerSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<CustomerOrder> orders() { return orders; }
    /** How many orders the customer has in all (the list shows the newest {@link #HISTORY_SIZE}). */
    public ReadOnlyLongProperty orderTotalProperty() { return orderTotal.getReadOnlyProperty(); }

    public void load() {
        String id = customerId.get();
        Currency shop = currency.get();
        long mine = ++generation;
        if (id == null || shop == null) {
            summary.set(null);
            orders.clear();
            orderTotal.set(0);
            return;
        }
        record Loaded(Optional<CustomerSummary> summary, List<CustomerOrder> orders, long total) {}
        work.run(() -> {
            Optional<CustomerSummary> found = customers.summary(id, shop);
            var page = customers.orders(id, 0, HISTORY_SIZE);
            return new Loaded(found, page.items(), page.total());
        }, loaded -> {
            if (mine == generation) {
                summary.set(loaded.summary().orElse(null));
                orders.setAll(loaded.orders());
                orderTotal.set(loaded.total());
            }
        }, error -> {
            if (mine == generation) {
                work.report("customers.view.error.load", error);
            }
        });
    }
}
