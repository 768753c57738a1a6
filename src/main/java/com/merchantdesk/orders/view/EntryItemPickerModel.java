package com.merchantdesk.orders.view;

import static com.merchantdesk.orders.view.OrderEntryViewModel.ITEM;
import static com.merchantdesk.orders.view.OrderEntryViewModel.LINES;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The add-item field behind {@link EntryItemPicker}: products suggested as words are typed, and Enter adds the
 * highlighted suggestion or looks up what was typed or scanned as an exact barcode or SKU code. {@code 3*CODE}
 * adds three. A code that names nothing is reported on the field and stays there to be corrected.
 */
final class EntryItemPickerModel {

    /**
     * "3*TS-RED-M", "3×TS-RED-M" or "3 x 4006381333931": a quantity before the code. A letter x counts as "times" only
     * with a space after it, as some codes start with digits and an x ("2XL-TEE" is a code, "3*2XL-TEE" three of it).
     */
    private static final Pattern QUANTITY_PREFIX = Pattern.compile("(\\d{1,6})(?:\\s*[*\u00d7]\\s*|\\s*[xX]\\s+)(\\S.*)");
    private static final EnumSet<ProductStatus> SELLABLE = EnumSet.of(ProductStatus.ACTIVE, ProductStatus.DRAFT);

    /** What was typed in the field: how many (at least one) of what code or words. */
    record Typed(long quantity, String code) {
        static Typed parse(String text) {
            String typed = text == null ? "" : text.strip();
            Matcher m = QUANTITY_PREFIX.matcher(typed);
            return m.matches() ? new Typed(Math.max(1, Long.parseLong(m.group(1))), m.group(2).strip()) : new Typed(1, typed);
        }
    }

    private final CatalogService catalog;
    private final BackgroundRunner work;
    private final EntryErrors errors;
    private final ObjLongConsumer<SkuRow> onPicked;

    private final StringProperty text = new SimpleStringProperty(this, ITEM, "");
    private final ObservableList<SkuRow> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper looking = new ReadOnlyBooleanWrapper(this, "looking");
    private final PauseTransition typingDelay = new PauseTransition(OrderEntryViewModel.TYPING_DELAY);
    private Task<?> search;
    private long generation;
    private boolean disposed;

    /** {@code onPicked} adds the SKU picked, so many of it, to the order. */
    EntryItemPickerModel(CatalogService catalog, BackgroundRunner work, EntryErrors errors, ObjLongConsumer<SkuRow> onPicked) {
        this.catalog = catalog;
        this.work = work;
        this.errors = errors;
        this.onPicked = onPicked;
        typingDelay.setOnFinished(e -> suggest());
        text.addListener((o, before, now) -> {
            errors.clear(ITEM);
            errors.clear(LINES);
            typingDelay.playFromStart();
        });
    }

    /** A SKU code, barcode or words of the title, maybe after a quantity ({@code 3*}). */
    StringProperty textProperty() { return text; }
    ObservableList<SkuRow> suggestions() { return suggestions; }
    /** A typed or scanned code is being looked up. */
    ReadOnlyBooleanProperty lookingProperty() { return looking.getReadOnlyProperty(); }

    /** The field whose error the add-item field shows: its own (a code naming nothing), else the lines' (none yet). */
    String errorField() { return errors.shows(ITEM) ? ITEM : LINES; }

    /**
     * Enter in the field. With a suggestion chosen, adds that SKU; otherwise what was typed or scanned is looked up
     * as an exact barcode or SKU code, and when that names nothing but exactly one product matches the words, that
     * one is added.
     */
    void enter(SkuRow chosen) {
        Typed typed = Typed.parse(text.get());
        if (chosen != null) {
            pick(chosen, typed.quantity());
            return;
        }
        if (typed.code().isEmpty()) {
            return;
        }
        typingDelay.stop();
        long mine = ++generation;
        if (search != null) {
            search.cancel(false);
        }
        looking.set(true);
        record Found(Optional<SkuRow> exact, List<SkuRow> matches) {}
        work.run(() -> {
            Optional<SkuRow> exact = catalog.findByScan(typed.code());
            if (exact.isPresent()) {
                return new Found(exact, List.of());
            }
            Page<SkuRow> page = catalog.search(query(typed.code(), 2));
            return new Found(Optional.empty(), page.items());
        }, found -> {
            looking.set(false);
            if (mine != generation) {
                return;
            }
            if (found.exact().isPresent()) {
                pick(found.exact().get(), typed.quantity());
            } else if (found.matches().size() == 1) {
                pick(found.matches().get(0), typed.quantity());
            } else {
                errors.put(ITEM, Messages.get(found.matches().isEmpty() ? "orders.view.entry.item.unknown"
                        : "orders.view.entry.item.ambiguous", typed.code()));
            }
        }, error -> {
            looking.set(false);
            work.report("orders.view.error.load", error);
        });
    }

    /** Adds {@code quantity} of the SKU to the order and empties the field for the next one. */
    void pick(SkuRow sku, long quantity) {
        dismissSuggestions();
        text.set("");
        errors.clear(ITEM);
        onPicked.accept(sku, quantity);
    }

    /** Hides the suggestions (Esc). */
    void dismissSuggestions() {
        typingDelay.stop();
        generation++;
        suggestions.clear();
    }

    /** The form closed: the typing delay stops and answers still on their way are ignored. */
    void dispose() {
        typingDelay.stop();
        generation++;
        disposed = true;
    }

    private void suggest() {
        if (disposed) {
            return;
        }
        String words = Typed.parse(text.get()).code();
        long mine = ++generation;
        if (search != null) {
            search.cancel(false);
        }
        if (words.isEmpty()) {
            suggestions.clear();
            return;
        }
        ProductQuery query = query(words, OrderEntryViewModel.SUGGESTIONS);
        search = work.run(() -> catalog.search(query), page -> {
            if (mine == generation) {
                suggestions.setAll(page.items());
            }
        }, error -> work.report("orders.view.error.load", error));
    }

    private static ProductQuery query(String words, int limit) {
        return new ProductQuery(words, SELLABLE, null, false, ProductQuery.Sort.TITLE, false, 0, limit);
    }
}
