package com.merchantdesk.sync.apply;

import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.StockAdjustment;
import com.merchantdesk.store.SyncIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Pulled stock adjustments (another desk's, the platform's): a desk movement of kind SYNCED by the adjustment's id,
 * recorded once; this desk's own adjustments have that id already (a movement's id is its adjustment's), so they
 * change nothing. An adjustment of a SKU the desk does not have yet waits for it.
 */
final class StockAdjustmentApplier implements RecordApplier {

    private final StockLedger ledger = new StockLedger();

    @Override
    public ChangeKind kind() { return ChangeKind.STOCK_ADJUSTMENT; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (change.deleted()) {
            return;
        }
        StockAdjustment a = PulledRecord.read(change, StockAdjustment.class);
        if (!skuExists(c, a.skuId())) {
            WaitingRecords.keep(c, change, ChangeKind.SKU, a.skuId());
            return;
        }
        ledger.recordPulled(c, a.id(), a.skuId(), a.delta(), a.reason() == null ? "" : a.reason().wire(),
                a.note(), madeBy(c, a.deskId()), a.at() == null ? change.changedAt() : a.at());
    }

    /** Who made it, for the movement's reference: "platform", or the other desk's code. */
    private static String madeBy(Connection c, String deskId) throws SQLException {
        if (deskId == null) {
            return "platform";
        }
        if (deskId.equalsIgnoreCase(SyncIdentity.deskId(c))) {
            return "desk";
        }
        return "desk " + PulledOrders.deskCode(c, deskId).orElse(deskId);
    }

    private static boolean skuExists(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stock_level WHERE sku_id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
