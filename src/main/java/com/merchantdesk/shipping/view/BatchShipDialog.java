package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.documents.DocumentPrinter;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.PrintedDocument;
import com.merchantdesk.shipping.documents.PrinterChoices;
import com.merchantdesk.shipping.fulfilment.BatchFulfilment;
import com.merchantdesk.shipping.fulfilment.BatchShipping;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.shipping.pool.WaybillPool;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Ship selected": the carrier whose pool numbers to use, the label size, where the PDF is saved, and a printer for
 * each kind of paper (remembered) or the system's print dialog; then ships, saves and prints in one go, showing each
 * step, off the FX thread. Enter starts, Esc closes.
 */
public final class BatchShipDialog {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final BatchShipViewModel vm;
    private final Stage stage;

    private BatchShipDialog(Window owner, BatchShipViewModel vm, List<String> printerNames,
                            Consumer<BatchFulfilment.Result> onDone) {
        this.vm = vm;
        this.stage = DialogWindows.stage(owner, Messages.get("shipping.view.batch.window"));
        Label title = new Label(Messages.get("shipping.view.batch.title", vm.orderIds().size()));
        title.getStyleClass().add("detail-title");

        ChoiceBox<PoolStatus> carrier = new ChoiceBox<>();
        carrier.setId("batch-carrier");
        carrier.getItems().setAll(vm.pools());
        carrier.setConverter(converter(p -> Messages.get(p.low() ? "shipping.view.batch.poolLow" : "shipping.view.batch.pool",
                p.carrierName(), p.carrierCode(), p.free())));
        carrier.valueProperty().bindBidirectional(vm.poolProperty());
        ChoiceBox<LabelSize> size = new ChoiceBox<>();
        size.setId("batch-size");
        size.getItems().setAll(LabelSize.values());
        size.setConverter(converter(s -> Messages.get("shipping.view.batch.size." + s.code())));
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        TextField pdf = new TextField();
        pdf.setId("batch-pdf");
        pdf.textProperty().bindBidirectional(vm.pdfPathProperty());
        Button choose = new Button(Messages.get("shipping.view.batch.choose"));
        choose.setId("batch-pdf-choose");
        choose.setOnAction(e -> choosePdf());
        HBox pdfRow = new HBox(6, pdf, choose);
        HBox.setHgrow(pdf, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, label("shipping.view.batch.carrier"), carrier);
        form.addRow(1, label("shipping.view.batch.labelSize"), size);
        form.addRow(2, label("shipping.view.batch.pdf"), pdfRow);
        GridPane.setHgrow(pdfRow, Priority.ALWAYS);
        int row = 3;
        CheckBox dialog = new CheckBox(Messages.get("shipping.view.batch.printDialog"));
        dialog.setId("batch-print-dialog");
        dialog.selectedProperty().bindBidirectional(vm.printDialogProperty());
        for (Map.Entry<PrintedDocument, javafx.beans.property.StringProperty> e : vm.printers().entrySet()) {
            ChoiceBox<String> printer = new ChoiceBox<>();
            printer.setId("batch-printer-" + e.getKey().key());
            List<String> choices = new ArrayList<>();
            choices.add("");
            choices.addAll(printerNames);
            if (!e.getValue().get().isEmpty() && !choices.contains(e.getValue().get())) {
                choices.add(e.getValue().get()); // remembered but gone: shown, and refused by name if kept
            }
            printer.getItems().setAll(choices);
            printer.setConverter(converter(name -> name.isEmpty() ? Messages.get("shipping.view.batch.noPrint") : name));
            printer.valueProperty().bindBidirectional(e.getValue());
            printer.disableProperty().bind(dialog.selectedProperty());
            form.addRow(row++, label(e.getKey().messageKey()), printer);
        }
        Label noPrinters = new Label(Messages.get("shipping.view.batch.noPrinters"));
        noPrinters.getStyleClass().add("text-muted");
        noPrinters.setWrapText(true);
        noPrinters.setVisible(printerNames.isEmpty());
        noPrinters.setManaged(printerNames.isEmpty());

        ProgressBar progress = new ProgressBar();
        progress.setId("batch-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label step = new Label();
        step.setId("batch-step");
        step.textProperty().bind(vm.stepProperty());
        VBox working = new VBox(4, progress, step);
        working.visibleProperty().bind(vm.runningProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label error = new Label();
        error.setId("batch-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // The window grows to show a refusal or the progress rather than push the buttons out of sight.
        error.textProperty().addListener((o, before, now) -> stage.sizeToScene());
        working.visibleProperty().addListener((o, before, now) -> stage.sizeToScene());

        Button start = new Button(Messages.get("shipping.view.batch.start"));
        start.setId("batch-start");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.runningProperty().or(Bindings.isNull(vm.poolProperty())));
        start.setOnAction(e -> start(onDone));
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setId("batch-cancel");
        cancel.disableProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(8, spring, cancel, start);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 18, 12, 18));

        VBox body = new VBox(12, title, form, dialog, noPrinters, working, error);
        body.setPadding(new Insets(16, 18, 8, 18));
        body.disableProperty().bind(vm.runningProperty());
        BorderPane root = new BorderPane(body);
        root.setId("batch-ship");
        root.setBottom(footer);
        root.setPrefWidth(620);
        stage.setScene(ShippingDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, ShippingShortcuts.SAVE, () -> start(onDone), () -> {
            if (!vm.runningProperty().get()) {
                stage.close();
            }
        });
        stage.setOnShown(e -> start.requestFocus());
    }

    /** Reads the pools, the printers and the remembered choices in the background, then shows the window. */
    public static void open(Window owner, AppContext app, BackgroundRunner work, List<String> orderIds,
                            Consumer<BatchFulfilment.Result> onDone) {
        WaybillPool pool = new WaybillPool(app.database(), app.clock());
        DocumentPrinter printer = new DocumentPrinter();
        PrinterChoices choices = new PrinterChoices(app.database());
        work.run(() -> {
            Map<PrintedDocument, String> remembered = new EnumMap<>(PrintedDocument.class);
            for (PrintedDocument kind : PrintedDocument.values()) {
                choices.printerFor(kind).ifPresent(name -> remembered.put(kind, name));
            }
            return new Loaded(pool.status(), printer.printers(), remembered);
        }, loaded -> {
            BatchFulfilment fulfilment = new BatchFulfilment(new BatchShipping(app.database(), app.clock(), app.shipping()),
                    new FulfilmentDocuments(app.database(), app.shipping(), app.settings()::load, app.clock()), pool, printer,
                    choices);
            BatchShipViewModel vm = new BatchShipViewModel(orderIds, loaded.pools().stream().filter(p -> !p.empty()).toList(),
                    loaded.remembered(), suggestedPdf(), fulfilment, work);
            new BatchShipDialog(owner, vm, loaded.printers(), onDone).stage.show();
        }, error -> work.report("shipping.view.error.load", error));
    }

    private record Loaded(List<PoolStatus> pools, List<String> printers, Map<PrintedDocument, String> remembered) {}

    /** labels-YYYYMMDD-HHMM.pdf in the Documents folder (or the home folder when there is none). */
    static Path suggestedPdf() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        Path folder = Files.isDirectory(documents) ? documents : home;
        return folder.resolve("labels-" + LocalDateTime.now().format(FILE_TIME) + ".pdf");
    }

    private void start(Consumer<BatchFulfilment.Result> onDone) {
        vm.start(Messages.locale(), result -> {
            stage.close();
            onDone.accept(result);
        });
    }

    private void choosePdf() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        Path current = Path.of(vm.pdfPathProperty().get().isBlank() ? suggestedPdf().toString() : vm.pdfPathProperty().get());
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            vm.pdfPathProperty().set(chosen.getAbsolutePath());
        }
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : text.apply(value); }

            @Override
            public T fromString(String string) { return null; }
        };
    }
}
