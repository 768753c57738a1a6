package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.PrintedDocument;
import com.merchantdesk.shipping.fulfilment.BatchFulfilment;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the "Ship selected" window: the orders, the carrier (its pool), label size, where the PDF goes, a printer
 * per kind of paper (blank: not printed) or the system's dialog, and while it runs the step and progress.
 */
public final class BatchShipViewModel {

    private final List<String> orderIds;
    private final List<PoolStatus> pools;
    private final BatchFulfilment fulfilment;
    private final BackgroundRunner work;
    private final ObjectProperty<PoolStatus> pool = new SimpleObjectProperty<>(this, "pool");
    private final ObjectProperty<LabelSize> size = new SimpleObjectProperty<>(this, "size", LabelSize.FOUR_BY_SIX);
    private final StringProperty pdfPath = new SimpleStringProperty(this, "pdfPath", "");
    private final Map<PrintedDocument, StringProperty> printers = new EnumMap<>(PrintedDocument.class);
    private final BooleanProperty printDialog = new SimpleBooleanProperty(this, "printDialog");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty step = new SimpleStringProperty(this, "step", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public BatchShipViewModel(List<String> orderIds, List<PoolStatus> pools, Map<PrintedDocument, String> remembered,
                              Path suggestedPdf, BatchFulfilment fulfilment, BackgroundRunner work) {
        this.orderIds = List.copyOf(orderIds);
        this.pools = List.copyOf(pools);
        this.fulfilment = fulfilment;
        this.work = work;
        for (PrintedDocument kind : List.of(PrintedDocument.LABEL, PrintedDocument.PICK_LIST, PrintedDocument.PACKING_SLIP)) {
            printers.put(kind, new SimpleStringProperty(this, kind.key(), remembered.getOrDefault(kind, "")));
        }
        pool.set(pools.stream().filter(p -> p.free() > 0).findFirst().orElse(pools.isEmpty() ? null : pools.get(0)));
        pdfPath.set(suggestedPdf.toString());
    }

    public List<String> orderIds() { return orderIds; }
    public List<PoolStatus> pools() { return pools; }
    public ObjectProperty<PoolStatus> poolProperty() { return pool; }
    public ObjectProperty<LabelSize> sizeProperty() { return size; }
    public StringProperty pdfPathProperty() { return pdfPath; }
    public Map<PrintedDocument, StringProperty> printers() { return printers; }
    public BooleanProperty printDialogProperty() { return printDialog; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty stepProperty() { return step; }
    public StringProperty errorProperty() { return error; }

    /** Ships, saves and prints in the background; {@code onDone} hears the result on the FX thread. */
    public void start(Locale locale, Consumer<BatchFulfilment.Result> onDone) {
        if (running.get()) {
            return;
        }
        PoolStatus chosen = pool.get();
        if (chosen == null) {
            error.set(Messages.get("shipping.validation.carrierRequired"));
            return;
        }
        Map<PrintedDocument, String> chosenPrinters = new EnumMap<>(PrintedDocument.class);
        if (!printDialog.get()) {
            printers.forEach((kind, name) -> {
                if (name.get() != null && !name.get().isBlank()) {
                    chosenPrinters.put(kind, name.get());
                }
            });
        }
        String path = pdfPath.get() == null ? "" : pdfPath.get().strip();
        BatchFulfilment.Request request = new BatchFulfilment.Request(orderIds, chosen.carrierCode(), size.get(), locale,
                path.isEmpty() ? null : Path.of(path), chosenPrinters, printDialog.get());
        running.set(true);
        error.set("");
        work.run(() -> fulfilment.run(request, "seller", (key, done, total) -> Platform.runLater(() -> {
            step.set(Messages.get(key));
            progress.set(total == 0 ? 0 : (double) done / total);
        })), result -> {
            running.set(false);
            onDone.accept(result);
        }, failure -> {
            running.set(false);
            progress.set(0);
            step.set("");
            error.set(BackgroundRunner.describe(failure));
        });
    }
}
