package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.ToShipCounts;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.ui.controls.TableSelection;
import com.merchantdesk.ui.controls.ToolButtons;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "To ship" cockpit: every paid order with a promise, least time left first, with a live countdown; late
 * rows red, at-risk rows orange; filters with their counts; Enter (or Ship...) opens the ship form of the
 * selected order.
 */
public final class ToShipScreen extends LazyScreen {

    public static final String ID = "to-ship";
    /** The rail's entry; its watcher keeps the late and at-risk counts in the status bar from the start. */
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "shipping.view.toShip.title", Feather.CLOCK,
            ToShipScreen::new, CockpitWatcher::start);

    /** Countdowns move every second; the list itself is read again every minute while shown. */
    private static final Duration TICK = Duration.seconds(1);
    private static final int TICKS_PER_RELOAD = 60;

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundRunner work;
    private final ToShipViewModel list;
    private final Map<KeyCombination, Runnable> shortcuts;
    private final Timeline ticker = new Timeline();
    private int ticks;
    private TableView<ToShipRow> table;
    private Node headerActions;

    public ToShipScreen(ScreenContext context) {
        super(ENTRY);
        this.context = context;
        this.app = context.app();
        this.work = new BackgroundRunner(context.background(), context.status());
        this.list = new ToShipViewModel(app.shipping(), app.clock(), work);
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(ShippingShortcuts.SHIP, this::shipSelected);
        keys.put(ShippingShortcuts.SHIP_SELECTED, this::shipChosen);
        keys.put(ShippingShortcuts.REFRESH, list::refresh);
        keys.put(ShippingShortcuts.SETTINGS, this::openSettings);
        keys.put(ShippingShortcuts.ALL, () -> list.filterProperty().set(ToShipQuery.Filter.ALL));
        keys.put(ShippingShortcuts.LATE, () -> list.filterProperty().set(ToShipQuery.Filter.LATE));
        keys.put(ShippingShortcuts.AT_RISK, () -> list.filterProperty().set(ToShipQuery.Filter.AT_RISK));
        keys.put(ShippingShortcuts.PARTLY, () -> list.filterProperty().set(ToShipQuery.Filter.PARTLY_SHIPPED));
        keys.putAll(PageBar.shortcuts(list));
        this.shortcuts = Collections.unmodifiableMap(keys);
        CockpitLink.requested(context.status()).addListener((o, before, asked) -> {
            if (asked != null) {
                list.filterProperty().set(asked);
                CockpitLink.requested(context.status()).set(null);
            }
        });
    }

    public ToShipViewModel list() { return list; }

    @Override
    protected void reload() {
        ToShipQuery.Filter asked = CockpitLink.requested(context.status()).get();
        if (asked != null) {
            CockpitLink.requested(context.status()).set(null);
            if (list.filterProperty().get() != asked) {
                list.filterProperty().set(asked);
                list.refresh();
                return;
            }
        }
        list.refresh();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return ShippingShortcuts.TO_SHIP_DESCRIPTIONS; }

    @Override
    public Node toolbar() {
        if (headerActions == null) {
            Button ship = ToolButtons.accent("to-ship-ship", Feather.SEND, "shipping.view.action.ship", ShippingShortcuts.SHIP,
                    this::shipSelected);
            ship.disableProperty().bind(list.selectedProperty().isNull());
            Button batch = ToolButtons.labelled("to-ship-ship-selected", Feather.PRINTER, "shipping.view.action.shipSelected",
                    ShippingShortcuts.SHIP_SELECTED, this::shipChosen);
            batch.disableProperty().bind(list.selectedProperty().isNull());
            headerActions = new HBox(8, batch, ship);
        }
        return headerActions;
    }

    @Override
    protected Node build() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = filter(group, "to-ship-filter-all", ToShipQuery.Filter.ALL, c -> Messages.get("shipping.view.filter.all", c.open()));
        ToggleButton late = filter(group, "to-ship-filter-late", ToShipQuery.Filter.LATE, c -> Messages.get("shipping.view.filter.late", c.late()));
        ToggleButton atRisk = filter(group, "to-ship-filter-at-risk", ToShipQuery.Filter.AT_RISK,
                c -> Messages.get("shipping.view.filter.atRisk", c.atRisk()));
        ToggleButton partly = filter(group, "to-ship-filter-partly", ToShipQuery.Filter.PARTLY_SHIPPED,
                c -> Messages.get("shipping.view.filter.partly"));
        late.getStyleClass().add("late-filter");
        atRisk.getStyleClass().add("at-risk-filter");
        Button settings = ToolButtons.labelled("to-ship-settings", Feather.SETTINGS, "shipping.view.action.settings",
                ShippingShortcuts.SETTINGS, this::openSettings);
        Button reload = ToolButtons.icon("to-ship-refresh", Feather.REFRESH_CW, "orders.view.action.refresh",
                ShippingShortcuts.REFRESH, list::refresh);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, all, late, atRisk, partly, spring, settings, reload);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        table = createTable();
        // Several orders may be chosen for "Ship selected" (Shift/Ctrl+click, Ctrl+A); the form ships the focused one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableSelection.sync(table, list.selectedProperty());
        VBox box = new VBox(table, new PageBar("to-ship", list, work));
        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane root = new BorderPane(box);
        root.setId("to-ship-screen");
        root.setTop(bar);
        ControlStyles.addTo(root.getStylesheets(), ShippingDialogs.STYLESHEET);
        root.addEventFilter(KeyEvent.KEY_PRESSED, ScreenShortcuts.filter(shortcuts));

        ticker.getKeyFrames().setAll(new KeyFrame(TICK, e -> tick(root)));
        ticker.setCycleCount(Animation.INDEFINITE);
        // Tick only while the screen is in a window: a hidden cockpit costs nothing.
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        return root;
    }

    private void tick(BorderPane root) {
        javafx.stage.Window window = root.getScene() == null ? null : root.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            // The window closed with the screen still in it: stop, or the next reload goes to a closed executor.
            ticker.stop();
            return;
        }
        list.tick();
        if (++ticks >= TICKS_PER_RELOAD) {
            ticks = 0;
            list.refresh();
        }
    }

    private ToggleButton filter(ToggleGroup group, String id, ToShipQuery.Filter which, Function<ToShipCounts, String> text) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.setToggleGroup(group);
        button.textProperty().bind(Bindings.createStringBinding(() -> text.apply(list.countsProperty().get()),
                list.countsProperty()));
        button.setSelected(list.filterProperty().get() == which);
        list.filterProperty().addListener((o, before, now) -> button.setSelected(now == which));
        button.setOnAction(e -> {
            list.filterProperty().set(which);
            button.setSelected(true);
        });
        return button;
    }

    private TableView<ToShipRow> createTable() {
        TableView<ToShipRow> t = new TableView<>(list.rows());
        t.setId("to-ship-table");
        t.getStyleClass().add("dense");
        t.setFixedCellSize(30);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ToShipRow, String> left = new TableColumn<>(Messages.get("shipping.view.column.left"));
        left.setId("col-to-ship-left");
        left.setPrefWidth(130);
        left.setSortable(false);
        left.getStyleClass().add(TableColumns.NUMBER_CLASS);
        left.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> ShippingFormats.timeLeft(cell.getValue().deadlines().shipBy(), list.nowProperty().get()),
                list.nowProperty()));
        t.getColumns().setAll(List.of(left,
                text("col-to-ship-by", "shipping.view.column.shipBy",
                        r -> ShippingFormats.time(r.deadlines().shipBy(), list.zoneProperty().get()), 150),
                text("col-to-ship-order", "shipping.view.column.order", ToShipRow::orderNumber, 150),
                text("col-to-ship-customer", "shipping.view.column.customer", ToShipRow::customerName, 150),
                text("col-to-ship-zone", "shipping.view.column.zone", r -> Messages.get(r.zone().messageKey())
                        + (r.country() == null || r.country().isEmpty() ? "" : " · " + r.country()), 130),
                text("col-to-ship-state", "shipping.view.column.state", r -> Messages.get(r.status().messageKey())
                        + (r.partlyShipped() ? " · " + Messages.get("shipping.view.partlyShipped") : ""), 170),
                TableColumns.number("col-to-ship-items", "shipping.view.column.items", r -> Long.toString(r.itemCount()), 60),
                text("col-to-ship-paid", "shipping.view.column.paid",
                        r -> ShippingFormats.time(r.paidAt(), list.zoneProperty().get()), 140),
                text("col-to-ship-promise", "shipping.view.column.promise",
                        r -> ShippingFormats.time(r.deadlines().deliverBy(), list.zoneProperty().get()), 140)));
        t.getColumns().forEach(c -> c.setSortable(false));
        t.setPlaceholder(TableRows.placeholder("to-ship-placeholder", Bindings.createStringBinding(
                () -> !list.loadedProperty().get() ? Messages.get("orders.view.empty.loading")
                        : Messages.get("shipping.view.toShip.empty"), list.loadedProperty())));
        t.setRowFactory(view -> {
            TableRow<ToShipRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ToShipRow item, boolean empty) {
                    super.updateItem(item, empty);
                    mark(this);
                }
            };
            list.nowProperty().addListener((o, before, now) -> mark(row));
            return TableRows.openOnDoubleClick(row, this::shipSelected);
        });
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.selectedProperty().get() != null) {
                e.consume();
                shipSelected();
            }
        });
        return t;
    }

    private void mark(TableRow<ToShipRow> row) {
        ToShipRow item = row.getItem();
        boolean late = item != null && !row.isEmpty() && list.isLate(item);
        boolean atRisk = item != null && !row.isEmpty() && list.isAtRisk(item);
        TableRows.mark(row, "late", late);
        TableRows.mark(row, "at-risk", atRisk);
    }

    private static TableColumn<ToShipRow, String> text(String id, String key, Function<ToShipRow, String> value, double width) {
        TableColumn<ToShipRow, String> column = TableColumns.text(id, key, value, width);
        column.setMinWidth(Math.min(width, 72));
        return column;
    }

    void shipSelected() {
        ToShipRow row = list.selectedProperty().get();
        if (row == null) {
            context.status().show(Messages.get("shipping.view.selectFirst"));
            return;
        }
        ShipDialog.open(owner(), app, work, row.orderId(), shipment -> {
            context.status().changesSaved();
            context.status().show(Messages.get("shipping.view.shipped", shipment.orderNumber(), shipment.trackingNumber()));
            list.refresh();
        });
    }

    /** The orders chosen in the table, in the list's order. */
    public List<String> chosenOrderIds() {
        return table == null ? List.of() : table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(ToShipRow::orderId).toList();
    }

    /** "Ship selected": every chosen order in one parcel with pool numbers, then the batch's paper. */
    void shipChosen() {
        List<String> chosen = chosenOrderIds();
        if (chosen.isEmpty()) {
            context.status().show(Messages.get("shipping.view.selectFirst"));
            return;
        }
        BatchShipDialog.open(owner(), app, work, chosen, result -> {
            context.status().changesSaved();
            String printed = result.printed().isEmpty() ? "" : " " + Messages.get("shipping.view.batch.printed",
                    String.join(", ", result.printed().stream().map(k -> Messages.get(k.messageKey())).toList()));
            String low = result.pool().low() ? " " + Messages.get("shipping.view.batch.lowWarning", result.pool().carrierName(),
                    result.pool().free()) : "";
            String failed = result.printFailure().isEmpty() ? "" : " " + Messages.get("shipping.view.batch.printFailed",
                    result.printFailure());
            context.status().show(Messages.get("shipping.view.batch.done", result.shipped().size(), result.pages(),
                    result.saved()) + printed + failed + low);
            list.refresh();
        });
    }

    private void openSettings() {
        ShippingSettingsDialog.open(owner(), app, work, list::refresh);
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
