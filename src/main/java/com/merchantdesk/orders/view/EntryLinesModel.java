package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.SkuAvailability;
import com.merchantdesk.orders.view.OrderEntryViewModel.Oversell;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The lines of the order being entered, behind {@link EntryLinesView}: a SKU added again adds to its line; the
 * stock of each line's SKU is read from {@link OrderService#availability} as lines come, and the lines that
 * together take more of a SKU than is available are marked oversold.
 */
final class EntryLinesModel {

    private final ObservableList<EntryLine> lines;
    private final OrderService orders;
    private final BackgroundRunner work;
    private final EntryErrors errors;
    private final Map<String, SkuAvailability> availability = new HashMap<>();
    private boolean disposed;

    /** {@code edited} hears every change to the lines: one added or removed, a quantity, price or discount typed. */
    EntryLinesModel(ObservableList<EntryLine> lines, OrderService orders, BackgroundRunner work, EntryErrors errors,
                    Runnable edited) {
        this.lines = lines;
        this.orders = orders;
        this.work = work;
        this.errors = errors;
        lines.addListener((ListChangeListener<EntryLine>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(line -> watch(line, edited));
            }
            errors.clear(OrderEntryViewModel.LINES);
            updateOversold();
            edited.run();
        });
    }

    ObservableList<EntryLine> lines() { return lines; }

    /** The field name of {@code line}'s {@code field} as errors name it, or null when the line is gone. */
    String lineField(EntryLine line, String field) {
        int index = lines.indexOf(line);
        return index < 0 ? null : "lines[" + index + "]." + field;
    }

    /** Adds {@code quantity} of the SKU: a new line, or more on the line that already has it. */
    void add(SkuRow sku, long quantity) {
        Optional<EntryLine> same = lines.stream().filter(l -> l.skuId().equals(sku.skuId())).findFirst();
        if (same.isPresent()) {
            EntryLine line = same.get();
            long now = line.parsedQuantity().orElse(0L);
            line.quantityProperty().set(Long.toString(now + quantity));
        } else {
            EntryLine line = new EntryLine(sku, quantity);
            line.setAvailability(availability.get(sku.skuId()));
            lines.add(line);
        }
        readStock();
    }

    void remove(EntryLine line) {
        lines.remove(line);
        errors.forgetLineErrors();
    }

    List<String> skuIds() { return lines.stream().map(EntryLine::skuId).distinct().toList(); }

    List<OrderDraft.LineDraft> drafts() { return lines.stream().map(EntryLine::toDraft).toList(); }

    /** SKUs whose lines together take more than is available, by what was last read of the stock. */
    List<Oversell> oversells() {
        return EntryOversell.fromStock(lines, availability);
    }

    /** The stock as read now (after a save found it moved): each line shows it, and the oversold marks follow. */
    void stockRead(Map<String, SkuAvailability> found) {
        availability.putAll(found);
        for (EntryLine line : lines) {
            line.setAvailability(availability.get(line.skuId()));
        }
        updateOversold();
    }

    /** The form closed: no more stock is read. */
    void dispose() { disposed = true; }

    private void readStock() {
        List<String> ids = skuIds();
        if (ids.isEmpty() || disposed) {
            return;
        }
        work.run(() -> orders.availability(ids), this::stockRead, error -> work.report("orders.view.error.load", error));
    }

    private void updateOversold() {
        List<String> over = oversells().stream().map(Oversell::code).toList();
        lines.forEach(l -> l.setOversold(over.contains(l.code())));
    }

    private void watch(EntryLine line, Runnable edited) {
        for (StringProperty p : line.fields()) {
            p.addListener((o, before, now) -> {
                errors.lineEdited(line, p.getName());
                if (EntryLine.QUANTITY.equals(p.getName())) {
                    updateOversold();
                }
                edited.run();
            });
        }
    }
}
