package com.merchantdesk.sync.apply;

import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Order;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pulled orders: a new one (the platform's online orders, another desk's) is stored with its sale moving desk stock
 * once; one the desk has follows the platform's newer steps ({@link PulledOrders}). Orders are never deleted on the
 * platform: a tombstone changes nothing.
 */
final class OrderApplier implements RecordApplier {

    private final PulledOrders orders;

    OrderApplier(PulledOrders orders) { this.orders = orders; }

    @Override
    public ChangeKind kind() { return ChangeKind.ORDER; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (!change.deleted()) {
            orders.apply(c, PulledRecord.read(change, Order.class));
        }
    }
}
