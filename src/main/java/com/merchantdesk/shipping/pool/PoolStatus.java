package com.merchantdesk.shipping.pool;

import java.util.List;

/**
 * One carrier's waybill pool: numbers still free, used by shipments, and void (spoilt labels, never handed out).
 *
 * @param low   free numbers are fewer than {@link WaybillPool#LOW_POOL} while the carrier has a pool
 * @param voids the void numbers, in the order they were imported
 */
public record PoolStatus(String carrierCode, String carrierName, long free, long used, long voided, boolean low,
                         List<String> voids) {

    public PoolStatus {
        voids = List.copyOf(voids);
    }

    /** The carrier has never had a number in its pool. */
    public boolean empty() { return free + used + voided == 0; }
}
