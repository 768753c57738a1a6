package com.merchantdesk.orders.view;

import static com.merchantdesk.orders.view.OrderEntryViewModel.CUSTOMER;
import static com.merchantdesk.orders.view.OrderEntryViewModel.CUSTOMER_EMAIL;
import static com.merchantdesk.orders.view.OrderEntryViewModel.CUSTOMER_NAME;
import static com.merchantdesk.orders.view.OrderEntryViewModel.CUSTOMER_PHONE;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.customers.view.AddressModel;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.Currency;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Who the order being entered is for, behind {@link EntryCustomerPicker}: name, phone and e-mail as typed, with
 * suggestions from the customers as the name or phone is typed; a picked customer fills the rest, and typing over
 * their name or phone means someone new. Also the shipping address.
 */
final class EntryCustomerPickerModel {

    private final CustomerService customers;
    private final BackgroundRunner work;
    private final Currency currency;
    private final EntryErrors errors;
    private final Runnable edited;

    private final StringProperty name = new SimpleStringProperty(this, CUSTOMER_NAME, "");
    private final StringProperty phone = new SimpleStringProperty(this, CUSTOMER_PHONE, "");
    private final StringProperty email = new SimpleStringProperty(this, CUSTOMER_EMAIL, "");
    private final ReadOnlyObjectWrapper<Customer> customer = new ReadOnlyObjectWrapper<>(this, CUSTOMER);
    private final ObservableList<CustomerSummary> suggestions = FXCollections.observableArrayList();
    private final AddressModel address = new AddressModel(this, "address.");

    private final PauseTransition typingDelay = new PauseTransition(OrderEntryViewModel.TYPING_DELAY);
    private Task<?> search;
    private long generation;
    private String queryText = "";
    /** Fields are being filled from a picked customer; that is not the seller typing. */
    private boolean applying;
    private boolean disposed;

    /** {@code edited} hears every change the seller makes. */
    EntryCustomerPickerModel(CustomerService customers, BackgroundRunner work, Currency currency, EntryErrors errors,
                             Runnable edited) {
        this.customers = customers;
        this.work = work;
        this.currency = currency;
        this.errors = errors;
        this.edited = edited;
        typingDelay.setOnFinished(e -> search());
        for (StringProperty p : List.of(name, phone, email)) {
            p.addListener((o, before, now) -> typed(p, now));
        }
        for (StringProperty p : address.properties()) {
            p.addListener((o, before, now) -> edited.run());
        }
    }

    StringProperty nameProperty() { return name; }
    StringProperty phoneProperty() { return phone; }
    StringProperty emailProperty() { return email; }
    /** The existing customer the order is for; null for a new customer (or none). */
    ReadOnlyObjectProperty<Customer> customerProperty() { return customer.getReadOnlyProperty(); }
    ObservableList<CustomerSummary> suggestions() { return suggestions; }
    AddressModel address() { return address; }

    /** The order is for this existing customer; their phone, email and address fill the form. */
    void pick(Customer picked) {
        applying = true;
        try {
            customer.set(picked);
            name.set(picked.name());
            phone.set(picked.phone());
            email.set(picked.email());
            if (shippingAddress().equals(Address.EMPTY)) {
                address.fill(picked.address());
            }
        } finally {
            applying = false;
        }
        typingDelay.stop();
        suggestions.clear();
        List.of(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_EMAIL, CUSTOMER).forEach(errors::clear);
        edited.run();
    }

    /** Hides the suggestions (Esc, or the field lost focus). */
    void dismissSuggestions() {
        typingDelay.stop();
        generation++;
        suggestions.clear();
    }

    /** The address typed, addressed to the customer typed; empty when no line was typed. */
    Address shippingAddress() {
        if (address.toAddress("", "").equals(Address.EMPTY)) {
            return Address.EMPTY;
        }
        return address.toAddress(name.get(), phone.get());
    }

    /** The customer to add with the order: null when one was picked or nothing was typed. */
    CustomerInput newCustomer(Address shipTo) {
        if (customer.get() != null || name.get().isBlank() && phone.get().isBlank() && email.get().isBlank()) {
            return null;
        }
        return new CustomerInput(null, name.get(), phone.get(), email.get(), shipTo, "");
    }

    /** The form closed: the typing delay stops and answers still on their way are ignored. */
    void dispose() {
        typingDelay.stop();
        generation++;
        disposed = true;
    }

    private void typed(StringProperty field, String now) {
        if (applying) {
            return;
        }
        errors.clear(field.getName());
        Customer picked = customer.get();
        if (picked != null && !now.equals(valueOf(picked, field))) {
            // Typing over a picked customer's name or phone means someone else: a new customer.
            customer.set(null);
        }
        if (field != email) {
            queryText = now == null ? "" : now.strip();
            typingDelay.playFromStart();
        }
        edited.run();
    }

    private String valueOf(Customer c, StringProperty field) {
        return field == name ? c.name() : field == phone ? c.phone() : c.email();
    }

    private void search() {
        if (disposed) {
            return;
        }
        String text = queryText;
        long mine = ++generation;
        if (search != null) {
            search.cancel(false);
        }
        if (text.isEmpty() || customer.get() != null) {
            suggestions.clear();
            return;
        }
        search = work.run(() -> customers.search(CustomerQuery.of(text, OrderEntryViewModel.SUGGESTIONS), currency), page -> {
            if (mine == generation && customer.get() == null) {
                suggestions.setAll(page.items());
            }
        }, error -> work.report("orders.view.error.load", error));
    }
}
