package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the order entry form shows as wrong, by field name ({@code customer.name}, {@code lines[1].quantity}): the
 * form's own findings and the service's refusals, each until its field is edited. A line keeps its own refusals
 * ({@link EntryLine#serverErrors()}), named here by the line's place in {@code lines}.
 */
final class EntryErrors {

    static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private final List<EntryLine> lines;
    private final Map<String, String> formErrors = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Map<String, String>> shown = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());

    EntryErrors(List<EntryLine> lines) {
        this.lines = lines;
    }

    /** Field name to the message shown on it. */
    ReadOnlyObjectProperty<Map<String, String>> property() { return shown.getReadOnlyProperty(); }

    boolean shows(String field) { return shown.get().containsKey(field); }

    void put(String field, String message) {
        formErrors.put(field, message);
        recompute();
    }

    /** {@code field} was edited: its error goes, and so does the one that belongs to no field. */
    void clear(String field) {
        boolean changed = formErrors.remove(field) != null;
        changed |= formErrors.remove(OrderEntryViewModel.GENERAL) != null;
        if (changed) {
            recompute();
        }
    }

    /** A line's {@code field} was edited. */
    void lineEdited(EntryLine line, String field) {
        if (line.serverErrors().remove(field) != null) {
            recompute();
        }
        clear(OrderEntryViewModel.GENERAL);
    }

    /** A line was removed: the other lines' refusals were named by their old places; the next save names them again. */
    void forgetLineErrors() {
        lines.forEach(l -> l.serverErrors().clear());
        recompute();
    }

    /** Before a save: every error goes, the next answer says what is still wrong. */
    void clearAll() {
        formErrors.clear();
        forgetLineErrors();
    }

    /** Shows each of the service's refusals on the field the form has for it. */
    void showRefusal(List<FieldError> refused) {
        for (FieldError e : refused) {
            Matcher m = LINE_FIELD.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
                EntryLine line = lines.get(Integer.parseInt(m.group(1)));
                String field = EntryLine.SKU.equals(m.group(2)) ? EntryLine.QUANTITY : m.group(2);
                line.serverErrors().putIfAbsent(field, e.message());
            } else if ("customerId".equals(e.field()) || "customer".equals(e.field())) {
                formErrors.putIfAbsent(OrderEntryViewModel.CUSTOMER_NAME, e.message());
            } else if (e.field().startsWith("newCustomer.")) {
                formErrors.putIfAbsent("customer." + e.field().substring("newCustomer.".length()), e.message());
            } else if (e.field().equals("id")) {
                formErrors.merge(OrderEntryViewModel.GENERAL, e.message(), (a, b) -> a + " " + b);
            } else {
                formErrors.putIfAbsent(e.field(), e.message());
            }
        }
        recompute();
    }

    /** Label of a field in the list of problems: "Line 2 · Quantity", "Customer name". */
    static String fieldLabel(String field) {
        Matcher m = LINE_FIELD.matcher(field);
        if (m.matches()) {
            return Messages.get("orders.view.entry.lineField", Integer.parseInt(m.group(1)) + 1,
                    Messages.get("orders.view.entry.field." + m.group(2)));
        }
        String key = "orders.view.entry.field." + field.replace('.', '_');
        // A field the form has no name for (the service may report one) is listed by its message alone.
        return OrderEntryViewModel.GENERAL.equals(field) || !Messages.bundle().containsKey(key) ? "" : Messages.get(key);
    }

    private void recompute() {
        Map<String, String> visible = new LinkedHashMap<>(formErrors);
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "lines[" + i + "].";
            lines.get(i).serverErrors().forEach((f, message) -> visible.putIfAbsent(prefix + f, message));
        }
        Map<String, String> result = Collections.unmodifiableMap(visible);
        if (!result.equals(shown.get())) {
            shown.set(result);
        }
    }
}
