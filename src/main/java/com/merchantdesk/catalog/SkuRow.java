package com.merchantdesk.catalog;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.SyncState;

/**
 * One line of the products list: a SKU with its product's title and status and its stock. {@code delisted}: the
 * platform took the product off sale (its listing state, the platform's field), shown as not published.
 * {@code syncState}: where the SKU and its product stand with the platform, the one that needs the seller first.
 */
public record SkuRow(String skuId, String productId, String title, String optionLabel, String code, String barcode,
                     Money price, long onHand, long reserved, int reorderPoint, ProductStatus status,
                     String category, String thumbnail, boolean delisted, SyncState syncState) {

    /** A row whose sync state is not read (local only). */
    public SkuRow(String skuId, String productId, String title, String optionLabel, String code, String barcode,
                  Money price, long onHand, long reserved, int reorderPoint, ProductStatus status, String category,
                  String thumbnail, boolean delisted) {
        this(skuId, productId, title, optionLabel, code, barcode, price, onHand, reserved, reorderPoint, status,
                category, thumbnail, delisted, SyncState.LOCAL_ONLY);
    }

    /** A row of a product the platform has not delisted. */
    public SkuRow(String skuId, String productId, String title, String optionLabel, String code, String barcode,
                  Money price, long onHand, long reserved, int reorderPoint, ProductStatus status, String category,
                  String thumbnail) {
        this(skuId, productId, title, optionLabel, code, barcode, price, onHand, reserved, reorderPoint, status,
                category, thumbnail, false);
    }

    public SkuRow withSyncState(SyncState state) {
        return new SkuRow(skuId, productId, title, optionLabel, code, barcode, price, onHand, reserved, reorderPoint,
                status, category, thumbnail, delisted, state);
    }

    /** On hand minus what open orders hold. */
    public long available() { return onHand - reserved; }

    /** At or below the reorder point the seller set (a reorder point of 0 means "don't watch"). */
    public boolean lowStock() { return reorderPoint > 0 && available() <= reorderPoint; }
}
