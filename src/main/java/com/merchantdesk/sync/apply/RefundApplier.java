package com.merchantdesk.sync.apply;

import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Refund;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /**
     * A run of refund changes, as {@link #apply} one by one, with the "is its order here" look-ups of the run made
     * together and the refunds' sales figures written once (a snapshot's refund pages are thousands of refunds of
     * orders the desk mostly has).
     */
    void applyRun(Connection c, List<Change> run, DecodedRecords decoded) throws SQLException {
        List<Change> live = run.stream().filter(change -> !change.deleted()).toList();
        List<Refund> refunds = live.stream().map(change -> decoded.read(change, Refund.class)).toList();
        Set<UUID> present = orders.known(c, refunds.stream().map(Refund::orderId).toList()).keySet();
        orders.refundsTogether(c, () -> {
            for (int i = 0; i < live.size(); i++) {
                Refund refund = refunds.get(i);
                if (!present.contains(uuidOrNull(refund.orderId()))) {
                    WaitingRecords.keep(c, live.get(i), ChangeKind.ORDER, refund.orderId());
                } else {
                    orders.applyRefund(c, refund);
                }
            }
        });
    }

    private static UUID uuidOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }
}
