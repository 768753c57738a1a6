package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.view.ShipForm;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.function.Consumer;

/** The orders screen's Shipped action opens this feature's ship form (registered as a {@link ShipForm}). */
public final class ShipFormForOrders implements ShipForm {

    @Override
    public void open(ScreenContext context, BackgroundRunner work, String orderId, Consumer<String> onShipped) {
        ShipDialog.open(context.owner() == null ? null : context.owner().get(), context.app(), work, orderId, shipment -> {
            context.status().show(Messages.get("shipping.view.shipped", shipment.orderNumber(), shipment.trackingNumber()));
            onShipped.accept(shipment.orderId());
        });
    }
}
