package com.merchantdesk.shipping.demo;

import com.merchantdesk.platform.carriers.CarrierDefinition;

/** Where made-up waybill numbers of a carrier start, so that they do not start with a run of zeros. */
final class Waybills {

    private Waybills() {}

    /** 3 followed by zeros, as long as the carrier's numbers allow. */
    static long firstSerial(CarrierDefinition carrier) {
        long power = 1;
        for (int digits = 1; digits <= 12; digits++) {
            try {
                carrier.trackingNumberFor(power * 10 - 1);
                power *= 10;
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        return 3 * (power / 10);
    }
}
