package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.LazyTooltip;
import com.merchantdesk.ui.controls.NotOnPlatformFilter;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.SearchKeys;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.ToolButtons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Search field, filters and the main actions of the products screen. */
final class ProductsToolbar {

    private final TextField search = new TextField();
    /**
     * Styled as a tool bar: unlike {@code ToolBar} it lets the search field give up width, and in a window too narrow
     * for one row the actions go to a second row instead of past the window's edge.
     */
    private final Reflow bar;
    private double labelledToggleWidth;

    ProductsToolbar(ProductListViewModel vm, ProductActions actions) {
        search.setId("products-search");
        search.setPromptText(Messages.get("products.search.prompt"));
        LazyTooltip.install(search, ShortcutHint.text(Messages.get("products.search.tooltip"), ProductShortcuts.SEARCH));
        search.setPrefColumnCount(16);
        search.setMinWidth(120);
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> {
            vm.scan(search.getText());
            // The next scan replaces this code instead of being appended to it.
            search.selectAll();
        });
        SearchKeys.install(search, actions::focusList);
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("search-icon");

        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("products-status-filter");
        status.getItems().setAll(StatusFilter.values());
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setConverter(ChoiceLabels.of(StatusFilter::label));
        LazyTooltip.install(status, Messages.get("products.filter.status.tooltip"));
        status.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<String> category = new ComboBox<>();
        category.setId("products-category-filter");
        category.setPromptText(Messages.get("products.filter.category.all"));
        LazyTooltip.install(category, Messages.get("products.filter.category.tooltip"));
        category.setButtonCell(new CategoryCell());
        category.setCellFactory(l -> new CategoryCell());
        category.setPrefWidth(160);
        category.setMinWidth(Region.USE_PREF_SIZE);
        // First entry (null) stands for every category.
        category.getItems().add(null);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        vm.categories().addListener((javafx.collections.ListChangeListener<String>) c -> {
            // Replacing the items clears the combo's value; that must not reach the filter.
            category.valueProperty().unbindBidirectional(vm.categoryProperty());
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(vm.categories());
            category.getItems().setAll(items);
            category.valueProperty().bindBidirectional(vm.categoryProperty());
        });

        ToggleButton lowStock = new ToggleButton(Messages.get("products.filter.lowStock"), new FontIcon(Feather.ALERT_TRIANGLE));
        lowStock.setId("products-low-stock");
        lowStock.selectedProperty().bindBidirectional(vm.lowStockOnlyProperty());
        LazyTooltip.install(lowStock, ShortcutHint.text(Messages.get("products.filter.lowStock.tooltip"), ProductShortcuts.LOW_STOCK));
        lowStock.setMinWidth(Region.USE_PREF_SIZE);
        lowStock.getStyleClass().add("flat");

        ToggleButton notOnPlatform = NotOnPlatformFilter.toggle("products-not-on-platform", vm.notOnPlatformProperty());

        BooleanBinding none = vm.selectedProperty().isNull();
        Button create = ToolButtons.labelled("products-new", Feather.PLUS, "products.action.new", ProductShortcuts.NEW,
                actions::newProduct);
        Button edit = ToolButtons.icon("products-edit", Feather.EDIT_2, "products.action.edit", ProductShortcuts.EDIT,
                actions::editSelected);
        edit.disableProperty().bind(none);
        Button adjust = ToolButtons.labelled("products-adjust", Feather.LAYERS, "products.action.adjust", ProductShortcuts.ADJUST,
                actions::adjustSelected);
        adjust.disableProperty().bind(none);
        Button archive = ToolButtons.icon("products-archive", Feather.ARCHIVE, "products.action.archive", ProductShortcuts.ARCHIVE,
                actions::toggleArchiveSelected);
        archive.disableProperty().bind(none);
        // The tooltip and accessible text say whether it archives or brings back.
        vm.selectedProperty().addListener((o, before, row) -> archive.setAccessibleText(Messages.get(archiveKey(row))));
        LazyTooltip.install(archive, () -> ShortcutHint.text(Messages.get(archiveKey(vm.selectedProperty().get())),
                ProductShortcuts.ARCHIVE));
        Button delete = ToolButtons.icon("products-delete", Feather.TRASH_2, "products.action.delete", ProductShortcuts.DELETE,
                actions::deleteSelected);
        delete.disableProperty().bind(none);
        Button refresh = ToolButtons.icon("products-refresh", Feather.REFRESH_CW, "products.action.refresh", ProductShortcuts.REFRESH,
                actions::refresh);

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox searchBox = new HBox(6, searchIcon, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        searchBox.setMinWidth(Region.USE_COMPUTED_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        // One row while the filters and actions fit at their least widths; in a narrow window the actions take a second
        // row, led by the sync filter, which shows only its icon (its tooltip and accessible text name it) when that row
        // has no room for its label either.
        List<Node> filters = List.of(searchBox, status, category, lowStock);
        List<Node> buttons = List.of(create, edit, adjust, archive, delete, spring, refresh);
        Separator beforeButtons = new Separator(Orientation.VERTICAL);
        List<Node> oneRow = new ArrayList<>(filters);
        oneRow.add(notOnPlatform);
        oneRow.add(beforeButtons);
        oneRow.addAll(buttons);
        List<Node> secondRow = new ArrayList<>(List.of(notOnPlatform, beforeButtons));
        secondRow.addAll(buttons);
        HBox first = row();
        HBox second = row();
        VBox twoRows = new VBox(8);
        bar = new Reflow(() -> first.getSpacing() * (oneRow.size() - 1) + oneRow.stream()
                        .mapToDouble(n -> n == notOnPlatform ? labelledWidth(notOnPlatform) : n.minWidth(-1)).sum(),
                () -> {
                    notOnPlatform.setContentDisplay(ContentDisplay.LEFT);
                    first.getChildren().setAll(oneRow);
                    return first;
                },
                () -> {
                    first.getChildren().setAll(filters);
                    twoRows.getChildren().setAll(first, actionsRow(second, secondRow, notOnPlatform));
                    return twoRows;
                });
        bar.setId("products-toolbar");
        bar.getStyleClass().addAll("tool-bar", "products-toolbar");
    }

    /**
     * The second row: the toggle with its label while the row fits, only its icon when not. Made anew each time the
     * bar stacks, so it starts from the label whatever the last one chose.
     */
    private Reflow actionsRow(HBox row, List<Node> parts, ToggleButton toggle) {
        return new Reflow(() -> row.getSpacing() * (parts.size() - 1) + parts.stream()
                        .mapToDouble(n -> n == toggle ? labelledWidth(toggle) : n.minWidth(-1)).sum(),
                () -> {
                    toggle.setContentDisplay(ContentDisplay.LEFT);
                    row.getChildren().setAll(parts);
                    return row;
                },
                () -> {
                    toggle.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                    row.getChildren().setAll(parts);
                    return row;
                });
    }

    /** The toggle's width with its label, measured while it shows it (in the narrow layout it shows only its icon). */
    private double labelledWidth(ToggleButton toggle) {
        if (toggle.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            labelledToggleWidth = toggle.minWidth(-1);
        }
        return labelledToggleWidth;
    }

    private static HBox row() {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    Region node() { return bar; }

    TextField searchField() { return search; }

    /** One button archives or brings back, whichever the selected product needs. */
    private static String archiveKey(SkuRow row) {
        return row != null && row.status() == ProductStatus.ARCHIVED ? "products.action.unarchive" : "products.action.archive";
    }

    /** Shows a category, and "All categories" for the empty choice. */
    private static final class CategoryCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Messages.get("products.filter.category.all") : item);
        }
    }
}
