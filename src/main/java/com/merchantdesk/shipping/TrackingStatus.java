package com.merchantdesk.shipping;

/**
 * Where a parcel is: the status of a tracking event, and of a shipment (its latest event's). A shipment starts as
 * {@code SHIPPED} (handed to the carrier); a {@code DELIVERED} event closes its promise.
 */
public enum TrackingStatus {
    SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED;

    public String messageKey() { return "shipping.status." + name(); }
}
