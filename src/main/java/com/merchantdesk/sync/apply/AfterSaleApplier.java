package com.merchantdesk.sync.apply;

import com.merchantdesk.orders.AfterSales;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Buyers' after-sale requests, kept by id at their newest version for the seller to answer
 * ({@code orders.AfterSaleService}); the desk's own answer, until acknowledged, is not overwritten.
 */
final class AfterSaleApplier implements RecordApplier {

    @Override
    public ChangeKind kind() { return ChangeKind.AFTER_SALE; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (!change.deleted()) {
            AfterSales.keepPulled(c, PulledRecord.read(change, AfterSale.class));
        }
    }
}
