package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The order entry form in its own window. Ctrl+S saves (asking first when lines take more than is available: the
 * {@link EntryOversellStep}); Esc closes, asking first when something was typed. The window closes only once the
 * order is stored.
 */
public final class OrderEntryDialog {

    /** As short as the main window may be. */
    private static final double MIN_HEIGHT = 480;

    private final OrderEntryViewModel vm;
    private final OrderEntryView view;
    private final Stage stage;
    private final Consumer<Order> onSaved;
    private final EntryOversellStep oversellStep;

    private OrderEntryDialog(Window owner, OrderEntryViewModel vm, Consumer<Order> onSaved) {
        this.vm = vm;
        this.view = new OrderEntryView(vm);
        this.stage = DialogWindows.stage(owner, Messages.get("orders.view.entry.window"));
        view.node().setPrefSize(1080, 720);
        stage.setScene(OrderDialogs.WINDOWS.scene(view.node(), owner));
        this.oversellStep = new EntryOversellStep(stage);
        // Open suggestions close first (their field handles Esc); the next Esc leaves the form.
        FormWindowKeys.install(stage, OrderShortcuts.SAVE, this::save, this::cancel, view::suggestionsShowing);
        stage.setOnHidden(e -> vm.dispose());
        view.setOnSave(this::save);
        view.setOnCancel(this::cancel);
        this.onSaved = saved -> {
            stage.close();
            onSaved.accept(saved);
        };
    }

    /** Opens the form with the keyboard in the customer field; {@code onSaved} runs after the order is stored. */
    public static OrderEntryDialog open(Window owner, OrderEntryViewModel vm, Consumer<Order> onSaved) {
        OrderEntryDialog dialog = new OrderEntryDialog(owner, vm, onSaved);
        dialog.stage.show();
        dialog.keepWhole();
        dialog.view.nameField().requestFocus();
        return dialog;
    }

    /**
     * The window never gets narrower than the form's lines and fields need, so none is cut at its edge; it may get
     * as short as the main window, the form then scrolls.
     */
    private void keepWhole() {
        double frame = stage.getWidth() - stage.getScene().getWidth();
        stage.setMinWidth(frame + view.minWholeWidth());
        stage.setMinHeight(Math.min(stage.getHeight(), MIN_HEIGHT));
    }

    Stage stage() { return stage; }

    OrderEntryView view() { return view; }

    private void save() {
        if (!vm.save(oversellStep, onSaved)) {
            view.focusFirstError();
        }
    }

    private void cancel() {
        if (vm.savingProperty().get()) {
            return;
        }
        if (!vm.dirtyProperty().get() || OrderDialogs.WINDOWS.confirm(stage, "entry-discard", Messages.get("orders.view.entry.discard.title"),
                Messages.get("orders.view.entry.discard.text"), "orders.view.entry.discard.yes", "orders.view.entry.discard.no", true)) {
            stage.close();
        }
    }
}
