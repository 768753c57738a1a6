package com.merchantdesk.orders.view;

import com.merchantdesk.ui.controls.LazyTooltip;
import static com.merchantdesk.ui.controls.TableColumns.number;
import static com.merchantdesk.ui.controls.TableColumns.text;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.ui.controls.DatabaseSort;
import com.merchantdesk.ui.controls.OptionalColumns;
import com.merchantdesk.ui.controls.SyncStateIcons;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.TableRows;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The orders list: one row per order, virtualised by {@link TableView}. Clicking a header asks the database for
 * a new order through a custom sort policy instead of sorting the page in memory.
 */
final class OrderTable {

    static final String CANCELLED_CLASS = "cancelled";
    static final String OVERSOLD_CLASS = "oversold";

    private OrderTable() {}

    static TableView<OrderRow> create(OrderListViewModel vm) {
        TableView<OrderRow> table = new TableView<>(vm.rows());
        table.setId("orders-table");
        table.getStyleClass().addAll("orders-table", "dense");
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter dates = OrderFormats.shortDateTime(vm.zone());

        TableColumn<OrderRow, OrderRow> markers = new TableColumn<>();
        markers.setId("col-markers");
        markers.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        markers.setCellFactory(c -> new MarkerCell());
        markers.setSortable(false);
        markers.setResizable(false);
        markers.setReorderable(false);
        // Room for the memo flag, the oversold badge and the sync state's icon.
        TableColumns.fixWidth(markers, 66);

        // The number and the time stay whole (in the wide DejaVu Sans too): they are what the seller looks for.
        TableColumn<OrderRow, String> number = text("col-number", "orders.view.column.number", OrderRow::number,
                OrderQuery.Sort.NUMBER, 136);
        number.setMinWidth(136);
        TableColumn<OrderRow, String> created = text("col-created", "orders.view.column.created",
                r -> dates.format(r.createdAt()), OrderQuery.Sort.CREATED, 156);
        created.setMinWidth(156); // "12/24/26, 10:59 PM", the widest, in DejaVu Sans
        TableColumn<OrderRow, String> customer = text("col-customer", "orders.view.column.customer",
                r -> r.customerPhone().isEmpty() ? r.customerName() : r.customerName() + " \u00b7 " + r.customerPhone(),
                OrderQuery.Sort.CUSTOMER, 200);
        customer.setMinWidth(120);
        TableColumn<OrderRow, String> channel = text("col-channel", "orders.view.column.channel",
                r -> OrderFormats.channel(r.channel()), null, 96);
        channel.setMinWidth(72);
        TableColumn<OrderRow, String> status = text("col-status", "orders.view.column.status",
                r -> OrderFormats.status(r.status()), OrderQuery.Sort.STATUS, 128);
        status.setMinWidth(96);
        TableColumn<OrderRow, String> payment = text("col-payment", "orders.view.column.payment",
                r -> OrderFormats.payment(r.paymentState()), null, 100);
        payment.setMinWidth(72);
        TableColumn<OrderRow, String> total = number("col-total", "orders.view.column.total",
                r -> OrderFormats.money(r.total()), OrderQuery.Sort.TOTAL, 104);
        total.setMinWidth(88);
        TableColumn<OrderRow, String> lines = number("col-lines", "orders.view.column.lines",
                r -> Messages.get("orders.view.column.linesValue", OrderFormats.count(r.lineCount()), OrderFormats.count(r.itemCount())),
                null, 84);
        lines.setMinWidth(72);

        table.getColumns().setAll(List.of(markers, number, created, customer, channel, status, payment, total, lines));
        // In a narrow window the lines count, the channel and the payment state (all in the order's detail) give way,
        // so the number, time, customer, status and total stay whole and the list never scrolls sideways.
        OptionalColumns.install(table, List.of(lines, channel, payment));
        table.setRowFactory(t -> new OrderTableRow());
        DatabaseSort.install(table, vm::sortBy, OrderQuery.Sort.CREATED, true);
        created.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(created);
        return table;
    }

    /** Cancelled orders are dimmed; oversold ones carry a style class (their marker cell also shows an icon). */
    static final class OrderTableRow extends TableRow<OrderRow> {
        @Override
        protected void updateItem(OrderRow item, boolean empty) {
            super.updateItem(item, empty);
            TableRows.mark(this, CANCELLED_CLASS, !empty && item != null && item.status() == OrderStatus.CANCELLED);
            TableRows.mark(this, OVERSOLD_CLASS, !empty && item != null && item.oversold());
        }
    }

    /** The memo's colour flag and the oversold warning, as icons with a tooltip (colour is never alone). */
    static final class MarkerCell extends TableCell<OrderRow, OrderRow> {
        private final FontIcon flag = new FontIcon(Feather.FLAG);
        private final FontIcon oversold = new FontIcon(Feather.ALERT_TRIANGLE);
        private final HBox box = new HBox(4);

        MarkerCell() {
            getStyleClass().add("marker-cell");
            flag.getStyleClass().add("memo-flag");
            oversold.getStyleClass().add("oversold-badge");
            box.setAlignment(Pos.CENTER_LEFT);
            setAlignment(Pos.CENTER_LEFT);
            LazyTooltip.install(this, () -> isEmpty() ? null : getAccessibleText());
        }

        @Override
        protected void updateItem(OrderRow item, boolean empty) {
            super.updateItem(item, empty);
            box.getChildren().clear();
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            StringBuilder tip = new StringBuilder();
            if (item.memoFlag() != MemoFlag.NONE) {
                flag.getStyleClass().removeIf(c -> c.startsWith("flag-"));
                flag.getStyleClass().add(OrderFormats.flagClass(item.memoFlag()));
                box.getChildren().add(flag);
                tip.append(Messages.get("orders.view.marker.flag", OrderFormats.flag(item.memoFlag())));
            }
            if (item.oversold()) {
                box.getChildren().add(oversold);
                tip.append(tip.isEmpty() ? "" : "\n").append(Messages.get("orders.view.marker.oversold"));
            }
            FontIcon sync = item.syncState() == null ? null : SyncStateIcons.icon(item.syncState());
            if (sync != null) {
                box.getChildren().add(sync);
                tip.append(tip.isEmpty() ? "" : "\n").append(SyncStateIcons.describe(item.syncState()));
            }
            setGraphic(box);
            // The tooltip says the same, made when the pointer comes (LazyTooltip).
            setAccessibleText(tip.isEmpty() ? null : tip.toString());
        }
    }
}
