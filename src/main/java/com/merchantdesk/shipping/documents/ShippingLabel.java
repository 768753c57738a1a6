package com.merchantdesk.shipping.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one parcel's label prints, already in words: who sends, who receives, the carrier's service and the
 * tracking number (printed as Code 128 and as a QR code).
 *
 * @param shopAddress     lines of the shop's address from Settings
 * @param recipientLines  the ship-to address lines, recipient first
 * @param weightGrams     null when the parcel was not weighed
 * @param parcelIndex     1-based place of this parcel among the order's parcels
 * @param customs         the CN22 declaration for a parcel going abroad; null at home
 */
public record ShippingLabel(String shopName, List<String> shopAddress, List<String> recipientLines, String recipientPhone,
                            String orderNumber, String carrierName, String serviceName, String trackingNumber,
                            Long weightGrams, int parcelIndex, int parcelCount, Instant shippedAt,
                            CustomsDeclaration customs) {

    public ShippingLabel {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(shippedAt, "shippedAt");
        shopName = shopName == null ? "" : shopName;
        shopAddress = List.copyOf(shopAddress);
        recipientLines = List.copyOf(recipientLines);
        recipientPhone = recipientPhone == null ? "" : recipientPhone;
        if (parcelIndex < 1 || parcelIndex > parcelCount) {
            throw new IllegalArgumentException("parcel " + parcelIndex + " of " + parcelCount);
        }
    }
}
