package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.catalog.StockService;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.WaitingForWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A manual stock change for one SKU as the seller states it. What the quantity means depends on the kind
 * (received: how many came in; counted: the new count; damaged: how many went bad; adjusted: a signed
 * correction), so its label and the resulting on-hand follow the kind as it changes.
 */
public final class StockAdjustViewModel {

    public static final String KIND = "kind";
    public static final String QUANTITY = "quantity";
    public static final String GENERAL = "form";

    private final SkuRow sku;
    private final StockService stock;
    private final BackgroundRunner runner;
    private final ObjectProperty<MovementKind> kind = new SimpleObjectProperty<>(this, KIND, MovementKind.RECEIVED);
    private final StringProperty quantity = new SimpleStringProperty(this, QUANTITY, "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ReadOnlyLongWrapper onHand = new ReadOnlyLongWrapper(this, "onHand");
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final WaitingForWriter writeWait = new WaitingForWriter();
    private final Map<String, String> serverErrors = new HashMap<>();
    private final StringBinding quantityLabel;
    private final StringBinding quantityHint;
    private final StringBinding resultingOnHand;
    private boolean quantityTouched;
    private boolean showAll;

    public StockAdjustViewModel(SkuRow sku, StockService stock, BackgroundRunner runner) {
        this.sku = sku;
        this.stock = stock;
        this.runner = runner;
        onHand.set(sku.onHand());
        quantityLabel = Bindings.createStringBinding(() -> Messages.get("products.adjust.quantity." + key()), kind);
        quantityHint = Bindings.createStringBinding(() -> Messages.get("products.adjust.hint." + key()), kind);
        resultingOnHand = Bindings.createStringBinding(
                () -> adjustment().map(a -> Formats.count(onHand.get() + a.deltaFrom(onHand.get()))).orElse("\u2014"),
                kind, quantity, onHand);
        quantity.addListener((o, a, b) -> {
            quantityTouched = true;
            serverErrors.remove(QUANTITY);
            recompute();
        });
        kind.addListener((o, a, b) -> {
            serverErrors.clear();
            recompute();
        });
        onHand.addListener((o, a, b) -> recompute());
    }

    public SkuRow sku() { return sku; }
    public ObjectProperty<MovementKind> kindProperty() { return kind; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty noteProperty() { return note; }
    public StringProperty referenceProperty() { return reference; }
    public ReadOnlyLongProperty onHandProperty() { return onHand.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** While the save waits for another writer of the data folder (a command, say): what it waits for; else empty. */
    public ReadOnlyStringProperty waitingForWriterProperty() { return writeWait.textProperty(); }
    /** "Quantity received", "New count", ... */
    public StringBinding quantityLabel() { return quantityLabel; }
    public StringBinding quantityHint() { return quantityHint; }
    /** On hand after this change, or a dash while the quantity is not a valid number for the kind. */
    public StringBinding resultingOnHand() { return resultingOnHand; }

    /** Asks the ledger for the current on-hand (the list may be a moment old). */
    public void loadOnHand() {
        runner.run(() -> stock.onHand(sku.skuId()), onHand::set, error -> runner.report("products.error.load", error));
    }

    /** Saves when valid; returns false and shows the problems otherwise. */
    public boolean save(Consumer<StockMovement> onSaved) {
        if (saving.get()) {
            return false;
        }
        serverErrors.clear();
        showAll = true;
        recompute();
        Optional<StockAdjustment> valid = adjustment();
        if (valid.isEmpty() || !errors.get().isEmpty()) {
            return false;
        }
        StockAdjustment adjustment = valid.get();
        saving.set(true);
        runner.run(writeWait.around(() -> stock.adjust(adjustment)), movement -> {
            writeWait.clear();
            saving.set(false);
            onSaved.accept(movement);
        }, error -> {
            writeWait.clear();
            saving.set(false);
            if (error instanceof ValidationException refused) {
                refused.errors().forEach(e -> serverErrors.put(
                        QUANTITY.equals(e.field()) || KIND.equals(e.field()) ? e.field() : GENERAL, e.message()));
            } else {
                serverErrors.put(GENERAL, Messages.get("products.adjust.failed", BackgroundRunner.describe(error)));
            }
            recompute();
        });
        return true;
    }

    /** The adjustment the fields describe, if they describe a valid one. */
    Optional<StockAdjustment> adjustment() {
        try {
            return Optional.of(build());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private StockAdjustment build() {
        String text = quantity.get() == null ? "" : quantity.get().strip().replace("\u2212", "-");
        if (text.isEmpty()) {
            throw new ValidationException(FieldError.of(QUANTITY, "validation.required"));
        }
        long amount;
        try {
            amount = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new ValidationException(FieldError.of(QUANTITY, "validation.wholeNumber"));
        }
        StockAdjustment adjustment = new StockAdjustment(sku.skuId(), kind.get(), amount, reason.get(), note.get(),
                reference.get());
        if (onHand.get() + adjustment.deltaFrom(onHand.get()) < 0) {
            throw new ValidationException(FieldError.of(QUANTITY, "validation.stock.belowZero", onHand.get()));
        }
        return adjustment;
    }

    private void recompute() {
        Map<String, String> visible = new LinkedHashMap<>();
        if (showAll || quantityTouched) {
            try {
                build();
            } catch (ValidationException e) {
                e.errors().forEach(err -> visible.putIfAbsent(err.field(), err.message()));
            }
        }
        serverErrors.forEach(visible::putIfAbsent);
        Map<String, String> result = Collections.unmodifiableMap(visible);
        if (!result.equals(errors.get())) {
            errors.set(result);
        }
    }

    private String key() { return kind.get() == null ? "adjusted" : kind.get().name().toLowerCase(Locale.ROOT); }
}
