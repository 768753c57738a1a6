package com.merchantdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.platform.carriers.DemoCarriers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Carrier HANA = new Carrier(DemoCarriers.HANA, LocalTime.of(16, 0));
    private static final CarrierService STANDARD = DemoCarriers.HANA.service("STD").orElseThrow();
    private static final Carrier EMS = new Carrier(DemoCarriers.EMS, LocalTime.of(15, 0));
    private static final CarrierService EMS_SERVICE = DemoCarriers.EMS.service("EMS").orElseThrow();

    private static ShippingPolicy policy(ZoneId zone, Set<DayOfWeek> days, Set<LocalDate> holidays) {
        return new ShippingPolicy("KR", zone.getId(), days, holidays, Duration.ofHours(2), Duration.ofHours(24),
                Duration.ofHours(72), new ServiceRef("HANA", "STD"), new ServiceRef("EMS", "EMS"));
    }

    private static final DeadlineRules SEOUL_WEEKDAYS = new DeadlineRules(policy(SEOUL, WEEKDAYS, Set.of()));

    private static Instant seoul(String localDateTime) { return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SEOUL).toInstant(); }

    @Test
    void paidBeforeTheCutOffOnAWorkingDayCountsFromPayment() {
        // Tuesday 2026-12-01 10:00 in Seoul.
        Deadlines d = SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T10:00"), Zone.DOMESTIC, HANA, STANDARD);
        assertThat(d.shipBy()).isEqualTo(seoul("2026-12-01T22:00"));
        assertThat(d.deliverBy()).isEqualTo(seoul("2026-12-02T10:00"));
    }

    @Test
    void paidAfterTheCutOffCountsFromTheNextWorkingDay() {
        Deadlines d = SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T16:00"), Zone.DOMESTIC, HANA, STANDARD);
        assertThat(d.shipBy()).isEqualTo(seoul("2026-12-02T12:00"));
        assertThat(d.deliverBy()).isEqualTo(seoul("2026-12-03T00:00"));
        // One minute earlier is still today.
        assertThat(SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T15:59"), Zone.DOMESTIC, HANA, STANDARD).shipBy())
                .isEqualTo(seoul("2026-12-02T03:59"));
    }

    @Test
    void theWeekendAndDaysOffAreSkipped() {
        // Friday after the cut-off and Saturday morning both count from Monday.
        assertThat(SEOUL_WEEKDAYS.deadlines(seoul("2026-12-04T17:30"), Zone.DOMESTIC, HANA, STANDARD).shipBy())
                .isEqualTo(seoul("2026-12-07T12:00"));
        assertThat(SEOUL_WEEKDAYS.deadlines(seoul("2026-12-05T09:00"), Zone.DOMESTIC, HANA, STANDARD).shipBy())
                .isEqualTo(seoul("2026-12-07T12:00"));
        // With Monday a holiday, Tuesday; a holiday paid before the cut-off counts from the next working day too.
        DeadlineRules holiday = new DeadlineRules(policy(SEOUL, WEEKDAYS, Set.of(LocalDate.of(2026, 12, 7))));
        assertThat(holiday.deadlines(seoul("2026-12-05T09:00"), Zone.DOMESTIC, HANA, STANDARD).shipBy())
                .isEqualTo(seoul("2026-12-08T12:00"));
        assertThat(holiday.deadlines(seoul("2026-12-07T09:00"), Zone.DOMESTIC, HANA, STANDARD).shipBy())
                .isEqualTo(seoul("2026-12-08T12:00"));
    }

    @Test
    void internationalOrdersHaveTheLongerWindowAndPromise() {
        Deadlines d = SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T10:00"), Zone.INTERNATIONAL, EMS, EMS_SERVICE);
        assertThat(d.shipBy()).isEqualTo(seoul("2026-12-02T10:00"));
        assertThat(d.deliverBy()).isEqualTo(seoul("2026-12-04T10:00"));
        // EMS takes parcels until 15:00 only.
        assertThat(SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T15:30"), Zone.INTERNATIONAL, EMS, EMS_SERVICE).shipBy())
                .isEqualTo(seoul("2026-12-03T00:00"));
    }

    @Test
    void theNextWorkingDayStartsAtMidnightAfterTheClocksWentForward() {
        // Berlin moves from CET (+1) to CEST (+2) on Sunday 2026-03-29. Paid Friday 18:00 CET, after the cut-off:
        // the count starts Monday 00:00 CEST, which is Sunday 22:00 UTC (an hour earlier than in winter time).
        DeadlineRules berlin = new DeadlineRules(policy(BERLIN, WEEKDAYS, Set.of()));
        Instant paid = Instant.parse("2026-03-27T17:00:00Z");
        Deadlines d = berlin.deadlines(paid, Zone.DOMESTIC, HANA, STANDARD);
        assertThat(d.shipBy()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(d.shipBy().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.NOON);
        assertThat(d.deliverBy()).isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));
    }

    @Test
    void aWindowAcrossTheChangeIsElapsedTime() {
        // Every day a working day, no cut-off: paid Saturday 15:00 CET with a 24-hour window is due 24 hours later,
        // which the wall clock shows as 16:00 CEST on Sunday.
        DeadlineRules berlin = new DeadlineRules(policy(BERLIN, EnumSet.allOf(DayOfWeek.class), Set.of()));
        Carrier noCutOff = new Carrier(DemoCarriers.EMS, null);
        Deadlines d = berlin.deadlines(Instant.parse("2026-03-28T14:00:00Z"), Zone.INTERNATIONAL, noCutOff, EMS_SERVICE);
        assertThat(Duration.between(Instant.parse("2026-03-28T14:00:00Z"), d.shipBy())).isEqualTo(Duration.ofHours(24));
        assertThat(d.shipBy().atZone(BERLIN).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-03-29T16:00"));
    }

    @Test
    void lateAndAtRisk() {
        Deadlines d = SEOUL_WEEKDAYS.deadlines(seoul("2026-12-01T10:00"), Zone.DOMESTIC, HANA, STANDARD);
        assertThat(d.atRiskAt(seoul("2026-12-01T19:00"), Duration.ofHours(2))).isFalse();
        assertThat(d.atRiskAt(seoul("2026-12-01T20:30"), Duration.ofHours(2))).isTrue();
        assertThat(d.lateAt(seoul("2026-12-01T22:00"))).isFalse();
        assertThat(d.lateAt(seoul("2026-12-01T22:00:01"))).isTrue();
        assertThat(d.atRiskAt(seoul("2026-12-01T22:30"), Duration.ofHours(2))).as("late is not at risk").isFalse();
    }

    @Test
    void latestPaymentDueBeforeSplitsPaymentTimesExactly() {
        DeadlineRules rules = new DeadlineRules(policy(SEOUL, WEEKDAYS, Set.of(LocalDate.of(2026, 12, 7))));
        Random random = new Random(3);
        Instant base = seoul("2026-12-01T00:00");
        for (int i = 0; i < 200; i++) {
            Instant deadline = base.plus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
            Instant bound = rules.latestPaymentDueBefore(deadline, HANA, STANDARD);
            assertThat(rules.deadlines(bound, Zone.DOMESTIC, HANA, STANDARD).shipBy()).isBefore(deadline);
            assertThat(rules.deadlines(bound.plusMillis(1), Zone.DOMESTIC, HANA, STANDARD).shipBy()).isAfterOrEqualTo(deadline);
        }
    }

    @Test
    void zoneFollowsTheAddressCountry() {
        assertThat(Zone.of("kr", "KR")).isEqualTo(Zone.DOMESTIC);
        assertThat(Zone.of("", "KR")).as("no country: the shop's").isEqualTo(Zone.DOMESTIC);
        assertThat(Zone.of("JP", "KR")).isEqualTo(Zone.INTERNATIONAL);
    }
}
