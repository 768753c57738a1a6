package com.merchantdesk.orders.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Order;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogOpener;
import com.merchantdesk.ui.shell.ScreenContext;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** What the orders screen's buttons and keys do: open the entry form, run the lifecycle actions, refresh. */
final class OrderActions {

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundRunner work;
    private final OrderListViewModel list;
    private final OrderDetailViewModel detail;
    private final DialogOpener dialogs;
    private Runnable focusList = () -> {};
    private Runnable focusSearch = () -> {};

    OrderActions(ScreenContext context, BackgroundRunner work, OrderListViewModel list, OrderDetailViewModel detail) {
        this.context = context;
        this.app = context.app();
        this.work = work;
        this.list = list;
        this.detail = detail;
        this.dialogs = new DialogOpener(work);
        detail.setOnChanged(this::changed);
    }

    static KeyCombination keyOf(OrderAction action) {
        return switch (action) {
            case MARK_PAID -> OrderShortcuts.MARK_PAID;
            case MARK_PACKED -> OrderShortcuts.MARK_PACKED;
            case MARK_SHIPPED -> OrderShortcuts.MARK_SHIPPED;
            case MARK_DELIVERED -> OrderShortcuts.MARK_DELIVERED;
            case CANCEL -> OrderShortcuts.CANCEL_ORDER;
            case REFUND -> OrderShortcuts.REFUND;
        };
    }

    void setFocusTargets(Runnable list, Runnable search) {
        this.focusList = list;
        this.focusSearch = search;
    }

    void focusList() { focusList.run(); }

    void focusSearch() { focusSearch.run(); }

    void refresh() {
        list.refresh();
        detail.load();
    }

    void newOrder() {
        dialogs.open(() -> Money.currency(app.settings().load().currency()), currency -> {
            OrderEntryViewModel vm = new OrderEntryViewModel(
                    new OrderEntryViewModel.Services(app.orders(), app.customers(), app.catalog(), work), currency);
            OrderEntryDialog.open(owner(), vm, this::created);
        }, "orders.view.error.open");
    }

    private void created(Order order) {
        context.status().changesSaved();
        context.status().show(Messages.get(order.oversold() ? "orders.view.created.oversold" : "orders.view.created",
                order.number(), OrderFormats.money(order.total())));
        list.refreshSelecting(order.id());
    }

    /** Runs {@code action} on the selected order; cancelling asks first, a refund opens its window. */
    void perform(OrderAction action) {
        Order order = detail.orderProperty().get();
        if (order == null) {
            context.status().show(Messages.get("orders.view.selectFirst"));
            return;
        }
        var refusal = detail.refusal(action);
        if (refusal.isPresent()) {
            context.status().show(refusal.get());
            return;
        }
        if (action == OrderAction.MARK_SHIPPED && ShipForm.find().isPresent()) {
            // Shipping is recording the parcel (carrier, tracking number), which moves the order.
            ShipForm.find().get().open(context, work, order.id(), shipped -> {
                context.status().changesSaved();
                list.refreshSelecting(shipped);
                detail.load();
            });
            return;
        }
        if (action == OrderAction.REFUND) {
            RefundDialog.open(owner(), new RefundViewModel(order), detail, () -> { });
            return;
        }
        if (action == OrderAction.CANCEL && !OrderDialogs.WINDOWS.confirm(owner(), "cancel-confirm",
                Messages.get("orders.view.cancel.title"),
                Messages.get("orders.view.cancel.text", order.number(), OrderFormats.count(order.itemCount())),
                "orders.view.cancel.yes", "orders.view.cancel.no", true)) {
            return;
        }
        detail.perform(action);
    }

    private void changed(Order order) {
        context.status().changesSaved();
        context.status().show(Messages.get("orders.view.changed", order.number(), OrderFormats.status(order.status())));
        list.refreshSelecting(order.id());
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
