package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected SKU: product facts and a thumbnail on the left, its stock movements (newest first) on the right. */
final class SkuDetailPane {

    private static final double IMAGE_SIZE = 80;

    private final SkuDetailViewModel vm;
    private final ImageStore images;
    private final ZoneId zone;
    private final SplitPane root = new SplitPane();
    private final VBox facts = new VBox(6);
    private final TableView<StockMovement> history = new TableView<>();

    SkuDetailPane(SkuDetailViewModel vm, ImageStore images, ZoneId zone) {
        this.vm = vm;
        this.images = images;
        this.zone = zone;
        root.setId("sku-detail");
        root.getStyleClass().add("sku-detail");

        facts.setId("sku-facts");
        facts.setPadding(new Insets(10, 12, 10, 12));
        ScrollPane factsScroll = new ScrollPane(facts);
        factsScroll.setFitToWidth(true);
        factsScroll.setMinWidth(260);

        Label historyTitle = new Label(Messages.get("products.history.title"));
        historyTitle.getStyleClass().add("section-title");
        buildHistoryTable();
        VBox historyBox = new VBox(6, historyTitle, history);
        historyBox.setPadding(new Insets(10, 12, 10, 12));
        VBox.setVgrow(history, javafx.scene.layout.Priority.ALWAYS);

        root.getItems().addAll(factsScroll, historyBox);
        root.setDividerPositions(0.34);

        vm.productProperty().addListener((o, a, b) -> showFacts());
        vm.skuProperty().addListener((o, a, b) -> showFacts());
        showFacts();
    }

    Node node() { return root; }

    private void buildHistoryTable() {
        history.setId("history-table");
        history.setItems(vm.history());
        history.setPlaceholder(new Label(Messages.get("products.history.empty")));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter when = Formats.dateTime(zone);
        TableColumn<StockMovement, String> time = column("history-time", "products.history.time", m -> when.format(m.occurredAt()), 175, false);
        TableColumn<StockMovement, String> kind = column("history-kind", "products.history.kind", m -> Formats.kind(m.kind()), 86, false);
        TableColumn<StockMovement, String> delta = column("history-delta", "products.history.delta", m -> Formats.delta(m.delta()), 76, true);
        TableColumn<StockMovement, String> after = column("history-after", "products.history.onHandAfter", m -> Formats.count(m.onHandAfter()), 132, true);
        // Times, kinds and numbers stay readable; the free-text columns give way instead.
        for (TableColumn<StockMovement, String> fixed : java.util.List.of(time, kind, delta, after)) {
            fixed.setMinWidth(fixed.getPrefWidth());
        }
        history.getColumns().setAll(java.util.List.of(time, kind, delta, after,
                column("history-reason", "products.history.reason", StockMovement::reason, 130, false),
                column("history-note", "products.history.note", StockMovement::note, 110, false),
                column("history-reference", "products.history.reference", StockMovement::reference, 96, false)));
    }

    private static TableColumn<StockMovement, String> column(String id, String key, Function<StockMovement, String> value,
                                                             double width, boolean number) {
        TableColumn<StockMovement, String> c = new TableColumn<>(Messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);

        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        if (number) {
            c.setCellFactory(col -> {
                TableCell<StockMovement, String> cell = new TableCell<>() {
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
        return c;
    }

    private void showFacts() {
        SkuRow row = vm.skuProperty().get();
        facts.getChildren().clear();
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
        VBox heading = new VBox(2, title, variant);
        HBox top = new HBox(12, thumbnail(row), heading);

        Product product = vm.productProperty().get();
        Sku sku = vm.selectedSku().orElse(null);
        String none = "\u2014";
        Facts grid = new Facts();
        grid.addWide("products.detail.stock", Messages.get("products.detail.stockValue",
                Formats.count(row.onHand()), Formats.count(row.reserved()), Formats.count(row.available())));
        grid.add("products.detail.price", Formats.money(row.price()));
        grid.add("products.detail.compareAt", sku == null || sku.compareAtPrice() == null ? none : Formats.money(sku.compareAtPrice()));
        grid.add("products.detail.cost", sku == null || sku.cost() == null ? none : Formats.money(sku.cost()));
        grid.add("products.detail.barcode", row.barcode() == null ? none : row.barcode());
        grid.add("products.detail.reorderPoint",
                row.reorderPoint() == 0 ? Messages.get("products.detail.notWatched") : Formats.count(row.reorderPoint()));
        grid.add("products.detail.weight", sku == null || sku.weightGrams() == null ? none
                : Messages.get("products.detail.grams", Formats.count(sku.weightGrams())));
        grid.add("products.detail.category", row.category().isEmpty() ? none : row.category());
        grid.add("products.detail.status", Formats.status(row.status()));
        facts.getChildren().addAll(top, grid.node());
        if (row.lowStock()) {
            Label low = new Label(Messages.get("products.lowStock.tooltip", Formats.count(row.available()),
                    Formats.count(row.reorderPoint())), new FontIcon(Feather.ALERT_TRIANGLE));
            low.setId("detail-low-stock");
            low.getStyleClass().add("low-stock-note");
            low.setWrapText(true);
            facts.getChildren().add(low);
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

    /** Facts in two columns of name and value, so they fit beside the history without scrolling. */
    private static final class Facts {
        private final GridPane grid = new GridPane();
        private int count;

        Facts() {
            grid.setHgap(10);
            grid.setVgap(3);
        }

        void add(String key, String value) {
            int row = count / 2;
            int column = (count % 2) * 2;
            grid.add(name(key), column, row);
            grid.add(value(value), column + 1, row);
            count++;
        }

        /** A fact across the whole width, on its own line. */
        void addWide(String key, String value) {
            int row = (count + 1) / 2;
            grid.add(name(key), 0, row);
            Label text = value(value);
            // Wrapping across spanned columns makes GridPane reserve a second line; this one is short.
            text.setWrapText(false);
            grid.add(text, 1, row, 3, 1);
            count = (row + 1) * 2;
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
            value.setWrapText(true);
            return value;
        }
    }
}
