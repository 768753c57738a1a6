package com.merchantdesk.platform;

/** Units of one order line, by the line's id (in a refund or a parcel). */
public record LineUnits(String lineId, long quantity) {}
