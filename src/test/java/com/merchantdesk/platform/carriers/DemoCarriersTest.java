package com.merchantdesk.platform.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoCarriersTest {

    @Test
    void theSetHasDomesticAndInternationalCarriersWithUniqueCodes() {
        assertThat(DemoCarriers.all()).extracting(CarrierDefinition::code).doesNotHaveDuplicates();
        assertThat(DemoCarriers.all().stream().filter(c -> c.services().stream().noneMatch(CarrierService::international)))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(DemoCarriers.all().stream().filter(c -> c.services().stream().anyMatch(CarrierService::international)))
                .hasSizeBetween(1, 2);
        assertThat(DemoCarriers.byCode("ems")).contains(DemoCarriers.EMS);
        assertThat(DemoCarriers.byCode("nope")).isEmpty();
    }

    @Test
    void everyCarrierMakesNumbersItAccepts() {
        for (CarrierDefinition carrier : DemoCarriers.all()) {
            for (long serial : new long[] {0, 1, 7, 1234, 9_876_543}) {
                String number = carrier.trackingNumberFor(serial);
                assertThat(carrier.accepts(number)).as(carrier.code() + " " + number).isTrue();
            }
            assertThat(carrier.trackingNumberFor(1)).isNotEqualTo(carrier.trackingNumberFor(2));
        }
    }

    @Test
    void postalNumbersAreUpuS10() {
        assertThat(DemoCarriers.EMS.accepts("EE123456785KR")).isTrue();
        assertThat(DemoCarriers.EMS.accepts("EE123456784KR")).as("wrong check digit").isFalse();
        assertThat(DemoCarriers.EMS.accepts("EE12345678KR")).as("too short").isFalse();
        assertThat(DemoCarriers.EMS.accepts("RR123456785KR")).as("a registered item is not EMS").isFalse();
        assertThat(DemoCarriers.POST.accepts("RR123456785KR")).isTrue();
        assertThat(DemoCarriers.EMS.trackingNumberFor(12_345_678)).isEqualTo("EA123456785KR");
    }

    @Test
    void aMistypedDigitIsRefused() {
        for (CarrierDefinition carrier : DemoCarriers.all()) {
            if (carrier.checkDigit() == CheckDigit.NONE) {
                continue;
            }
            String good = carrier.trackingNumberFor(4_242_424);
            int at = good.length() - 1;
            while (!Character.isDigit(good.charAt(at))) {
                at--;
            }
            char last = good.charAt(at);
            String bad = good.substring(0, at) + (char) ('0' + (last - '0' + 1) % 10) + good.substring(at + 1);
            assertThat(carrier.accepts(bad)).as(carrier.code() + " " + bad).isFalse();
        }
    }

    @Test
    void aSerialTooLongForTheDigitsIsRefused() {
        assertThatThrownBy(() -> DemoCarriers.CITY.trackingNumberFor(1_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoCarriers.CITY.trackingNumberFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackingAddressHasTheNumber() {
        assertThat(DemoCarriers.HANA.trackingUrl("123")).isEqualTo("https://track.hana-express.example/parcel/123");
        assertThat(CarrierDefinition.normalize(" ee 1234-56785kr ")).isEqualTo("EE123456785KR");
    }
}
