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

    private static final double IMAGE_SIZE = 96;

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
        root.setDividerPositions(0.36);

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
        history.getColumns().setAll(java.util.List.of(
                column("history-time", "products.history.time", m -> when.format(m.occurredAt()), 150, false),
                column("history-kind", "products.history.kind", m -> Formats.kind(m.kind()), 90, false),
                column("history-delta", "products.history.delta", m -> Formats.delta(m.delta()), 70, true),
                column("history-after", "products.history.onHandAfter", m -> Formats.count(m.onHandAfter()), 80, true),
                column("history-reason", "products.history.reason", StockMovement::reason, 120, false),
                column("history-note", "products.history.note", StockMovement::note, 120, false),
                column("history-reference", "products.history.reference", StockMovement::reference, 100, false)));
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

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        int r = 0;
        Product product = vm.productProperty().get();
        Sku sku = vm.selectedSku().orElse(null);
        r = fact(grid, r, "products.detail.price", Formats.money(row.price()));
        if (sku != null && sku.compareAtPrice() != null) {
            r = fact(grid, r, "products.detail.compareAt", Formats.money(sku.compareAtPrice()));
        }
        if (sku != null && sku.cost() != null) {
            r = fact(grid, r, "products.detail.cost", Formats.money(sku.cost()));
        }
        r = fact(grid, r, "products.detail.barcode", row.barcode() == null ? "\u2014" : row.barcode());
        r = fact(grid, r, "products.detail.stock", Messages.get("products.detail.stockValue",
                Formats.count(row.onHand()), Formats.count(row.reserved()), Formats.count(row.available())));
        r = fact(grid, r, "products.detail.reorderPoint",
                row.reorderPoint() == 0 ? Messages.get("products.detail.notWatched") : Formats.count(row.reorderPoint()));
        if (sku != null && sku.weightGrams() != null) {
            r = fact(grid, r, "products.detail.weight", Messages.get("products.detail.grams", Formats.count(sku.weightGrams())));
        }
        r = fact(grid, r, "products.detail.category", row.category().isEmpty() ? "\u2014" : row.category());
        fact(grid, r, "products.detail.status", Formats.status(row.status()));
        facts.getChildren().addAll(top, grid);
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

    private static int fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }
}
