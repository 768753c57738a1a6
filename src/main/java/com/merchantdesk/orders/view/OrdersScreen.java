package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.documents.DocumentKind;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.ui.controls.TableSelection;
import com.merchantdesk.ui.controls.ToolButtons;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Orders screen: search and filters, the workbench counters, the paged orders list, and the selected
 * order's details with its lifecycle actions. Ctrl+N takes a new order with the keyboard alone.
 */
public final class OrdersScreen extends LazyScreen {

    public static final String ID = "orders";
    /** The rail's entry: the screen is built when first shown. */
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "orders.view.title", Feather.SHOPPING_CART, OrdersScreen::new);

    private final ScreenContext context;
    private final BackgroundRunner work;
    private final OrderListViewModel list;
    private final OrderDetailViewModel detail;
    private final OrderActions actions;
    private final OrderDocumentActions documents;
    private final ZoneId zone;
    private final Map<KeyCombination, Runnable> shortcuts;
    private BorderPane root;
    private Node headerActions;
    private TableView<OrderRow> table;
    private OrdersToolbar toolbar;
    private OrderDetailPane detailPane;

    public OrdersScreen(ScreenContext context) {
        this(context, ZoneId.systemDefault());
    }

    /** @param zone the seller's time zone: order times and the date filter's days are in it */
    public OrdersScreen(ScreenContext context, ZoneId zone) {
        this(context, zone, new NativePdfSaveLocation(), DocumentViewer.system());
    }

    /** With the save dialog and PDF viewer the tests replace. */
    OrdersScreen(ScreenContext context, ZoneId zone, PdfSaveLocation saveLocation, DocumentViewer viewer) {
        super(ENTRY);
        this.context = context;
        this.zone = zone;
        this.work = new BackgroundRunner(context.background(), context.status());
        OrderService orders = context.app().orders();
        this.list = new OrderListViewModel(orders, work, zone);
        this.detail = new OrderDetailViewModel(orders, work, actor());
        this.actions = new OrderActions(context, work, list, detail);
        this.documents = new OrderDocumentActions(work, detail, context.app().settings(), zone, saveLocation, viewer,
                () -> context.owner() == null ? null : context.owner().get());
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(OrderShortcuts.NEW, actions::newOrder);
        keys.put(OrderShortcuts.SEARCH, actions::focusSearch);
        keys.put(OrderShortcuts.REFRESH, actions::refresh);
        keys.putAll(PageBar.shortcuts(list));
        for (OrderAction action : OrderAction.ALL) {
            keys.put(OrderActions.keyOf(action), () -> actions.perform(action));
        }
        keys.put(OrderShortcuts.PRINT_INVOICE, () -> documents.perform(DocumentKind.INVOICE, OrderDocumentActions.Use.PRINT));
        keys.put(OrderShortcuts.PRINT_PACKING_SLIP,
                () -> documents.perform(DocumentKind.PACKING_SLIP, OrderDocumentActions.Use.PRINT));
        keys.put(OrderShortcuts.TO_PAY, () -> list.toggleCounter(StatusChoice.PENDING_PAYMENT));
        keys.put(OrderShortcuts.TO_PACK, () -> list.toggleCounter(StatusChoice.PAID));
        keys.put(OrderShortcuts.TO_SHIP, () -> list.toggleCounter(StatusChoice.PACKED));
        keys.put(OrderShortcuts.AFTER_SALE, () -> list.toggleCounter(StatusChoice.AFTER_SALE));
        this.shortcuts = Collections.unmodifiableMap(keys);
    }

    /** Who the history names for changes made in this window: the seller's account on this computer. */
    static String actor() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? OrderService.DEFAULT_ACTOR : user;
    }

    @Override
    protected void reload() {
        actions.refresh();
    }

    /** New order, in the window's header beside the screen title. */
    @Override
    public Node toolbar() {
        if (headerActions == null) {
            headerActions = new HBox(8, ToolButtons.accent("orders-new", Feather.PLUS, "orders.view.action.new",
                    OrderShortcuts.NEW, actions::newOrder));
        }
        return headerActions;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return OrderShortcuts.ORDERS_DESCRIPTIONS; }

    OrderListViewModel list() { return list; }

    OrderDetailViewModel detail() { return detail; }

    OrderDetailPane detailPane() { return detailPane; }

    @Override
    protected Node build() {
        toolbar = new OrdersToolbar(list, this::focusTable, actions::refresh);
        SummaryBar summary = new SummaryBar(list);
        table = OrderTable.create(list);
        table.setPlaceholder(placeholder());
        TableSelection.sync(table, list.selectedProperty());
        actions.setFocusTargets(this::focusTable, () -> {
            toolbar.searchField().requestFocus();
            toolbar.searchField().selectAll();
        });

        VBox listBox = new VBox(table, new PageBar("orders", list, work));
        VBox.setVgrow(table, Priority.ALWAYS);
        detailPane = new OrderDetailPane(detail, zone, actions::perform, OrderDocumentMenus.create(detail, documents));
        SplitPane split = new SplitPane(listBox, detailPane.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(detailPane.node(), false);

        root = new BorderPane(split);
        root.setId("orders-screen");
        root.getStyleClass().add("orders-screen");
        ControlStyles.addTo(root.getStylesheets(), OrderDialogs.STYLESHEET);
        VBox top = new VBox(toolbar.node(), summary.node());
        root.setTop(top);
        root.addEventFilter(KeyEvent.KEY_PRESSED, ScreenShortcuts.filter(shortcuts));
        detail.orderIdProperty().bind(Bindings.createObjectBinding(
                () -> list.selectedProperty().get() == null ? null : list.selectedProperty().get().id(), list.selectedProperty()));
        return root;
    }

    private void focusTable() { TableSelection.focus(table); }

    private Node placeholder() {
        return TableRows.placeholder("orders-placeholder", Bindings.createStringBinding(() -> {
            if (!list.loadedProperty().get()) {
                return Messages.get("orders.view.empty.loading");
            }
            if (list.datesReversed().get()) {
                return Messages.get("orders.view.filter.datesReversed");
            }
            return list.filtered().get() ? Messages.get("orders.view.empty.noMatch")
                    : Messages.get("orders.view.empty.none", OrderShortcuts.NEW.getDisplayText());
        }, list.loadedProperty(), list.filtered(), list.datesReversed()));
    }
}
