package com.merchantdesk.customers.view;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.WaitingForWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customer form: name, phone, email, address and a note. The service checks it when saved; each refusal is
 * shown on its field until that field is edited.
 */
public final class CustomerFormViewModel {

    public static final String NAME = "name";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String GENERAL = "form";

    private final CustomerService customers;
    private final BackgroundRunner work;
    private final String customerId;
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty phone = new SimpleStringProperty(this, PHONE, "");
    private final StringProperty email = new SimpleStringProperty(this, EMAIL, "");
    private final AddressModel address = new AddressModel(this, "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final WaitingForWriter writeWait = new WaitingForWriter();

    private CustomerFormViewModel(CustomerService customers, BackgroundRunner work, Customer existing) {
        this.customers = customers;
        this.work = work;
        this.customerId = existing == null ? null : existing.id();
        if (existing != null) {
            name.set(existing.name());
            phone.set(existing.phone());
            email.set(existing.email());
            address.fill(existing.address());
            note.set(existing.note());
        }
        List<StringProperty> fields = new ArrayList<>(List.of(name, phone, email));
        fields.addAll(address.properties());
        fields.add(note);
        for (StringProperty p : fields) {
            p.addListener((o, before, now) -> {
                dirty.set(true);
                clear(p.getName());
            });
        }
    }

    public static CustomerFormViewModel forNew(CustomerService customers, BackgroundRunner work) {
        return new CustomerFormViewModel(customers, work, null);
    }

    public static CustomerFormViewModel forEdit(CustomerService customers, BackgroundRunner work, Customer existing) {
        return new CustomerFormViewModel(customers, work, existing);
    }

    public boolean isNew() { return customerId == null; }
    public StringProperty nameProperty() { return name; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public AddressModel address() { return address; }
    public StringProperty line1Property() { return address.line1Property(); }
    public StringProperty line2Property() { return address.line2Property(); }
    public StringProperty cityProperty() { return address.cityProperty(); }
    public StringProperty regionProperty() { return address.regionProperty(); }
    public StringProperty postalCodeProperty() { return address.postalCodeProperty(); }
    public StringProperty countryProperty() { return address.countryProperty(); }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** While the save waits for another writer of the data folder (a command, say): what it waits for; else empty. */
    public ReadOnlyStringProperty waitingForWriterProperty() { return writeWait.textProperty(); }

    CustomerInput toInput() {
        Address typed = address.isBlank() ? Address.EMPTY : address.toAddress(name.get(), phone.get());
        return new CustomerInput(customerId, name.get(), phone.get(), email.get(), typed, note.get());
    }

    /** Saves in the background; {@code onSaved} runs with the stored customer, or the refusals appear on their fields. */
    public void save(Consumer<Customer> onSaved) {
        if (saving.get()) {
            return;
        }
        CustomerInput input = toInput();
        saving.set(true);
        work.run(writeWait.around(() -> customers.save(input)), saved -> {
            writeWait.clear();
            saving.set(false);
            dirty.set(false);
            onSaved.accept(saved);
        }, error -> {
            Map<String, String> shown = new LinkedHashMap<>();
            if (error instanceof ValidationException refused) {
                for (FieldError e : refused.errors()) {
                    String field = List.of(NAME, PHONE, EMAIL).contains(e.field()) ? e.field() : GENERAL;
                    shown.merge(field, e.message(), (a, b) -> a + " " + b);
                }
            } else {
                shown.put(GENERAL, Messages.get("customers.view.form.saveFailed", BackgroundRunner.describe(error)));
            }
            errors.set(Collections.unmodifiableMap(shown));
            writeWait.clear();
            saving.set(false);
        });
    }

    private void clear(String field) {
        Map<String, String> now = errors.get();
        if (now.containsKey(field) || now.containsKey(GENERAL)) {
            Map<String, String> left = new LinkedHashMap<>(now);
            left.remove(field);
            left.remove(GENERAL);
            errors.set(Collections.unmodifiableMap(left));
        }
    }
}
