package com.merchantdesk.shipping;

/**
 * Units of one order line in a parcel. The order line is named by its position in the order (as refunds and sync
 * name it); the SKU code is the order line's, for people.
 */
public record ShipmentLine(int position, String skuCode, long quantity) {

    public ShipmentLine {
        if (position < 0 || quantity <= 0) {
            throw new IllegalArgumentException("position " + position + ", quantity " + quantity);
        }
        skuCode = skuCode == null ? "" : skuCode;
    }
}
