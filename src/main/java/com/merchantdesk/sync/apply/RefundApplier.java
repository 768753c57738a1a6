package com.merchantdesk.sync.apply;

import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Refund;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pulled refunds, once by their ids (this desk's own are there already): money, units and status with the
 * platform's origin, and a restocked refund's units back on the shelf once. A refund of an order that is not here
 * yet waits for it.
 */
final class RefundApplier implements RecordApplier {

    private final PulledOrders orders;

    RefundApplier(PulledOrders orders) { this.orders = orders; }

    @Override
    public ChangeKind kind() { return ChangeKind.REFUND; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (change.deleted()) {
            return;
        }
        Refund refund = PulledRecord.read(change, Refund.class);
        if (!orders.has(c, refund.orderId())) {
            WaitingRecords.keep(c, change, ChangeKind.ORDER, refund.orderId());
            return;
        }
        orders.applyRefund(c, refund);
    }
}
