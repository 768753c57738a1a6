package com.merchantdesk.platform;

/** Units of one order line in a refund, a shipment or an after-sale request. */
public record RefundLine(String lineId, long quantity) {}
