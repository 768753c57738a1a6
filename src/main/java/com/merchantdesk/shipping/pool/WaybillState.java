package com.merchantdesk.shipping.pool;

/** A pool number's state as stored in {@code waybill.state}. */
enum WaybillState {
    FREE, USED, VOID;

    int code() { return ordinal(); }
}
