package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.StockLevel;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pulled stock levels: kept as the platform's ({@link PlatformStockLevels}); the desk's own on-hand is the sum of
 * its movements and is not set from them (stock travels as deltas).
 */
final class StockLevelApplier implements RecordApplier {

    @Override
    public ChangeKind kind() { return ChangeKind.STOCK; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (!change.deleted()) {
            PlatformStockLevels.keep(c, PulledRecord.read(change, StockLevel.class));
        }
    }
}
