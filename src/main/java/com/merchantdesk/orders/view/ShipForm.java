package com.merchantdesk.orders.view;

import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The form that records a parcel of an order, which moves it to shipped. The shipping feature provides it (named in
 * {@code META-INF/services/com.merchantdesk.orders.view.ShipForm}), so the orders screen's Shipped action opens it
 * without the orders feature knowing shipping, which builds on orders.
 */
public interface ShipForm {

    /** Opens the form of {@code orderId}; {@code onShipped} gets the order's id on the FX thread once a parcel is saved. */
    void open(ScreenContext context, BackgroundRunner work, String orderId, Consumer<String> onShipped);

    /** The form on the class path, if a feature provides one. */
    static Optional<ShipForm> find() { return Holder.FORM; }

    /** Looked up once: the class path does not change while the app runs. */
    final class Holder {
        private static final Optional<ShipForm> FORM =
                ServiceLoader.load(ShipForm.class, ShipForm.class.getClassLoader()).findFirst();

        private Holder() {}
    }
}
