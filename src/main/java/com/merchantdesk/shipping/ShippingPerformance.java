package com.merchantdesk.shipping;

/**
 * How one carrier's service kept the deadlines over a period (for the Sales screen's chart): parcels shipped,
 * how many by their ship-by; parcels delivered, how many by the promise. Parcels of orders without a promise
 * are left out.
 */
public record ShippingPerformance(String carrierCode, String serviceCode, long shipped, long shippedOnTime,
                                 long delivered, long deliveredOnTime) {

    /** Share shipped on time, 0 to 1; 1 when nothing shipped. */
    public double shippedOnTimeRate() { return shipped == 0 ? 1 : (double) shippedOnTime / shipped; }

    public double deliveredOnTimeRate() { return delivered == 0 ? 1 : (double) deliveredOnTime / delivered; }
}
