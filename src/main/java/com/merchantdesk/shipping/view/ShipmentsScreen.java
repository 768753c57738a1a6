package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.TrackingEvent;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import com.merchantdesk.ui.controls.SearchKeys;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.ui.controls.NotOnPlatformFilter;
import com.merchantdesk.ui.controls.SyncStateCell;
import com.merchantdesk.ui.controls.TableSelection;
import com.merchantdesk.ui.controls.ToolButtons;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Shipments screen: every parcel newest first, filtered by status, carrier, late, at risk, the day shipped and
 * the start of a tracking or order number; the selected parcel's facts and tracking timeline, and events entered
 * by hand (Ctrl+Shift+T).
 */
public final class ShipmentsScreen extends LazyScreen {

    public static final String ID = "shipments";
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "shipping.view.shipments.title", Feather.TRUCK, ShipmentsScreen::new);
    /** The search field gives way to the other filters down to this width (a tracking number still shows whole). */
    private static final double SEARCH_MIN_WIDTH = 150;

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundRunner work;
    private final ShipmentListViewModel list;
    private final ShipmentDetailPane detail = new ShipmentDetailPane();
    private final Map<KeyCombination, Runnable> shortcuts;
    private final TextField search = new TextField();
    private final ChoiceBox<String> carrier = new ChoiceBox<>();
    private TableView<Shipment> table;
    private Node headerActions;

    public ShipmentsScreen(ScreenContext context) {
        super(ENTRY);
        this.context = context;
        this.app = context.app();
        this.work = new BackgroundRunner(context.background(), context.status());
        this.list = new ShipmentListViewModel(app.shipping(), app.clock(), work);
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(ShippingShortcuts.TRACK, this::trackSelected);
        keys.put(ShippingShortcuts.SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
        keys.put(ShippingShortcuts.REFRESH, this::reload);
        keys.putAll(PageBar.shortcuts(list));
        this.shortcuts = Collections.unmodifiableMap(keys);
        list.selectedProperty().addListener((o, before, now) -> showDetail(now));
    }

    public ShipmentListViewModel list() { return list; }

    @Override
    protected void reload() {
        work.run(() -> new Setup(app.shipping().carriers(), app.shipping().policy().shopZone()), setup -> {
            List<String> codes = new ArrayList<>();
            codes.add("");
            setup.carriers().forEach(c -> codes.add(c.code()));
            if (!codes.equals(carrier.getItems())) {
                String chosen = carrier.getValue();
                carrier.getItems().setAll(codes);
                carrier.setValue(codes.contains(chosen) ? chosen : "");
            }
            list.zoneProperty().set(setup.zone());
            list.refresh();
        }, error -> work.report("shipping.view.error.load", error));
    }

    private record Setup(List<Carrier> carriers, java.time.ZoneId zone) {}

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return ShippingShortcuts.SHIPMENTS_DESCRIPTIONS; }

    @Override
    public Node toolbar() {
        if (headerActions == null) {
            Button track = ToolButtons.accent("shipments-track", Feather.MAP_PIN, "shipping.view.action.track",
                    ShippingShortcuts.TRACK, this::trackSelected);
            track.disableProperty().bind(list.selectedProperty().isNull());
            headerActions = new HBox(8, track);
        }
        return headerActions;
    }

    @Override
    protected Node build() {
        search.setId("shipments-search");
        search.setPromptText(Messages.get("shipping.view.shipments.searchPrompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(list.textProperty());
        SearchKeys.install(search, () -> TableSelection.focus(table));
        ChoiceBox<TrackingStatus> status = new ChoiceBox<>();
        status.setId("shipments-status");
        status.getItems().add(null);
        status.getItems().addAll(TrackingStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override public String toString(TrackingStatus s) {
                return s == null ? Messages.get("shipping.view.shipments.anyStatus") : Messages.get(s.messageKey());
            }
            @Override public TrackingStatus fromString(String text) { return null; }
        });
        status.valueProperty().bindBidirectional(list.statusProperty());
        carrier.setId("shipments-carrier");
        carrier.setConverter(new StringConverter<>() {
            @Override public String toString(String code) {
                return code == null || code.isEmpty() ? Messages.get("shipping.view.shipments.anyCarrier") : code;
            }
            @Override public String fromString(String text) { return text; }
        });
        carrier.valueProperty().addListener((o, before, now) -> list.carrierProperty().set(now == null ? "" : now));
        CheckBox late = new CheckBox(Messages.get("shipping.view.shipments.late"));
        late.setId("shipments-late");
        late.selectedProperty().bindBidirectional(list.lateProperty());
        CheckBox atRisk = new CheckBox(Messages.get("shipping.view.shipments.atRisk"));
        atRisk.setId("shipments-at-risk");
        atRisk.selectedProperty().bindBidirectional(list.atRiskProperty());
        CheckBox notOnPlatform = NotOnPlatformFilter.checkBox("shipments-not-on-platform", list.notOnPlatformProperty());
        DatePicker day = new DatePicker();
        day.setId("shipments-day");
        day.setPromptText(Messages.get("shipping.view.shipments.day"));
        day.setPrefWidth(140);
        day.valueProperty().bindBidirectional(list.dayProperty());
        Button reload = ToolButtons.icon("shipments-refresh", Feather.REFRESH_CW, "orders.view.action.refresh",
                ShippingShortcuts.REFRESH, this::reload);
        Region bar = filterBar(List.of(search, status, carrier), List.of(day, late, atRisk, notOnPlatform), reload);

        table = createTable();
        TableSelection.sync(table, list.selectedProperty());
        VBox listBox = new VBox(table, new PageBar("shipments", list, work));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(listBox, detail.node());
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(detail.node(), false);
        BorderPane root = new BorderPane(split);
        root.setId("shipments-screen");
        root.setTop(bar);
        ControlStyles.addTo(root.getStylesheets(), ShippingDialogs.STYLESHEET);
        root.addEventFilter(KeyEvent.KEY_PRESSED, ScreenShortcuts.filter(shortcuts));
        return root;
    }

    /**
     * The filters on one row while they fit at their own widths (the search field may give way down to a usable
     * width); in a narrow window the day and the check boxes take a second row, so no label is cut to "…".
     */
    private static Region filterBar(List<Region> first, List<Region> second, Button reload) {
        for (Region part : second) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Region part : first.subList(1, first.size())) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        first.get(0).setMinWidth(SEARCH_MIN_WIDTH);
        HBox.setHgrow(first.get(0), Priority.SOMETIMES);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        List<Node> oneRow = new ArrayList<>(first);
        oneRow.addAll(second);
        oneRow.add(spring);
        oneRow.add(reload);
        HBox top = filterRow();
        HBox bottom = filterRow();
        VBox twoRows = new VBox(8);
        Reflow bar = new Reflow(() -> top.getSpacing() * (oneRow.size() - 1)
                + oneRow.stream().mapToDouble(n -> n.minWidth(-1)).sum(),
                () -> {
                    top.getChildren().setAll(oneRow);
                    return top;
                },
                () -> {
                    top.getChildren().setAll(first);
                    top.getChildren().addAll(spring, reload);
                    bottom.getChildren().setAll(second);
                    twoRows.getChildren().setAll(top, bottom);
                    return twoRows;
                });
        bar.setId("shipments-toolbar");
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private static HBox filterRow() {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<Shipment> createTable() {
        TableView<Shipment> t = new TableView<>(list.rows());
        t.setId("shipments-table");
        t.getStyleClass().add("dense");
        t.setFixedCellSize(30);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().setAll(List.of(SyncStateCell.column("col-shipment-sync", Shipment::syncState),
                text("col-shipment-order", "shipping.view.column.order", Shipment::orderNumber, 140),
                text("col-shipment-carrier", "shipping.view.column.carrier", s -> s.carrierCode() + " " + s.serviceCode(), 100),
                text("col-shipment-tracking", "shipping.view.column.tracking", Shipment::trackingNumber, 140),
                text("col-shipment-status", "shipping.view.column.status", s -> Messages.get(s.status().messageKey()), 110),
                text("col-shipment-shipped", "shipping.view.column.shipped",
                        s -> ShippingFormats.time(s.shippedAt(), list.zoneProperty().get()), 130),
                text("col-shipment-promise", "shipping.view.column.promise",
                        s -> ShippingFormats.time(s.deliverBy(), list.zoneProperty().get()), 130),
                text("col-shipment-note", "shipping.view.column.note", s -> s.shippedLate() ? Messages.get("shipping.view.shippedLate")
                        : s.deliveryLateAt(list.now()) ? Messages.get("shipping.view.deliveryLate") : "", 110)));
        t.getColumns().forEach(c -> c.setSortable(false));
        t.setPlaceholder(TableRows.placeholder("shipments-placeholder", Bindings.createStringBinding(
                () -> !list.loadedProperty().get() ? Messages.get("orders.view.empty.loading")
                        : Messages.get("shipping.view.shipments.empty"), list.loadedProperty())));
        t.setRowFactory(view -> {
            TableRow<Shipment> row = new TableRow<>() {
                @Override
                protected void updateItem(Shipment item, boolean empty) {
                    super.updateItem(item, empty);
                    Instant now = list.now();
                    TableRows.mark(this, "late", !empty && item != null && (item.shippedLate() || item.deliveryLateAt(now)));
                }
            };
            return TableRows.openOnDoubleClick(row, this::trackSelected);
        });
        return t;
    }

    private static TableColumn<Shipment, String> text(String id, String key, Function<Shipment, String> value, double width) {
        TableColumn<Shipment, String> column = TableColumns.text(id, key, value, width);
        column.setMinWidth(Math.min(width, 72));
        return column;
    }

    private void showDetail(Shipment s) {
        if (s == null) {
            detail.show(null, List.of(), list.zoneProperty().get(), list.now());
            return;
        }
        work.run(() -> new Loaded(app.shipping().find(s.id()).orElse(s), app.shipping().events(s.id())), loaded -> {
            Shipment still = list.selectedProperty().get();
            if (still != null && still.id().equals(s.id())) {
                detail.show(loaded.shipment(), loaded.events(), list.zoneProperty().get(), list.now());
            }
        }, error -> work.report("shipping.view.error.load", error));
    }

    private record Loaded(Shipment shipment, List<TrackingEvent> events) {}

    void trackSelected() {
        Shipment s = list.selectedProperty().get();
        if (s == null) {
            context.status().show(Messages.get("shipping.view.selectFirst"));
            return;
        }
        TrackDialog.open(owner(), app.shipping(), work, s, list.zoneProperty().get(), list.now(), event -> {
            context.status().changesSaved();
            context.status().show(Messages.get("shipping.view.tracked", Messages.get(event.status().messageKey()), s.trackingNumber()));
            list.refreshSelecting(s.id());
            showDetail(s);
        });
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
