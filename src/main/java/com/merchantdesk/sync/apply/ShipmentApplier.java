package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.shipping.PulledShipments;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        settle(c, change, parcel, shipments.apply(c, parcel));
    }

    /** A run of parcel changes, as {@link #apply} one by one, with the look-ups of the run made together. */
    void applyRun(Connection c, List<Change> run, DecodedRecords decoded) throws SQLException {
        List<Change> live = run.stream().filter(change -> !change.deleted()).toList();
        List<Shipment> parcels = new ArrayList<>(live.size());
        for (Change change : live) {
            parcels.add(decoded.read(change, Shipment.class));
        }
        List<PulledShipments.Applied> applied = shipments.applyRun(c, parcels);
        for (int i = 0; i < live.size(); i++) {
            settle(c, live.get(i), parcels.get(i), applied.get(i));
        }
    }

    private static void settle(Connection c, Change change, Shipment parcel, PulledShipments.Applied applied)
            throws SQLException {
        switch (applied) {
            case ORDER_MISSING -> WaitingRecords.keep(c, change, ChangeKind.ORDER, parcel.orderId());
            case CARRIER_UNKNOWN -> throw new IllegalStateException("The pulled parcel " + parcel.id() + " is sent with "
                    + parcel.carrier() + " " + parcel.service() + ", a carrier service this desk does not know");
            default -> { }
        }
    }
}
