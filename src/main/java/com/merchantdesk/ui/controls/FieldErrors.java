package com.merchantdesk.ui.controls;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Shows a view model's field errors on the controls with ControlsFX {@link ValidationSupport}. Each control is
 * registered under the name the errors use ({@code title}, {@code skus[0].price}, {@code lines[2].quantity}),
 * which may change when a line above it is removed; when the errors change, only the controls whose message
 * changed are checked again.
 */
public final class FieldErrors {

    private final ValidationSupport support = new ValidationSupport();
    private final ObservableValue<Map<String, String>> errors;
    private final Map<Control, Supplier<String>> fields = new LinkedHashMap<>();

    public FieldErrors(ObservableValue<Map<String, String>> errors) {
        this.errors = errors;
        support.setValidationDecorator(new ErrorDecoration());
        // Decorate from the start; the view model only reports errors the seller should see already.
        support.initInitialDecoration();
        errors.addListener((o, before, now) -> revalidateChanged(before, now));
    }

    /** Shows on {@code control} the error of the field {@code fieldName} names (null: no field any more). */
    public void register(Control control, Supplier<String> fieldName) {
        fields.put(control, fieldName);
        support.registerValidator(control, false, (Control c, Object value) -> {
            String message = messageFor(c);
            return ValidationResult.fromErrorIf(c, message, message != null);
        });
    }

    /** Shows on {@code control} the error of a field whose name never changes. */
    public void register(Control control, String fieldName) { register(control, () -> fieldName); }

    /** Forgets a control that left the form (a removed line). */
    public void unregister(Control control) {
        fields.remove(control);
        support.revalidate(control);
    }

    /** Checks every control again, e.g. after lines were renumbered. */
    public void revalidateAll() {
        fields.keySet().forEach(support::revalidate);
    }

    /** The first registered control showing an error, in registration (form) order. */
    public Optional<Control> firstInvalid() {
        return fields.keySet().stream().filter(c -> messageFor(c) != null).findFirst();
    }

    /** The control that shows the error of {@code field}, if one is registered under that name now. */
    public Optional<Control> controlFor(String field) {
        return fields.entrySet().stream().filter(e -> field.equals(e.getValue().get())).map(Map.Entry::getKey).findFirst();
    }

    private String messageFor(Control control) {
        Supplier<String> name = fields.get(control);
        String field = name == null ? null : name.get();
        return field == null ? null : errors.getValue().get(field);
    }

    private void revalidateChanged(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>();
        for (String key : before.keySet()) {
            if (!Objects.equals(before.get(key), now.get(key))) {
                changed.add(key);
            }
        }
        for (String key : now.keySet()) {
            if (!Objects.equals(before.get(key), now.get(key))) {
                changed.add(key);
            }
        }
        fields.forEach((control, name) -> {
            String field = name.get();
            if (field != null && changed.contains(field)) {
                support.revalidate(control);
            }
        });
    }
}
