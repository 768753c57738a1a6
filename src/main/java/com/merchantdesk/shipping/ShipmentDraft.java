package com.merchantdesk.shipping;

import java.util.List;

/**
 * What the seller asks to ship, as entered: the order (id or number), carrier and service codes, the tracking
 * number as typed or scanned, the lines (none: everything left to ship), weight and size.
 *
 * @param serviceCode blank: the carrier's service for the order's zone (its first such service)
 * @param weightGrams null when not weighed; otherwise more than 0
 */
public record ShipmentDraft(String order, String carrierCode, String serviceCode, String trackingNumber,
                            List<LineRequest> lines, Long weightGrams, PackageSize size) {

    /** Units of the order line at {@code position}. */
    public record LineRequest(int position, long quantity) {}

    public ShipmentDraft {
        order = order == null ? "" : order.strip();
        carrierCode = carrierCode == null ? "" : carrierCode.strip();
        serviceCode = serviceCode == null ? "" : serviceCode.strip();
        trackingNumber = trackingNumber == null ? "" : trackingNumber;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
