package com.merchantdesk.shipping;

import java.util.Objects;

/** A carrier's service named by the two codes, e.g. {@code HANA}/{@code STD}. */
public record ServiceRef(String carrierCode, String serviceCode) {

    public ServiceRef {
        Objects.requireNonNull(carrierCode, "carrierCode");
        Objects.requireNonNull(serviceCode, "serviceCode");
    }

    @Override
    public String toString() { return carrierCode + "/" + serviceCode; }
}
