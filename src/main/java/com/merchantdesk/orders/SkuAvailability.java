package com.merchantdesk.orders;

/**
 * Stock of one SKU as order entry shows it. {@code available = onHand − reserved} is what a new order may take
 * without overselling. {@code awaitingShipment} counts units on open orders that are sold (already out of
 * on-hand) but still on the shelf, so the shelf holds {@code onHand + awaitingShipment}.
 */
public record SkuAvailability(String skuId, String skuCode, long onHand, long reserved, long awaitingShipment) {

    public long available() { return onHand - reserved; }
}
