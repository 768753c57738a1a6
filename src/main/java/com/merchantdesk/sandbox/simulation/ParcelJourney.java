package com.merchantdesk.sandbox.simulation;

import com.merchantdesk.platform.TrackingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The steps a parcel goes through: picked up, in transit, customs (international), out for delivery, delivered;
 * a few are delayed on the way, and a few come back.
 */
final class ParcelJourney {

    private ParcelJourney() {}

    static List<TrackingStatus> plan(boolean international, Random random) {
        List<TrackingStatus> steps = new ArrayList<>(List.of(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT));
        if (international) {
            steps.add(TrackingStatus.CUSTOMS);
        }
        if (random.nextInt(20) == 0) {
            steps.add(TrackingStatus.DELAYED);
            steps.add(TrackingStatus.IN_TRANSIT);
        }
        if (random.nextInt(100) == 0) {
            steps.add(TrackingStatus.RETURNED);
            return steps;
        }
        steps.add(TrackingStatus.OUT_FOR_DELIVERY);
        steps.add(TrackingStatus.DELIVERED);
        return steps;
    }
}
