package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CheckDigit;
import java.util.List;

/**
 * The small integers the shipping tables store instead of names (schema V5, which repeats them in its CHECK
 * constraints and comments): codes never change; a new value goes at the end. Public for the synthetic data
 * generator, which writes the same rows.
 */
public final class ShippingCodes {

    private static final List<CheckDigit> CHECK_DIGITS = List.of(CheckDigit.NONE, CheckDigit.MOD7, CheckDigit.LUHN,
            CheckDigit.S10);
    private static final List<TrackingStatus> STATUSES = List.of(TrackingStatus.SHIPPED, TrackingStatus.IN_TRANSIT,
            TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED, TrackingStatus.EXCEPTION, TrackingStatus.RETURNED);
    private static final List<PackageSize> SIZES = List.of(PackageSize.ENVELOPE, PackageSize.SMALL, PackageSize.MEDIUM,
            PackageSize.LARGE, PackageSize.OVERSIZE);

    private ShippingCodes() {}

    public static int of(CheckDigit checkDigit) { return code(CHECK_DIGITS, checkDigit); }

    public static int of(TrackingStatus status) { return code(STATUSES, status); }

    public static int of(PackageSize size) { return code(SIZES, size); }

    public static CheckDigit checkDigit(int code) { return CHECK_DIGITS.get(code); }

    static TrackingStatus status(int code) { return STATUSES.get(code); }

    static PackageSize size(int code) { return SIZES.get(code); }

    private static <E> int code(List<E> codes, E value) {
        int code = codes.indexOf(value);
        if (code < 0) {
            throw new IllegalArgumentException(value + " has no stored code");
        }
        return code;
    }
}
