package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.ui.controls.TableSelection;
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
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Products screen: search, filters and actions on top, the paged SKU list, and the selected SKU's details
 * and stock history below it.
 */
public final class ProductsScreen extends LazyScreen {

    public static final String ID = "products";
    /** The rail's entry: the screen is built when first shown. */
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "products.title", Feather.PACKAGE, ProductsScreen::new);

    private final BackgroundRunner runner;
    private final ProductListViewModel list;
    private final SkuDetailViewModel detail;
    private final ProductActions actions;
    private final CsvTransfer csv;
    private final ImageFetchStatus imageFetch;
    private final ScreenContext context;
    private final Map<KeyCombination, Runnable> shortcuts;
    private BorderPane root;
    private Node headerActions;
    private TableView<SkuRow> table;
    private ProductsToolbar toolbar;

    public ProductsScreen(ScreenContext context) {
        this(context, new NativeCsvFilePicker());
    }

    /** @param csvFiles asks for the files to import and export (tests answer without a native dialog) */
    ProductsScreen(ScreenContext context, CsvFilePicker csvFiles) {
        super(ENTRY);
        this.context = context;
        this.runner = new BackgroundRunner(context.background(), context.status());
        this.list = new ProductListViewModel(context.app().catalog(), runner);
        this.detail = new SkuDetailViewModel(context.app().catalog(), context.app().stock(), runner);
        this.actions = new ProductActions(context, runner, list, detail);
        this.imageFetch = new ImageFetchStatus(context, actions::refresh);
        this.csv = new CsvTransfer(context, csvFiles, actions::refresh, () -> imageFetch.fetch(false));
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(ProductShortcuts.NEW, actions::newProduct);
        keys.put(ProductShortcuts.EDIT, actions::editSelected);
        keys.put(ProductShortcuts.ADJUST, actions::adjustSelected);
        keys.put(ProductShortcuts.SEARCH, actions::focusSearch);
        keys.put(ProductShortcuts.ARCHIVE, actions::toggleArchiveSelected);
        keys.put(ProductShortcuts.DELETE, actions::deleteSelected);
        keys.put(ProductShortcuts.LOW_STOCK, () -> list.lowStockOnlyProperty().set(!list.lowStockOnlyProperty().get()));
        keys.put(ProductShortcuts.REFRESH, actions::refresh);
        keys.putAll(PageBar.shortcuts(list));
        keys.put(ProductShortcuts.IMPORT_CSV, csv::importCsv);
        keys.put(ProductShortcuts.EXPORT_CSV, csv::exportCsv);
        this.shortcuts = Collections.unmodifiableMap(keys);
    }

    @Override
    protected void reload() {
        actions.refresh();
    }

    /** Import CSV and Export CSV, shown in the window's header beside the screen title. */
    @Override
    public Node toolbar() {
        if (headerActions == null) {
            headerActions = CsvButtons.create(csv, imageFetch.node());
            // Images an earlier import queued, or that failed then: fetched now, in the background.
            imageFetch.fetch(true);
        }
        return headerActions;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return shortcuts; }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return ProductShortcuts.DESCRIPTIONS; }

    ProductListViewModel list() { return list; }

    SkuDetailViewModel detail() { return detail; }

    @Override
    protected Node build() {
        toolbar = new ProductsToolbar(list, actions);
        table = ProductTable.create(list, new ThumbnailCache(context.app().images()));
        table.setPlaceholder(placeholder());
        table.setRowFactory(t -> TableRows.openOnDoubleClick(new ProductTable.SkuTableRow(), actions::editSelected));
        table.setContextMenu(contextMenu());
        TableSelection.sync(table, list.selectedProperty());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && list.selectedProperty().get() != null) {
                e.consume();
                actions.editSelected();
            } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                e.consume();
                actions.deleteSelected();
            }
        });
        actions.setFocusTargets(this::focusTable, () -> {
            toolbar.searchField().requestFocus();
            toolbar.searchField().selectAll();
        });

        VBox listBox = new VBox(table, new PageBar("products", list, runner));
        VBox.setVgrow(table, Priority.ALWAYS);
        SkuDetailPane detailPane = new SkuDetailPane(detail, context.app().images(), ZoneId.systemDefault());
        SplitPane split = new SplitPane(listBox, detailPane.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(detailPane.node(), false);

        root = new BorderPane(split);
        root.setId("products-screen");
        root.getStyleClass().add("products-screen");
        ControlStyles.addTo(root.getStylesheets(), ProductDialogs.STYLESHEET);
        root.setTop(toolbar.node());
        // Ctrl+Backspace and Ctrl+Delete still delete a word while typing in a text field.
        root.addEventFilter(KeyEvent.KEY_PRESSED, ScreenShortcuts.filter(shortcuts, ProductShortcuts.TEXT_EDITING));
        detail.skuProperty().bind(list.selectedProperty());
        return root;
    }

    private void focusTable() { TableSelection.focus(table); }

    private ContextMenu contextMenu() {
        MenuItem edit = item("products.action.edit", ProductShortcuts.EDIT, actions::editSelected);
        MenuItem adjust = item("products.action.adjust", ProductShortcuts.ADJUST, actions::adjustSelected);
        MenuItem archive = item("products.action.archive", ProductShortcuts.ARCHIVE, actions::toggleArchiveSelected);
        archive.textProperty().bind(Bindings.createStringBinding(() -> {
            SkuRow row = list.selectedProperty().get();
            return Messages.get(row != null && row.status() == com.merchantdesk.catalog.ProductStatus.ARCHIVED
                    ? "products.action.unarchive" : "products.action.archive");
        }, list.selectedProperty()));
        MenuItem delete = item("products.action.delete", ProductShortcuts.DELETE, actions::deleteSelected);
        for (MenuItem i : new MenuItem[] {edit, adjust, archive, delete}) {
            i.disableProperty().bind(list.selectedProperty().isNull());
        }
        MenuItem create = item("products.action.new", ProductShortcuts.NEW, actions::newProduct);
        return new ContextMenu(edit, adjust, archive, delete, new SeparatorMenuItem(), create);
    }

    private static MenuItem item(String key, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        // Shows the key in the menu; whichever of the menu and the screen's key filter sees it first runs it once.
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node placeholder() {
        return TableRows.placeholder("products-placeholder", Bindings.createStringBinding(() -> {
            if (!list.loadedProperty().get()) {
                return Messages.get("products.empty.loading");
            }
            return list.filtered().get() ? Messages.get("products.empty.noMatch")
                    : Messages.get("products.empty.none", ProductShortcuts.NEW.getDisplayText());
        }, list.loadedProperty(), list.filtered()));
    }
}
