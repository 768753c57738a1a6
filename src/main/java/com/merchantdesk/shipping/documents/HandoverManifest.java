package com.merchantdesk.shipping.documents;

import java.time.LocalDate;
import java.util.List;

/** The end-of-day handover of one carrier's parcels: each with its tracking number and weight, totals, signatures. */
public record HandoverManifest(String shopName, List<String> shopAddress, String carrierCode, String carrierName,
                               LocalDate day, List<Parcel> parcels) {

    /** @param weightGrams null when not weighed */
    public record Parcel(String trackingNumber, String orderNumber, String recipient, String destination,
                         String serviceName, Long weightGrams) {}

    public HandoverManifest {
        shopAddress = List.copyOf(shopAddress);
        parcels = List.copyOf(parcels);
    }

    public long totalWeightGrams() {
        return parcels.stream().map(Parcel::weightGrams).filter(w -> w != null).mapToLong(Long::longValue).sum();
    }

    public long unweighed() { return parcels.stream().filter(p -> p.weightGrams() == null).count(); }
}
