package com.merchantdesk.catalog.view;

import com.merchantdesk.ui.controls.LazyTooltip;
import static com.merchantdesk.ui.controls.TableColumns.number;
import static com.merchantdesk.ui.controls.TableColumns.text;

import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.DatabaseSort;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TableRows;
import com.merchantdesk.store.SyncState;
import com.merchantdesk.ui.controls.SyncStateCell;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The products list: one row per SKU, virtualised by {@link TableView}. Clicking a header asks the database for
 * a new order through a custom sort policy instead of sorting the page in memory.
 */
final class ProductTable {

    static final double THUMBNAIL_SIZE = 32;
    static final String LOW_STOCK_CLASS = "low-stock";
    static final String ARCHIVED_CLASS = "archived";

    private ProductTable() {}

    static TableView<SkuRow> create(ProductListViewModel vm, ThumbnailCache thumbnails) {
        TableView<SkuRow> table = new TableView<>(vm.rows());
        table.setId("products-table");
        table.getStyleClass().add("products-table");
        table.setFixedCellSize(THUMBNAIL_SIZE + 8);
        table.setTableMenuButtonVisible(true);
        // The last column takes what is left, so the table fills its width without a blank strip.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<SkuRow, String> thumb = new TableColumn<>();
        thumb.setId("col-thumb");
        thumb.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().thumbnail()));
        thumb.setCellFactory(c -> new ThumbnailCell(thumbnails));
        thumb.setSortable(false);
        thumb.setResizable(false);
        thumb.setReorderable(false);
        TableColumns.fixWidth(thumb, THUMBNAIL_SIZE + 16);

        TableColumn<SkuRow, SyncState> sync = SyncStateCell.column("col-sync", SkuRow::syncState);
        TableColumn<SkuRow, String> title = text("col-title", "products.column.title", SkuRow::title, ProductQuery.Sort.TITLE, 200);
        title.setCellFactory(c -> new TitleCell());
        TableColumn<SkuRow, String> options = text("col-options", "products.column.options", SkuRow::optionLabel, null, 100);
        TableColumn<SkuRow, String> code = text("col-code", "products.column.code", SkuRow::code, ProductQuery.Sort.CODE, 150);
        TableColumn<SkuRow, String> barcode = text("col-barcode", "products.column.barcode",
                r -> r.barcode() == null ? "" : r.barcode(), null, 136);
        TableColumn<SkuRow, String> price = number("col-price", "products.column.price",
                r -> Formats.money(r.price()), ProductQuery.Sort.PRICE, 96);
        TableColumn<SkuRow, String> onHand = number("col-onhand", "products.column.onHand",
                r -> Formats.count(r.onHand()), ProductQuery.Sort.ON_HAND, 92);
        TableColumn<SkuRow, SkuRow> available = new TableColumn<>(Messages.get("products.column.available"));
        available.setId("col-available");
        available.setUserData(ProductQuery.Sort.AVAILABLE);
        available.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        available.setCellFactory(c -> new AvailableCell());
        available.setPrefWidth(100);
        TableColumn<SkuRow, String> reorder = number("col-reorder", "products.column.reorderPoint",
                r -> r.reorderPoint() == 0 ? "" : Formats.count(r.reorderPoint()), null, 100);
        TableColumn<SkuRow, String> status = text("col-status", "products.column.status",
                r -> Formats.status(r.status()), ProductQuery.Sort.STATUS, 86);
        TableColumn<SkuRow, String> category = text("col-category", "products.column.category", SkuRow::category,
                ProductQuery.Sort.CATEGORY, 120);

        // Numbers and their headers stay readable when the window is narrow; text columns give way first.
        title.setMinWidth(120);
        options.setMinWidth(84);
        // Codes like KIT-0129-23CM and 13-digit barcodes are what the seller scans and compares: keep them whole.
        code.setMinWidth(136);
        barcode.setMinWidth(132);
        price.setMinWidth(84);
        onHand.setMinWidth(88);
        available.setMinWidth(96);
        reorder.setMinWidth(100);
        status.setMinWidth(72);
        category.setMinWidth(80);
        table.getColumns().setAll(java.util.List.of(thumb, sync, title, options, code, barcode, price, onHand, available,
                reorder, status, category));
        table.setRowFactory(t -> new SkuTableRow());
        DatabaseSort.install(table, vm::sortBy, ProductQuery.Sort.TITLE, false);
        table.getSortOrder().add(title);
        return table;
    }

    /** Marks low-stock and archived rows with style classes (the cells add an icon, so colour is not alone). */
    static final class SkuTableRow extends TableRow<SkuRow> {
        @Override
        protected void updateItem(SkuRow item, boolean empty) {
            super.updateItem(item, empty);
            TableRows.mark(this, LOW_STOCK_CLASS, !empty && item != null && item.lowStock());
            TableRows.mark(this, ARCHIVED_CLASS, !empty && item != null && item.status() == ProductStatus.ARCHIVED);
        }
    }

    /** Available stock; at or below the reorder point it carries a warning icon and says so in its tooltip. */
    static final class AvailableCell extends TableCell<SkuRow, SkuRow> {
        private final FontIcon badge = new FontIcon(Feather.ALERT_TRIANGLE);

        AvailableCell() {
            badge.getStyleClass().add("low-stock-badge");
            getStyleClass().add("available-cell");
            setAlignment(Pos.CENTER_RIGHT);
            setGraphicTextGap(6);
            LazyTooltip.install(this, () -> {
                SkuRow row = getItem();
                return row == null || isEmpty() || !row.lowStock() ? null : Messages.get("products.lowStock.tooltip",
                        Formats.count(row.available()), Formats.count(row.reorderPoint()));
            });
        }

        @Override
        protected void updateItem(SkuRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(Formats.count(item.available()));
            if (item.lowStock()) {
                setGraphic(badge);
                setAccessibleText(Messages.get("products.lowStock.badge") + " " + getText());
            } else {
                setGraphic(null);
                setAccessibleText(null);
            }
        }
    }

    /**
     * The product's title; a product the platform delisted carries an eye-off badge in front (the title is cut
     * before the badge is), and its tooltip says buyers do not see it.
     */
    static final class TitleCell extends TableCell<SkuRow, String> {
        static final String BADGE_CLASS = "delisted-badge";
        private final FontIcon badge = new FontIcon(Feather.EYE_OFF);

        TitleCell() {
            badge.getStyleClass().add(BADGE_CLASS);
            setGraphicTextGap(6);
            LazyTooltip.install(this, () -> delisted() ? Messages.get("products.listing.delisted") + ": "
                    + Messages.get("products.listing.delistedNote") : null);
        }

        private boolean delisted() {
            SkuRow row = getTableRow() == null ? null : getTableRow().getItem();
            return !isEmpty() && row != null && row.delisted();
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            boolean delisted = delisted();
            setGraphic(delisted ? badge : null);
            setAccessibleText(delisted ? item + ", " + Messages.get("products.listing.delisted") : null);
        }
    }

    /** A small product image, or a neutral icon when the product has none. */
    static final class ThumbnailCell extends TableCell<SkuRow, String> {
        private final ThumbnailCache cache;
        private final ImageView view = new ImageView();
        private final FontIcon placeholder = new FontIcon(Feather.IMAGE);

        ThumbnailCell(ThumbnailCache cache) {
            this.cache = cache;
            view.setFitWidth(THUMBNAIL_SIZE);
            view.setFitHeight(THUMBNAIL_SIZE);
            view.setPreserveRatio(true);
            placeholder.getStyleClass().add("thumbnail-placeholder");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            javafx.scene.image.Image image = cache.get(item, THUMBNAIL_SIZE);
            if (image == null) {
                setGraphic(placeholder);
            } else {
                view.setImage(image);
                setGraphic(view);
            }
        }
    }
}
