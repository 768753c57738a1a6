package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.AfterSaleRequest;
import com.merchantdesk.orders.AfterSaleService;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.sync.OutboxRows;
import com.merchantdesk.sync.SyncRuns;
import com.merchantdesk.sync.apply.ConflictView;
import com.merchantdesk.sync.apply.Resolution;
import com.merchantdesk.sync.link.StockDifferences;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Sync screen: the outbox (each change's state and, when stuck, why, in the seller's words; retry; discard after
 * saying what goes with it), the conflicts field by field with both values (keep mine, take theirs, edit), platform
 * order lines whose SKU the desk does not know (mapped to a SKU found with the product search), buyers' after-sale
 * requests waiting for an answer (accept, refuse), the stock counts to compare from the first connection, and the
 * recent runs. Each section reads its rows in the background.
 */
public final class SyncScreen extends LazyScreen {

    public static final String ID = "sync";
    public static final String OUTBOX = "outbox";
    public static final String CONFLICTS = "conflicts";
    public static final String STOCK = "stock";
    public static final String MAPPING = "mapping";
    public static final String AFTER_SALE = "after-sale";
    public static final String RUNS = "runs";
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "nav.sync", Feather.REFRESH_CW, SyncScreen::new,
            SyncWatcher::start);

    private final ScreenContext context;
    private final Database db;
    private final Clock clock;
    private final BackgroundRunner work;
    private final SyncLink link;
    private OutboxModel outbox;
    private ConflictsModel conflicts;
    private MappingModel mapping;
    private AfterSalesModel afterSales;
    private final ObservableList<StockDifferences.Difference> stock = FXCollections.observableArrayList();
    private final ObservableList<SyncRuns.Run> runs = FXCollections.observableArrayList();
    private TabPane tabs;
    private final Label note = new Label();

    SyncScreen(ScreenContext context) {
        super(ENTRY);
        this.context = context;
        this.db = context.app().database();
        this.clock = context.app().clock();
        this.work = new BackgroundRunner(context.background(), context.status());
        this.link = SyncLink.of(context.status());
    }

    @Override
    protected Node build() {
        Runnable changed = () -> {
            SyncRunner runner = link.runner.get();
            if (runner != null) {
                runner.refreshCounts();
            }
        };
        outbox = new OutboxModel(db, work, changed);
        conflicts = new ConflictsModel(db, clock, work, changed);
        mapping = new MappingModel(new LineMapping(db, clock, context.app().salesLedger()), context.app().catalog(), work,
                changed);
        afterSales = new AfterSalesModel(new AfterSaleService(db, clock, context.app().salesLedger()), work, changed);
        tabs = new TabPane(tab(OUTBOX, "sync.view.tab.outbox", outboxView()),
                tab(CONFLICTS, "sync.view.tab.conflicts", conflictsView()),
                tab(MAPPING, "sync.view.tab.mapping", mappingView()),
                tab(AFTER_SALE, "sync.view.tab.afterSale", afterSaleView()),
                tab(STOCK, "sync.view.tab.stock", stockView()),
                tab(RUNS, "sync.view.tab.runs", runsView()));
        tabs.setId("sync-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        link.section.addListener((obs, before, now) -> showSection(now));
        link.runner.addListener((obs, before, now) -> followRuns(now));
        note.setId("sync-note");
        note.setWrapText(true);
        note.getStyleClass().add("sync-note");
        note.setPadding(new Insets(8, 8, 0, 8));
        note.managedProperty().bind(note.visibleProperty());
        followRuns(link.runner.get());
        showSection(link.section.get());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(note, tabs);
    }

    private void followRuns(SyncRunner runner) {
        if (runner != null) {
            runner.runsFinishedProperty().addListener((obs, before, now) -> reload());
            javafx.beans.InvalidationListener say = o -> describeState(runner);
            runner.statusProperty().addListener(say);
            runner.configuredProperty().addListener(say);
            runner.workOfflineProperty().addListener(say);
        }
        describeState(runner);
    }

    /** Why nothing is being sent, when that is so: a local-only shop, no platform set up, or working offline. */
    private void describeState(SyncRunner runner) {
        String key = null;
        if (runner != null) {
            var s = runner.statusProperty().get();
            if (s != null && s.localOnly()) {
                key = "sync.view.note.localOnly";
            } else if (!runner.configuredProperty().get()) {
                key = "sync.view.note.notConnected";
            } else if (runner.workOfflineProperty().get()) {
                key = "sync.view.note.workingOffline";
            }
        }
        note.setText(key == null ? "" : Messages.get(key));
        note.setVisible(key != null);
    }

    private void showSection(String id) {
        if (id == null || tabs == null) {
            return;
        }
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        link.section.set(null);
    }

    @Override
    protected void reload() {
        outbox.refresh();
        conflicts.load();
        mapping.load();
        afterSales.load();
        work.run(() -> new StockDifferences(db, clock).list(), stock::setAll, e -> work.report("sync.view.stock.loadFailed", e));
        work.run(() -> db.read(c -> SyncRuns.recent(c, 200)), runs::setAll, e -> work.report("sync.view.runs.loadFailed", e));
    }

    private static Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    // ---- Outbox

    private Node outboxView() {
        ChoiceBox<OutboxRows.Filter> filter = new ChoiceBox<>(FXCollections.observableArrayList(OutboxRows.Filter.values()));
        filter.setId("sync-outbox-filter");
        filter.setConverter(new StringConverter<>() {
            @Override public String toString(OutboxRows.Filter f) { return f == null ? "" : Messages.get("sync.view.filter." + f.name()); }
            @Override public OutboxRows.Filter fromString(String s) { return null; }
        });
        filter.valueProperty().bindBidirectional(outbox.filterProperty());

        TableView<OutboxRows.Row> table = new TableView<>(outbox.rows());
        table.setId("sync-outbox-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("sync.view.outbox.empty")));
        TableColumn<OutboxRows.Row, String> number = column("sync.view.col.number", 70, r -> Long.toString(r.seq()));
        number.setMaxWidth(90);
        table.getColumns().add(number);
        table.getColumns().add(column("sync.view.col.what", 300, OutboxWords::what));
        table.getColumns().add(column("sync.view.col.state", 180, OutboxWords::state));
        table.getColumns().add(column("sync.view.col.queuedAt", 150, r -> time(r.createdAt())));
        table.getColumns().add(column("sync.view.col.error", 260, OutboxWords::error));
        outbox.selectedProperty().addListener((obs, before, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> outbox.selectedProperty().set(now));

        Button retry = new Button(Messages.get("sync.view.outbox.retry"));
        retry.setId("sync-retry");
        retry.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> outbox.selectedProperty().get() == null || outbox.selectedProperty().get().state() != OutboxState.FAILED,
                outbox.selectedProperty()));
        retry.setOnAction(e -> outbox.retry(outbox.selectedProperty().get()));
        Button discard = new Button(Messages.get("sync.view.outbox.discard"));
        discard.setId("sync-discard");
        discard.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            OutboxRows.Row r = outbox.selectedProperty().get();
            return r == null || r.state() == OutboxState.SENDING || r.state() == OutboxState.ACKNOWLEDGED;
        }, outbox.selectedProperty()));
        discard.setOnAction(e -> askDiscard(outbox.selectedProperty().get()));

        HBox top = new HBox(8, filter, retry, discard);
        top.setAlignment(Pos.CENTER_LEFT);
        PageBar pages = new PageBar("sync-outbox", outbox, work);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, top, table, pages);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Says what discarding means for the record (and what goes with it) before anything is dropped. */
    private void askDiscard(OutboxRows.Row row) {
        outbox.dependents(row, dependents -> {
            StringBuilder text = new StringBuilder(Messages.get("sync.view.discard.meaning", OutboxWords.what(row)));
            if (!dependents.isEmpty()) {
                text.append("\n\n").append(Messages.get("sync.view.discard.alsoGoes", dependents.size()));
                for (Outbox.Entry d : dependents.subList(0, Math.min(dependents.size(), 15))) {
                    text.append("\n• ").append(OutboxWords.what(d));
                }
                if (dependents.size() > 15) {
                    text.append("\n…");
                }
            }
            ButtonType yes = new ButtonType(Messages.get("sync.view.discard.confirm"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), yes,
                    new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.initOwner(context.owner().get());
            alert.setHeaderText(Messages.get("sync.view.discard.header"));
            alert.getDialogPane().setId("sync-discard-dialog");
            alert.showAndWait().filter(yes::equals).ifPresent(b -> outbox.discard(row));
        });
    }

    // ---- Conflicts

    private Node conflictsView() {
        TableView<ConflictView> table = new TableView<>(conflicts.rows());
        table.setId("sync-conflicts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("sync.view.conflicts.empty")));
        table.getColumns().add(column("sync.view.col.record", 200, ConflictView::recordName));
        table.getColumns().add(column("sync.view.col.field", 110, ConflictView::field));
        table.getColumns().add(column("sync.view.col.mine", 200, k -> ConflictValues.show(k.deskValue())));
        table.getColumns().add(column("sync.view.col.theirs", 200, k -> ConflictValues.show(k.platformValue())));
        table.getColumns().add(column("sync.view.col.found", 130, k -> time(k.foundAt())));

        Button keep = new Button(Messages.get("sync.view.conflicts.keepMine"));
        keep.setId("sync-keep-mine");
        Button take = new Button(Messages.get("sync.view.conflicts.takeTheirs"));
        take.setId("sync-take-theirs");
        TextField value = new TextField();
        value.setId("sync-edit-value");
        value.setPromptText(Messages.get("sync.view.conflicts.valuePrompt"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button edit = new Button(Messages.get("sync.view.conflicts.edit"));
        edit.setId("sync-edit");
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        keep.disableProperty().bind(none);
        take.disableProperty().bind(none);
        edit.disableProperty().bind(none.or(value.textProperty().isEmpty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            value.setText(now == null ? "" : ConflictValues.editable(now.deskValue()));
            conflicts.errorProperty().set("");
        });
        keep.setOnAction(e -> conflicts.resolve(table.getSelectionModel().getSelectedItem(), Resolution.keepMine()));
        take.setOnAction(e -> conflicts.resolve(table.getSelectionModel().getSelectedItem(), Resolution.takeTheirs()));
        edit.setOnAction(e -> conflicts.resolve(table.getSelectionModel().getSelectedItem(), Resolution.edit(value.getText())));
        Label error = new Label();
        error.setId("sync-conflict-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(conflicts.errorProperty());
        error.setWrapText(true);

        value.setOnAction(e -> {
            if (!edit.isDisabled()) {
                edit.fire();
            }
        });
        // The buttons first: the value field stretches to the right, where notifications appear.
        HBox actions = new HBox(8, keep, take, edit, value);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("sync.view.conflicts.hint"));
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, hint, table, actions, error);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- Needs mapping

    private Node mappingView() {
        TableView<LineMapping.LineToMap> lines = new TableView<>(mapping.lines());
        lines.setId("sync-mapping-table");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPlaceholder(new Label(Messages.get("sync.view.mapping.empty")));
        lines.getColumns().add(column("sync.view.col.order", 150, LineMapping.LineToMap::orderNumber));
        lines.getColumns().add(column("sync.view.col.platformSku", 150, LineMapping.LineToMap::platformSku));
        lines.getColumns().add(column("sync.view.col.title", 260, LineMapping.LineToMap::title));
        lines.getColumns().add(column("sync.view.col.quantity", 70, l -> Long.toString(l.quantity())));
        lines.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> mapping.selectedLineProperty().set(now));

        TextField search = new TextField();
        search.setId("sync-mapping-search");
        search.setPromptText(Messages.get("sync.view.mapping.searchPrompt"));
        search.textProperty().bindBidirectional(mapping.searchProperty());
        search.disableProperty().bind(mapping.selectedLineProperty().isNull());
        javafx.scene.control.ListView<com.merchantdesk.catalog.SkuRow> found = new javafx.scene.control.ListView<>(mapping.found());
        found.setId("sync-mapping-found");
        found.setPrefHeight(160);
        found.setPlaceholder(new Label(Messages.get("sync.view.mapping.noneFound")));
        found.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(com.merchantdesk.catalog.SkuRow sku, boolean empty) {
                super.updateItem(sku, empty);
                setText(empty || sku == null ? null : Messages.get("sync.view.mapping.sku", sku.code(),
                        sku.optionLabel() == null || sku.optionLabel().isEmpty() ? sku.title() : sku.title() + " / " + sku.optionLabel()));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> mapping.selectedSkuProperty().set(now));
        mapping.found().addListener((javafx.collections.ListChangeListener<com.merchantdesk.catalog.SkuRow>) c -> {
            if (mapping.found().size() == 1) {
                found.getSelectionModel().selectFirst();
            }
        });
        Button map = new Button(Messages.get("sync.view.mapping.map"));
        map.setId("sync-map");
        map.disableProperty().bind(mapping.selectedLineProperty().isNull().or(mapping.selectedSkuProperty().isNull()));
        map.setOnAction(e -> mapping.map());
        Label error = errorLabel("sync-mapping-error", mapping.errorProperty());
        Label hint = new Label(Messages.get("sync.view.mapping.hint"));
        hint.setWrapText(true);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox row = new HBox(8, search, map);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox box = new VBox(8, hint, lines, row, found, error);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- After-sale requests

    private Node afterSaleView() {
        TableView<AfterSaleRequest> table = new TableView<>(afterSales.requests());
        table.setId("sync-after-sale-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("sync.view.afterSale.empty")));
        table.getColumns().add(column("sync.view.col.order", 150, AfterSaleRequest::orderNumber));
        table.getColumns().add(column("sync.view.col.kind", 140, r -> Messages.get("orders.afterSale.kind." + r.kind().name())));
        table.getColumns().add(column("sync.view.col.state", 100, r -> Messages.get("orders.afterSale.state." + r.state().name())));
        table.getColumns().add(column("sync.view.col.amount", 100, r -> r.amount() == null ? "" : r.amount().format(Messages.locale())));
        table.getColumns().add(column("sync.view.col.opened", 140, r -> time(r.openedAt())));
        table.getColumns().add(column("sync.view.col.reason", 260, r -> r.reason() == null ? "" : r.reason()));
        TextField note = new TextField();
        note.setId("sync-after-sale-note");
        note.setPromptText(Messages.get("sync.view.afterSale.notePrompt"));
        note.textProperty().bindBidirectional(afterSales.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button accept = new Button(Messages.get("sync.view.afterSale.accept"));
        accept.setId("sync-after-sale-accept");
        Button refuse = new Button(Messages.get("sync.view.afterSale.refuse"));
        refuse.setId("sync-after-sale-refuse");
        var notOpen = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            AfterSaleRequest r = table.getSelectionModel().getSelectedItem();
            return r == null || r.state() != com.merchantdesk.platform.AfterSaleState.OPEN;
        }, table.getSelectionModel().selectedItemProperty());
        accept.disableProperty().bind(notOpen);
        refuse.disableProperty().bind(notOpen);
        accept.setOnAction(e -> afterSales.accept(table.getSelectionModel().getSelectedItem()));
        refuse.setOnAction(e -> afterSales.refuse(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(Messages.get("sync.view.afterSale.hint"));
        hint.setWrapText(true);
        HBox row = new HBox(8, accept, refuse, note);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, hint, table, row, errorLabel("sync-after-sale-error", afterSales.errorProperty()));
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label errorLabel(String id, javafx.beans.value.ObservableValue<String> text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("danger");
        error.textProperty().bind(text);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    // ---- Stock counts

    private Node stockView() {
        TableView<StockDifferences.Difference> table = new TableView<>(stock);
        table.setId("sync-stock-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("sync.view.stock.empty")));
        table.getColumns().add(column("sync.view.col.sku", 140, StockDifferences.Difference::code));
        table.getColumns().add(column("sync.view.col.product", 220, StockDifferences.Difference::title));
        table.getColumns().add(column("sync.view.col.deskCount", 100, d -> Long.toString(d.deskOnHand())));
        table.getColumns().add(column("sync.view.col.platformCount", 100, d -> Long.toString(d.platformOnHand())));
        Button desk = new Button(Messages.get("sync.view.stock.takeDesk"));
        desk.setId("sync-stock-desk");
        Button platform = new Button(Messages.get("sync.view.stock.takePlatform"));
        platform.setId("sync-stock-platform");
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        desk.disableProperty().bind(none);
        platform.disableProperty().bind(none);
        desk.setOnAction(e -> settleStock(table.getSelectionModel().getSelectedItem(), true));
        platform.setOnAction(e -> settleStock(table.getSelectionModel().getSelectedItem(), false));
        Label hint = new Label(Messages.get("sync.view.stock.hint"));
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, hint, table, new HBox(8, desk, platform));
        box.setPadding(new Insets(8));
        return box;
    }

    private void settleStock(StockDifferences.Difference d, boolean takeDesk) {
        work.run(() -> {
            StockDifferences differences = new StockDifferences(db, clock);
            if (takeDesk) {
                differences.takeDesk(d.code());
            } else {
                differences.takePlatform(d.code());
            }
            return null;
        }, done -> {
            reload();
            SyncRunner runner = link.runner.get();
            if (runner != null) {
                runner.refreshCounts();
            }
        }, e -> work.report("sync.view.stock.failed", e));
    }

    // ---- Runs

    private Node runsView() {
        TableView<SyncRuns.Run> table = new TableView<>(runs);
        table.setId("sync-runs-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("sync.view.runs.empty")));
        table.getColumns().add(column("sync.view.col.when", 140, r -> time(r.startedAt())));
        table.getColumns().add(column("sync.view.col.took", 80, r -> r.took() == null ? ""
                : Messages.get("sync.view.runs.seconds", r.took().toMillis() / 1000.0)));
        table.getColumns().add(column("sync.view.col.pushed", 70, r -> Integer.toString(r.pushed())));
        table.getColumns().add(column("sync.view.col.pulled", 70, r -> Integer.toString(r.pulled())));
        table.getColumns().add(column("sync.view.col.outcome", 160, r -> r.outcome() == null ? Messages.get("sync.view.runs.running")
                : Messages.get("sync.view.outcome." + r.outcome().name())));
        table.getColumns().add(column("sync.view.col.error", 300, r -> r.error() == null ? "" : r.error()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, table);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- helpers

    private static <T> TableColumn<T, String> column(String titleKey, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
        return column;
    }

    private static String time(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.locale())
                .format(at.atZone(ZoneId.systemDefault()));
    }

    OutboxModel outbox() { return outbox; }

    ConflictsModel conflicts() { return conflicts; }

    MappingModel mapping() { return mapping; }

    AfterSalesModel afterSales() { return afterSales; }

}
