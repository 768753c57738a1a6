package com.merchantdesk.customers.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogOpener;
import com.merchantdesk.ui.controls.LazyTooltip;
import com.merchantdesk.ui.controls.NotOnPlatformFilter;
import com.merchantdesk.ui.controls.SyncStateCell;
import javafx.scene.control.ToggleButton;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import com.merchantdesk.ui.controls.SearchKeys;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.ui.controls.TableSelection;
import com.merchantdesk.ui.controls.ToolButtons;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Customers screen: search by name, phone or email; the list with orders count and total spent; the
 * selected customer's details and order history; create (Ctrl+N) and edit (Ctrl+E or Enter) offline.
 */
public final class CustomersScreen extends LazyScreen {

    public static final String ID = "customers";
    /** The rail's entry: the screen is built when first shown. */
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "customers.view.title", Feather.USERS, CustomersScreen::new);

    /** The customer's detail beside the list needs this much to show its facts and orders whole. */
    private static final double DETAIL_MIN_WIDTH = 280;
    private static final double SPLIT_DIVIDER = 6;
    /** Room for the list's vertical scroll bar. */
    private static final double SCROLL_BAR = 16;

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundRunner work;
    private final DialogOpener dialogs;
    private final CustomerListViewModel list;
    private final CustomerDetailViewModel detail;
    private final ZoneId zone;
    private final Map<KeyCombination, Runnable> shortcuts;
    private final TextField search = new TextField();
    private BorderPane root;
    private Node headerActions;
    private TableView<CustomerSummary> table;

    public CustomersScreen(ScreenContext context) {
        this(context, ZoneId.systemDefault());
    }

    public CustomersScreen(ScreenContext context, ZoneId zone) {
        super(ENTRY);
        this.context = context;
        this.app = context.app();
        this.zone = zone;
        this.work = new BackgroundRunner(context.background(), context.status());
        this.dialogs = new DialogOpener(work);
        this.list = new CustomerListViewModel(app.customers(), work);
        this.detail = new CustomerDetailViewModel(app.customers(), work);
        detail.currencyProperty().bind(list.currencyProperty());
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(CustomerShortcuts.NEW, this::newCustomer);
        keys.put(CustomerShortcuts.EDIT, this::editSelected);
        keys.put(CustomerShortcuts.SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
        keys.put(CustomerShortcuts.REFRESH, this::refresh);
        keys.putAll(PageBar.shortcuts(list));
        this.shortcuts = Collections.unmodifiableMap(keys);
    }

    @Override
    protected void reload() {
        refresh();
    }

    @Override
    public Node toolbar() {
        if (headerActions == null) {
            headerActions = new HBox(8, ToolButtons.accent("customers-new", Feather.USER_PLUS, "customers.view.action.new",
                    CustomerShortcuts.NEW, this::newCustomer));
        }
        return headerActions;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return CustomerShortcuts.DESCRIPTIONS; }

    public CustomerListViewModel list() { return list; }

    /** Reads the shop's currency (totals are counted in it) and the list again. */
    void refresh() {
        work.run(() -> Money.currency(app.settings().load().currency()), currency -> {
            if (currency.equals(list.currencyProperty().get())) {
                list.refresh();
                detail.load();
            } else {
                list.currencyProperty().set(currency);
            }
        }, error -> work.report("customers.view.error.load", error));
    }

    @Override
    protected Node build() {
        search.setId("customers-search");
        search.setPromptText(Messages.get("customers.view.search.prompt"));
        LazyTooltip.install(search, ShortcutHint.text(Messages.get("customers.view.search.tooltip"), CustomerShortcuts.SEARCH));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(list.searchTextProperty());
        SearchKeys.install(search, this::focusTable);
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        Button edit = ToolButtons.labelled("customers-edit", Feather.EDIT_2, "customers.view.action.edit", CustomerShortcuts.EDIT,
                this::editSelected);
        edit.disableProperty().bind(list.selectedProperty().isNull());
        Button reload = ToolButtons.icon("customers-refresh", Feather.REFRESH_CW, "orders.view.action.refresh",
                CustomerShortcuts.REFRESH, this::refresh);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToggleButton notOnPlatform = NotOnPlatformFilter.toggle("customers-not-on-platform", list.notOnPlatformProperty());
        HBox bar = new HBox(8, searchIcon, search, notOnPlatform, edit, spring, reload);
        bar.getStyleClass().addAll("tool-bar", "customers-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);

        table = createTable();
        TableSelection.sync(table, list.selectedProperty());
        VBox listBox = new VBox(table, new PageBar("customers", list, work));
        VBox.setVgrow(table, Priority.ALWAYS);
        CustomerDetailPane detailPane = new CustomerDetailPane(detail, zone);
        SplitPane split = new SplitPane();
        Region detailNode = (Region) detailPane.node();
        // Under the list the detail scrolls: the short window has no room for all of it.
        ScrollPane detailScroll = new ScrollPane();
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.getStyleClass().add("edge-to-edge");
        // The detail stands beside the list while the list's columns and the detail fit; in a narrow window it goes
        // under the list, so no column of the list is cut off at its edge.
        Reflow content = new Reflow(() -> listMinWidth() + SPLIT_DIVIDER + DETAIL_MIN_WIDTH,
                () -> {
                    detailScroll.setContent(null);
                    return arrange(split, listBox, detailNode, Orientation.HORIZONTAL, listMinWidth());
                },
                () -> {
                    detailScroll.setContent(detailNode);
                    return arrange(split, listBox, detailScroll, Orientation.VERTICAL, Region.USE_COMPUTED_SIZE);
                });

        root = new BorderPane(content);
        root.setId("customers-screen");
        ControlStyles.addTo(root.getStylesheets(), CustomerDialogs.STYLESHEET);
        root.setTop(bar);
        root.addEventFilter(KeyEvent.KEY_PRESSED, ScreenShortcuts.filter(shortcuts));
        detail.customerIdProperty().bind(Bindings.createObjectBinding(() -> list.selectedProperty().get() == null ? null
                : list.selectedProperty().get().customer().id(), list.selectedProperty()));
        return root;
    }

    /** The list's share of the split pane, beside the detail or above it. */
    private static final double LIST_SHARE = 0.56;

    private static SplitPane arrange(SplitPane split, Region list, Node detail, Orientation orientation, double listMinWidth) {
        split.setOrientation(orientation);
        list.setMinWidth(listMinWidth);
        split.getItems().setAll(list, detail);
        SplitPane.setResizableWithParent(detail, false);
        split.setDividerPositions(LIST_SHARE);
        placeDividerOnceSized(split);
        return split;
    }

    /**
     * Puts the divider at {@link #LIST_SHARE} again once the split pane has its size in the new arrangement. Set
     * before, the share is of the size it had in the other arrangement (or none, when the screen is first built in a
     * small window), and since the detail keeps its size when the pane grows, the stacked detail stayed a thin strip.
     * Once, after that layout pass: a divider the seller moves stays where it was put.
     */
    private static void placeDividerOnceSized(SplitPane split) {
        ChangeListener<Bounds> sized = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Bounds> bounds, Bounds before, Bounds now) {
                double size = split.getOrientation() == Orientation.VERTICAL ? now.getHeight() : now.getWidth();
                if (size > 0) {
                    split.layoutBoundsProperty().removeListener(this);
                    Platform.runLater(() -> split.setDividerPositions(LIST_SHARE));
                }
            }
        };
        split.layoutBoundsProperty().addListener(sized);
    }

    /** The width the list's columns need at least, with the table's border and its vertical scroll bar. */
    private double listMinWidth() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR;
    }

    private TableView<CustomerSummary> createTable() {
        TableView<CustomerSummary> t = new TableView<>(list.rows());
        t.setId("customers-table");
        t.getStyleClass().add("dense");
        t.setFixedCellSize(30);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var dates = CustomerFormats.shortDateTime(zone);
        t.getColumns().setAll(List.of(SyncStateCell.column("col-customer-sync", CustomerSummary::syncState),
                column("col-customer-name", "customers.view.column.name", s -> s.customer().name(), false, 120),
                column("col-customer-phone", "customers.view.column.phone", s -> s.customer().phone(), false, 140),
                column("col-customer-orders", "customers.view.column.orders", s -> CustomerFormats.count(s.orderCount()), true, 70),
                column("col-customer-spent", "customers.view.column.spent", s -> CustomerFormats.money(s.totalSpent()), true, 110),
                column("col-customer-last", "customers.view.column.lastOrder",
                        s -> s.lastOrderAt() == null ? "" : dates.format(s.lastOrderAt()), false, 150)));
        // Phones and dates stay whole; names give way first.
        t.getColumns().get(1).setMinWidth(120);
        t.getColumns().get(2).setMinWidth(140);
        t.getColumns().get(3).setMinWidth(64);
        t.getColumns().get(4).setMinWidth(88);
        t.getColumns().get(5).setMinWidth(140);
        t.setPlaceholder(TableRows.placeholder("customers-placeholder", Bindings.createStringBinding(
                () -> !list.loadedProperty().get() ? Messages.get("orders.view.empty.loading")
                        : list.searchTextProperty().get().isBlank() && !list.notOnPlatformProperty().get()
                        ? Messages.get("customers.view.empty.none", CustomerShortcuts.NEW.getDisplayText())
                        : Messages.get("customers.view.empty.noMatch"),
                list.loadedProperty(), list.searchTextProperty(), list.notOnPlatformProperty())));
        t.setRowFactory(view -> TableRows.openOnDoubleClick(new TableRow<>(), this::editSelected));
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.selectedProperty().get() != null) {
                e.consume();
                editSelected();
            }
        });
        return t;
    }

    private static TableColumn<CustomerSummary, String> column(String id, String key, Function<CustomerSummary, String> value,
                                                               boolean numeric, double width) {
        TableColumn<CustomerSummary, String> column = numeric ? TableColumns.number(id, key, value, width)
                : TableColumns.text(id, key, value, width);
        column.setMinWidth(Math.min(width, 72));
        return column;
    }

    private void focusTable() { TableSelection.focus(table); }

    void newCustomer() {
        CustomerFormDialog.open(owner(), CustomerFormViewModel.forNew(app.customers(), work), this::saved);
    }

    public void editSelected() {
        CustomerSummary row = list.selectedProperty().get();
        if (row == null) {
            context.status().show(Messages.get("customers.view.selectFirst"));
            return;
        }
        dialogs.open(() -> app.customers().find(row.customer().id()), found -> {
            if (found.isPresent()) {
                CustomerFormDialog.open(owner(), CustomerFormViewModel.forEdit(app.customers(), work, found.get()), this::saved);
            } else {
                list.refresh();
            }
        }, "customers.view.error.load");
    }

    private void saved(Customer customer) {
        context.status().changesSaved();
        context.status().show(Messages.get("customers.view.saved", customer.name()));
        list.refreshSelecting(customer.id());
        detail.load();
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
