package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.shipping.PulledShipments;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pulled parcels with their tracking events ({@link PulledShipments}). A parcel of an order that is not here yet
 * waits for it; one of a carrier service the desk does not know stops the pull with a message naming it (the desk
 * and the platform share the carriers' list).
 */
final class ShipmentApplier implements RecordApplier {

    private final PulledShipments shipments = new PulledShipments();

    @Override
    public ChangeKind kind() { return ChangeKind.SHIPMENT; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (change.deleted()) {
            return;
        }
        Shipment parcel = PulledRecord.read(change, Shipment.class);
        switch (shipments.apply(c, parcel)) {
            case ORDER_MISSING -> WaitingRecords.keep(c, change, ChangeKind.ORDER, parcel.orderId());
            case CARRIER_UNKNOWN -> throw new IllegalStateException("The pulled parcel " + parcel.id() + " is sent with "
                    + parcel.carrier() + " " + parcel.service() + ", a carrier service this desk does not know");
            default -> { }
        }
    }
}
