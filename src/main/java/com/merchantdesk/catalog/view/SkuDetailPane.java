package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.OptionalColumns;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.TableColumns;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected SKU: product facts and a thumbnail on the left, its stock movements (newest first) on the right; in a
 * narrow window the movements go under the facts.
 */
final class SkuDetailPane {

    private static final double IMAGE_SIZE = 80;
    private static final double MIN_FACTS_WIDTH = 260;
    /** Room for the vertical scroll bar and the scroll pane's border. */
    private static final double SCROLL_BAR_ALLOWANCE = 18;
    private static final double SPLIT_DIVIDER = 6;
    private static final double STACKED_HISTORY_HEIGHT = 190;

    private final SkuDetailViewModel vm;
    private final ImageStore images;
    private final ZoneId zone;
    /** Holds a hint until a SKU is first selected, then the facts and the history side by side. */
    private final StackPane root = new StackPane();
    private final VBox facts = new VBox(6);
    private final TableView<StockMovement> history = new TableView<>();
    private GridPane factsGrid;
    private boolean built;

    SkuDetailPane(SkuDetailViewModel vm, ImageStore images, ZoneId zone) {
        this.vm = vm;
        this.images = images;
        this.zone = zone;
        root.setId("sku-detail");
        root.getStyleClass().add("sku-detail");
        facts.setId("sku-facts");
        facts.setPadding(new Insets(10, 12, 10, 12));
        vm.productProperty().addListener((o, a, b) -> showFacts());
        vm.skuProperty().addListener((o, a, b) -> showFacts());
        // Until a SKU is selected there is nothing to show but the hint: the history table, its columns and the
        // split are made on the first selection, which keeps them out of the window's first frame.
        showFacts();
        root.getChildren().setAll(facts);
    }

    Node node() { return root; }

    private void buildSplit() {
        built = true;
        ScrollPane factsScroll = new ScrollPane(facts) {
            // Never narrower than the facts grid, whatever the font and language: the history gives way instead.
            @Override
            protected double computeMinWidth(double height) {
                double grid = factsGrid == null ? 0 : factsGrid.prefWidth(-1);
                return Math.max(MIN_FACTS_WIDTH, grid + facts.getPadding().getLeft() + facts.getPadding().getRight()
                        + SCROLL_BAR_ALLOWANCE);
            }
        };
        factsScroll.setFitToWidth(true);

        Label historyTitle = new Label(Messages.get("products.history.title"));
        historyTitle.getStyleClass().add("section-title");
        buildHistoryTable();
        VBox historyBox = new VBox(6, historyTitle, history);
        historyBox.setPadding(new Insets(10, 12, 10, 12));
        VBox.setVgrow(history, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane();
        // Wide enough for the facts in English, Korean and Chinese at 1280 px; the history takes the rest.
        double factsShare = 0.36;
        // In a window too narrow for the facts and the history's columns side by side, the history goes under the
        // facts and the two scroll as one, so no column of the history is pushed out of sight.
        VBox stacked = new VBox(0);
        ScrollPane narrow = new ScrollPane(stacked);
        narrow.setFitToWidth(true);
        narrow.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narrow.getStyleClass().add("edge-to-edge");
        root.getChildren().setAll(new Reflow(() -> factsScroll.minWidth(-1) + SPLIT_DIVIDER + historyBox.getPadding().getLeft()
                        + historyBox.getPadding().getRight() + historyMinWidth(),
                () -> {
                    history.setPrefHeight(Region.USE_COMPUTED_SIZE);
                    factsScroll.setContent(facts);
                    split.getItems().setAll(factsScroll, historyBox);
                    split.setDividerPositions(factsShare);
                    return split;
                },
                () -> {
                    // The scroll pane has no height to share out: the history shows a few rows and scrolls the rest.
                    history.setPrefHeight(STACKED_HISTORY_HEIGHT);
                    factsScroll.setContent(null);
                    stacked.getChildren().setAll(facts, historyBox);
                    return narrow;
                }));
    }

    /** The width all the history's columns need at least, with the table's border and room for its scroll bar. */
    private double historyMinWidth() {
        return history.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                + history.snappedLeftInset() + history.snappedRightInset() + SCROLL_BAR_ALLOWANCE;
    }

    private void buildHistoryTable() {
        history.setId("history-table");
        history.setItems(vm.history());
        history.setPlaceholder(new Label(Messages.get("products.history.empty")));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter when = Formats.dateTime(zone);
        TableColumn<StockMovement, String> time = TableColumns.text("history-time", "products.history.time",
                m -> when.format(m.occurredAt()), 160);
        TableColumn<StockMovement, String> kind = TableColumns.text("history-kind", "products.history.kind",
                m -> Formats.kind(m.kind()), 86);
        TableColumn<StockMovement, String> delta = TableColumns.number("history-delta", "products.history.delta",
                m -> Formats.delta(m.delta()), 76);
        TableColumn<StockMovement, String> after = TableColumns.number("history-after", "products.history.onHandAfter",
                m -> Formats.count(m.onHandAfter()), 120);
        // Times, kinds and numbers stay readable, and every header whole (in the wide DejaVu Sans too).
        after.setPrefWidth(126);
        for (TableColumn<StockMovement, String> fixed : java.util.List.of(time, kind, delta, after)) {
            fixed.setMinWidth(fixed.getPrefWidth());
        }
        TableColumn<StockMovement, String> reason = TableColumns.text("history-reason", "products.history.reason",
                StockMovement::reason, 130);
        TableColumn<StockMovement, String> note = TableColumns.text("history-note", "products.history.note", StockMovement::note, 110);
        TableColumn<StockMovement, String> reference = TableColumns.text("history-reference", "products.history.reference",
                StockMovement::reference, 96);
        reason.setMinWidth(64);
        note.setMinWidth(56);
        reference.setMinWidth(96);
        history.getColumns().setAll(java.util.List.of(time, kind, delta, after, reason, note, reference));
        // Under the facts in the smallest window the note and the reference may still not fit: they give way.
        OptionalColumns.install(history, java.util.List.of(note, reference));
    }

    private void showFacts() {
        SkuRow row = vm.skuProperty().get();
        if (row != null && !built) {
            buildSplit();
        }
        facts.getChildren().clear();
        factsGrid = null;
        if (row == null) {
            Label hint = new Label(Messages.get("products.detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            facts.getChildren().add(hint);
            return;
        }
        Label title = new Label(row.title());
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label variant = new Label(row.optionLabel().isEmpty() ? row.code() : row.optionLabel() + " \u00b7 " + row.code());
        variant.getStyleClass().add("text-muted");
        Label stock = new Label(Messages.get("products.detail.stockValue",
                Formats.count(row.onHand()), Formats.count(row.reserved()), Formats.count(row.available())));
        stock.setId("detail-stock");
        stock.setTooltip(new javafx.scene.control.Tooltip(Messages.get("products.detail.stock")));
        VBox heading = new VBox(2, title, variant, stock);
        HBox top = new HBox(12, thumbnail(row), heading);

        Product product = vm.productProperty().get();
        Sku sku = vm.selectedSku().orElse(null);
        String none = "\u2014";
        Facts grid = new Facts();
        grid.add("products.detail.price", Formats.money(row.price()),
                "products.detail.compareAt", sku == null || sku.compareAtPrice() == null ? none : Formats.money(sku.compareAtPrice()));
        grid.add("products.detail.cost", sku == null || sku.cost() == null ? none : Formats.money(sku.cost()),
                "products.detail.weight", sku == null || sku.weightGrams() == null ? none
                        : Messages.get("products.detail.grams", Formats.count(sku.weightGrams())));
        grid.add("products.detail.barcode", row.barcode() == null ? none : row.barcode(),
                "products.detail.reorderPoint",
                row.reorderPoint() == 0 ? Messages.get("products.detail.notWatched") : Formats.count(row.reorderPoint()));
        grid.add("products.detail.status", Formats.status(row),
                "products.detail.category", row.category().isEmpty() ? none : row.category());
        factsGrid = grid.node();
        facts.getChildren().addAll(top, factsGrid);
        if (row.lowStock()) {
            Label low = new Label(Messages.get("products.lowStock.tooltip", Formats.count(row.available()),
                    Formats.count(row.reorderPoint())), new FontIcon(Feather.ALERT_TRIANGLE));
            low.setId("detail-low-stock");
            low.getStyleClass().add("low-stock-note");
            low.setWrapText(true);
            facts.getChildren().add(low);
        }
        if (row.delisted()) {
            Label delisted = new Label(Messages.get("products.listing.delistedNote"), new FontIcon(Feather.EYE_OFF));
            delisted.setId("detail-delisted");
            delisted.getStyleClass().add("delisted-note");
            delisted.setWrapText(true);
            facts.getChildren().add(delisted);
        }
        if (product != null && !product.description().isEmpty()) {
            Label description = new Label(product.description());
            description.setWrapText(true);
            description.getStyleClass().add("detail-description");
            facts.getChildren().add(description);
        }
    }

    private Node thumbnail(SkuRow row) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("detail-thumbnail");
        frame.setMinSize(IMAGE_SIZE, IMAGE_SIZE);
        frame.setMaxSize(IMAGE_SIZE, IMAGE_SIZE);
        if (row.thumbnail() == null) {
            FontIcon none = new FontIcon(Feather.IMAGE);
            none.setIconSize(32);
            none.getStyleClass().add("thumbnail-placeholder");
            frame.getChildren().add(none);
        } else {
            Image image = new Image(images.thumbnailPath(row.thumbnail()).toUri().toString(), IMAGE_SIZE, IMAGE_SIZE,
                    true, true, true);
            frame.getChildren().add(new ImageView(image));
        }
        return frame;
    }

    /**
     * Facts as two pairs of name and value a line. Values never wrap: the first value column (prices, the
     * barcode) keeps its full width, the last one (weight, reorder point, category) takes what is left and
     * ends in "..." with the whole text in a tooltip only when the pane is very narrow.
     */
    private static final class Facts {
        private final GridPane grid = new GridPane();
        private int rows;

        Facts() {
            grid.setId("sku-facts-grid");
            grid.setHgap(10);
            grid.setVgap(4);
            javafx.scene.layout.ColumnConstraints name = new javafx.scene.layout.ColumnConstraints();
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints fullValue = new javafx.scene.layout.ColumnConstraints();
            fullValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints secondName = new javafx.scene.layout.ColumnConstraints();
            secondName.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints lastValue = new javafx.scene.layout.ColumnConstraints();
            lastValue.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            lastValue.setMinWidth(40);
            grid.getColumnConstraints().addAll(name, fullValue, secondName, lastValue);
        }

        void add(String key, String value, String secondKey, String secondValue) {
            Label first = value(value);
            first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label second = value(secondValue);
            second.setTooltip(new javafx.scene.control.Tooltip(secondValue));
            grid.addRow(rows++, name(key), first, name(secondKey), second);
            // A little more room between the two pairs than inside a pair.
            GridPane.setMargin(grid.getChildren().get(grid.getChildren().size() - 2), new Insets(0, 0, 0, 8));
        }

        GridPane node() { return grid; }

        private static Label name(String key) {
            Label name = new Label(Messages.get(key));
            name.getStyleClass().add("fact-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            return name;
        }

        private static Label value(String text) {
            Label value = new Label(text);
            value.getStyleClass().add("fact-value");
            value.setWrapText(false);
            return value;
        }
    }
}
