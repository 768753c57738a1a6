package com.merchantdesk.catalog;

import com.merchantdesk.store.SyncState;
import com.merchantdesk.store.SyncStates;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sync state of the products list's rows: a row is a SKU of a product, and shows whichever of the two needs the
 * seller first (a title changed offline marks every SKU row of the product as queued). Two queries per page, by the
 * records' ids.
 */
final class ProductSyncStates {

    /** SKUs whose create the platform has not acknowledged yet, over {@code s} (sku). */
    static final String NOT_ON_PLATFORM = SyncStates.notOnPlatform(CatalogWire.SKU, "s.id", false);

    private static final String SKU_STATE = SyncStates.expression(CatalogWire.SKU, "r.id", "r.platform_version", null);
    private static final String PRODUCT_STATE = SyncStates.expression(CatalogWire.PRODUCT, "r.id", "r.platform_version",
            null);

    private ProductSyncStates() {}

    /** {@code rows} with their states. */
    static List<SkuRow> withStates(Connection c, List<SkuRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, SyncState> skus = SyncStates.byId(c, "sku", "id", false, SKU_STATE,
                rows.stream().map(SkuRow::skuId).toList());
        Map<String, SyncState> products = SyncStates.byId(c, "product", "id", false, PRODUCT_STATE,
                rows.stream().map(SkuRow::productId).distinct().toList());
        List<SkuRow> stated = new ArrayList<>(rows.size());
        for (SkuRow row : rows) {
            stated.add(row.withSyncState(SyncState.first(skus.getOrDefault(row.skuId(), SyncState.LOCAL_ONLY),
                    products.getOrDefault(row.productId(), SyncState.LOCAL_ONLY))));
        }
        return stated;
    }
}
