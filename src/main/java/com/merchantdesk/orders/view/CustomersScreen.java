package com.merchantdesk.orders.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Money;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Customer;
import com.merchantdesk.orders.CustomerSummary;
import com.merchantdesk.ui.Screen;
import com.merchantdesk.ui.ScreenContext;
import com.merchantdesk.ui.ScreenEntry;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Customers screen: search by name, phone or email; the list with orders count and total spent; the
 * selected customer's details and order history; create (Ctrl+N) and edit (Ctrl+E or Enter) offline.
 */
public final class CustomersScreen implements Screen {

    public static final String ID = "customers";
    /** The rail's entry: the screen is built when first shown. */
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "customers.view.title", Feather.USERS, CustomersScreen::new);

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundWork work;
    private final CustomerListViewModel list;
    private final CustomerDetailViewModel detail;
    private final ZoneId zone;
    private final Map<KeyCombination, Runnable> shortcuts;
    private final TextField search = new TextField();
    private BorderPane root;
    private Node headerActions;
    private TableView<CustomerSummary> table;
    private boolean selecting;
    private boolean opening;

    public CustomersScreen(ScreenContext context) {
        this(context, ZoneId.systemDefault());
    }

    public CustomersScreen(ScreenContext context, ZoneId zone) {
        this.context = context;
        this.app = context.app();
        this.zone = zone;
        this.work = new BackgroundWork(context.background(), context.status());
        this.list = new CustomerListViewModel(app.customers(), work);
        this.detail = new CustomerDetailViewModel(app.customers(), work);
        detail.currencyProperty().bind(list.currencyProperty());
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(OrderShortcuts.NEW, this::newCustomer);
        keys.put(OrderShortcuts.EDIT, this::editSelected);
        keys.put(OrderShortcuts.SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
        keys.put(OrderShortcuts.REFRESH, this::refresh);
        keys.put(OrderShortcuts.PREVIOUS_PAGE, list::previousPage);
        keys.put(OrderShortcuts.NEXT_PAGE, list::nextPage);
        keys.put(OrderShortcuts.FIRST_PAGE, list::firstPage);
        keys.put(OrderShortcuts.LAST_PAGE, list::lastPage);
        this.shortcuts = Collections.unmodifiableMap(keys);
    }

    @Override public String id() { return ID; }

    @Override public String titleKey() { return ENTRY.titleKey(); }

    @Override public Ikon icon() { return ENTRY.icon(); }

    @Override
    public Node content() {
        if (root == null) {
            // The rows are loaded by onShown, which the window calls right after.
            build();
        }
        return root;
    }

    @Override
    public void onShown() {
        if (root != null) {
            refresh();
        }
    }

    @Override
    public Node toolbar() {
        if (headerActions == null) {
            Button create = new Button(Messages.get("customers.view.action.new"), new FontIcon(Feather.USER_PLUS));
            create.setId("customers-new");
            create.getStyleClass().add("accent");
            create.setTooltip(OrderShortcuts.tooltip("customers.view.action.new", OrderShortcuts.NEW));
            create.setOnAction(e -> newCustomer());
            headerActions = new HBox(8, create);
        }
        return headerActions;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return OrderShortcuts.CUSTOMERS_DESCRIPTIONS; }

    CustomerListViewModel list() { return list; }

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

    private void build() {
        search.setId("customers-search");
        search.setPromptText(Messages.get("customers.view.search.prompt"));
        search.setTooltip(OrderShortcuts.tooltip("customers.view.search.tooltip", OrderShortcuts.SEARCH));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(list.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                focusTable();
                e.consume();
            }
        });
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        Button edit = new Button(Messages.get("customers.view.action.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("customers-edit");
        edit.getStyleClass().add("flat");
        edit.setTooltip(OrderShortcuts.tooltip("customers.view.action.edit", OrderShortcuts.EDIT));
        edit.disableProperty().bind(list.selectedProperty().isNull());
        edit.setOnAction(e -> editSelected());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.setId("customers-refresh");
        reload.getStyleClass().addAll("button-icon", "flat");
        reload.setTooltip(OrderShortcuts.tooltip("orders.view.action.refresh", OrderShortcuts.REFRESH));
        reload.setAccessibleText(Messages.get("orders.view.action.refresh"));
        reload.setOnAction(e -> refresh());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, searchIcon, search, edit, spring, reload);
        bar.getStyleClass().addAll("tool-bar", "orders-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);

        table = createTable();
        connectSelection();
        VBox listBox = new VBox(table, new PageControls("customers", list, work));
        VBox.setVgrow(table, Priority.ALWAYS);
        CustomerDetailPane detailPane = new CustomerDetailPane(detail, zone);
        SplitPane split = new SplitPane(listBox, detailPane.node());
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(detailPane.node(), false);

        root = new BorderPane(split);
        root.setId("customers-screen");
        root.getStylesheets().add(OrderDialogs.STYLESHEET);
        root.setTop(bar);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<KeyCombination, Runnable> entry : shortcuts.entrySet()) {
                if (entry.getKey().match(e)) {
                    e.consume();
                    entry.getValue().run();
                    return;
                }
            }
        });
        detail.customerIdProperty().bind(Bindings.createObjectBinding(() -> list.selectedProperty().get() == null ? null
                : list.selectedProperty().get().customer().id(), list.selectedProperty()));
    }

    private TableView<CustomerSummary> createTable() {
        TableView<CustomerSummary> t = new TableView<>(list.rows());
        t.setId("customers-table");
        t.getStyleClass().add("dense");
        t.setFixedCellSize(30);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var dates = OrderFormats.shortDateTime(zone);
        t.getColumns().setAll(List.of(
                column("col-customer-name", "customers.view.column.name", s -> s.customer().name(), false, 170),
                column("col-customer-phone", "customers.view.column.phone", s -> s.customer().phone(), false, 150),
                column("col-customer-orders", "customers.view.column.orders", s -> OrderFormats.count(s.orderCount()), true, 70),
                column("col-customer-spent", "customers.view.column.spent", s -> OrderFormats.money(s.totalSpent()), true, 110),
                column("col-customer-last", "customers.view.column.lastOrder",
                        s -> s.lastOrderAt() == null ? "" : dates.format(s.lastOrderAt()), false, 150)));
        // Phones and dates stay whole; names give way first.
        t.getColumns().get(1).setMinWidth(140);
        t.getColumns().get(4).setMinWidth(140);
        t.getColumns().forEach(c -> c.setSortable(false));
        Label placeholder = new Label();
        placeholder.setId("customers-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> !list.loadedProperty().get()
                ? Messages.get("orders.view.empty.loading")
                : list.searchTextProperty().get().isBlank()
                ? Messages.get("customers.view.empty.none", OrderShortcuts.NEW.getDisplayText())
                : Messages.get("customers.view.empty.noMatch"), list.loadedProperty(), list.searchTextProperty()));
        t.setPlaceholder(placeholder);
        t.setRowFactory(view -> {
            TableRow<CustomerSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
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
        TableColumn<CustomerSummary, String> column = new TableColumn<>(Messages.get(key));
        column.setId(id);
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 72));
        if (numeric) {
            column.setCellFactory(c -> {
                TableCell<CustomerSummary, String> cell = new TableCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item);
                    }
                };
                cell.setAlignment(Pos.CENTER_RIGHT);
                return cell;
            });
        }
        return column;
    }

    private void connectSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (!selecting) {
                list.selectedProperty().set(now);
            }
        });
        list.selectedProperty().addListener((o, before, now) -> {
            selecting = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    int index = list.rows().indexOf(now);
                    if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
                        table.getSelectionModel().clearAndSelect(index);
                        table.scrollTo(Math.max(0, index - 2));
                    }
                }
            } finally {
                selecting = false;
            }
        });
    }

    private void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    void newCustomer() {
        CustomerFormDialog.open(owner(), CustomerFormViewModel.forNew(app.customers(), work), this::saved);
    }

    void editSelected() {
        CustomerSummary row = list.selectedProperty().get();
        if (row == null) {
            context.status().show(Messages.get("customers.view.selectFirst"));
            return;
        }
        if (opening) {
            return;
        }
        opening = true;
        work.run(() -> app.customers().find(row.customer().id()), found -> {
            opening = false;
            if (found.isPresent()) {
                CustomerFormDialog.open(owner(), CustomerFormViewModel.forEdit(app.customers(), work, found.get()), this::saved);
            } else {
                list.refresh();
            }
        }, error -> {
            opening = false;
            work.report("customers.view.error.load", error);
        });
    }

    private void saved(Customer customer) {
        context.status().changesSaved();
        context.status().show(Messages.get("customers.view.saved", customer.name()));
        list.refreshSelecting(customer.id());
        detail.load();
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
