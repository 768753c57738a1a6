package com.merchantdesk.orders.view;

import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.orders.StatusChange;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order shown in the detail pane: the whole order and its history, loaded in the background when the
 * selection changes; the memo being edited; and the lifecycle actions, which run in the background and then
 * tell {@link #setOnChanged whoever listens} (the list refreshes, the status bar recounts).
 */
public final class OrderDetailViewModel {

    private final OrderService orders;
    private final BackgroundRunner work;
    private final String actor;
    private final ObjectProperty<String> orderId = new SimpleObjectProperty<>(this, "orderId");
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>(this, "order");
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final StringProperty memo = new SimpleStringProperty(this, "memo", "");
    private final ObjectProperty<MemoFlag> memoFlag = new SimpleObjectProperty<>(this, "memoFlag", MemoFlag.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding memoChanged;
    private Consumer<Order> onChanged = o -> {};
    private long generation;

    /** @param actor who the history names for changes made here (the seller on this computer) */
    public OrderDetailViewModel(OrderService orders, BackgroundRunner work, String actor) {
        this.orders = orders;
        this.work = work;
        this.actor = actor;
        orderId.addListener((o, before, now) -> load());
        memoChanged = Bindings.createBooleanBinding(() -> {
            Order shown = order.get();
            return shown != null && (!shown.memo().equals(memo.get()) || shown.memoFlag() != memoFlag.get());
        }, order, memo, memoFlag);
    }

    /** The id of the order to show (bound to the list's selection); null shows nothing. */
    public ObjectProperty<String> orderIdProperty() { return orderId; }
    public ReadOnlyObjectProperty<Order> orderProperty() { return order.getReadOnlyProperty(); }
    /** Oldest first. */
    public ObservableList<StatusChange> history() { return history; }
    public StringProperty memoProperty() { return memo; }
    public ObjectProperty<MemoFlag> memoFlagProperty() { return memoFlag; }
    /** An action or memo save is running. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The memo or its flag differ from what is saved. */
    public BooleanBinding memoChanged() { return memoChanged; }

    /** Runs on the FX thread after every change made here, with the changed order. */
    public void setOnChanged(Consumer<Order> action) { onChanged = Objects.requireNonNull(action); }

    /** Why {@code action} is refused for the shown order, or empty when it can be done. */
    public Optional<String> refusal(OrderAction action) { return action.refusal(order.get()); }

    /** Loads the shown order again (after a refresh or another change). */
    public void load() {
        String id = orderId.get();
        long mine = ++generation;
        if (id == null) {
            show(null, List.of());
            return;
        }
        record Loaded(Optional<Order> order, List<StatusChange> history) {}
        work.run(() -> {
            Optional<Order> found = orders.find(id);
            return new Loaded(found, found.isPresent() ? orders.history(id) : List.of());
        }, loaded -> {
            if (mine == generation) {
                show(loaded.order().orElse(null), loaded.history());
            }
        }, error -> {
            if (mine == generation) {
                work.report("orders.view.error.load", error);
            }
        });
    }

    /** Moves the order to the action's status (refunds go through {@link #refund}). */
    public void perform(OrderAction action) {
        Order shown = order.get();
        if (shown == null || action == OrderAction.REFUND || refusal(action).isPresent() || busy.get()) {
            return;
        }
        OrderStatus target = action.target();
        change(() -> orders.transition(shown.id(), target, actor), "orders.view.error.action");
    }

    public void refund(RefundRequest request, Consumer<Order> onDone, Consumer<Throwable> onFailed) {
        Order shown = order.get();
        if (shown == null || busy.get()) {
            return;
        }
        busy.set(true);
        work.run(() -> orders.refund(shown.id(), request, actor), changed -> {
            busy.set(false);
            changed(changed);
            onDone.accept(changed);
        }, error -> {
            busy.set(false);
            onFailed.accept(error);
        });
    }

    /** Saves the memo and its colour flag. */
    public void saveMemo() {
        Order shown = order.get();
        if (shown == null || !memoChanged.get() || busy.get()) {
            return;
        }
        String text = memo.get();
        MemoFlag flag = memoFlag.get() == null ? MemoFlag.NONE : memoFlag.get();
        change(() -> orders.updateMemo(shown.id(), text, flag), "orders.view.error.memo");
    }

    /** Puts the saved memo back in the field. */
    public void revertMemo() {
        Order shown = order.get();
        if (shown != null) {
            memo.set(shown.memo());
            memoFlag.set(shown.memoFlag());
        }
    }

    private void change(java.util.concurrent.Callable<Order> call, String errorKey) {
        busy.set(true);
        work.run(call, changed -> {
            busy.set(false);
            changed(changed);
        }, error -> {
            busy.set(false);
            work.report(errorKey, error);
            load();
        });
    }

    private void changed(Order changed) {
        if (changed.id().equals(orderId.get())) {
            show(changed, history);
            // The history gained a step; read it back so who and when are the stored ones.
            load();
        }
        onChanged.accept(changed);
    }

    private void show(Order shown, List<StatusChange> steps) {
        Order before = order.get();
        // A memo being typed survives a reload of the same order (e.g. after marking it packed).
        boolean keepMemo = shown != null && before != null && shown.id().equals(before.id()) && memoChanged.get();
        order.set(shown);
        if (steps != history) {
            history.setAll(steps);
        }
        if (!keepMemo) {
            memo.set(shown == null ? "" : shown.memo());
            memoFlag.set(shown == null ? MemoFlag.NONE : shown.memoFlag());
        }
    }
}
