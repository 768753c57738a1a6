package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.pool.PoolEntry;
import com.merchantdesk.shipping.pool.PoolFile;
import com.merchantdesk.shipping.pool.PoolImportResult;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaybillPoolTest {

    @TempDir
    Path dir;
    FulfilmentShop shop;
    WaybillPool pool;

    @BeforeEach
    void open() {
        shop = new FulfilmentShop(dir);
        pool = shop.pool();
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void aRangeAddsEveryNumberWithItsOwnCheckDigit() {
        String from = DemoCarriers.POST.trackingNumberFor(1000);
        String to = DemoCarriers.POST.trackingNumberFor(1049);
        PoolImportResult result = pool.addRange("post", from, to);
        assertThat(result.added()).isEqualTo(50);
        assertThat(result.pool().free()).isEqualTo(50);
        assertThat(shop.count("SELECT count(*) FROM waybill WHERE tracking = ?", DemoCarriers.POST.trackingNumberFor(1025)))
                .isEqualTo(1);
    }

    @Test
    void aFileWithAHeaderAndBlankLinesIsRead() throws Exception {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, "tracking,note\n" + DemoCarriers.HANA.trackingNumberFor(5) + ",box\n\n"
                + DemoCarriers.HANA.trackingNumberFor(6) + "\n");
        PoolImportResult result = pool.add("HANA", PoolFile.read(file));
        assertThat(result.added()).isEqualTo(2);
        assertThat(PoolFile.read(file)).extracting(PoolEntry::source).containsExactly("line 2", "line 4");
    }

    @Test
    void duplicatesInTheFileAreRefusedByLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("numbers.csv");
        String a = DemoCarriers.HANA.trackingNumberFor(5);
        Files.writeString(file, a + "\n" + DemoCarriers.HANA.trackingNumberFor(6) + "\n" + a + "\n");
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> pool.add("HANA", PoolFile.read(file))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("line 3", a + " is listed twice (first at line 1).")));
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void numbersFailingThePatternOrCheckDigitAreRefusedByLine() {
        String good = DemoCarriers.HANA.trackingNumberFor(7);
        String badCheck = good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> pool.add("HANA", List.of(new PoolEntry("line 1", good), new PoolEntry("line 2", "ABC123"),
                new PoolEntry("line 3", badCheck)))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("line 2", "line 3");
                    assertThat(e.errors().get(0).message()).contains("ABC123 is not a Hana Express tracking number");
                    assertThat(e.errors().get(1).message()).contains(badCheck).contains("check digit");
                });
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void aNumberAlreadyInThePoolOrOnAParcelIsRefused() {
        pool.add("HANA", FulfilmentShop.hana(100, 3));
        String sku = shop.sku("Mug", "MUG-1", "A-01", "", 300);
        Order order = shop.paidOrder("Kim", "", sku, 1);
        String typed = DemoCarriers.HANA.trackingNumberFor(900);
        shop.app().shipping().create(new com.merchantdesk.shipping.ShipmentDraft(order.number(), "HANA", "", typed,
                List.of(), null, null), "t");
        assertThatThrownBy(() -> pool.add("HANA", List.of(new PoolEntry("line 1", DemoCarriers.HANA.trackingNumberFor(101)),
                new PoolEntry("line 2", typed)))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::message).containsExactly(
                        DemoCarriers.HANA.trackingNumberFor(101) + " is in the Hana Express pool already.",
                        typed + " is used by a Hana Express parcel already."));
        assertThat(pool.status("HANA").free()).isEqualTo(3);
    }

    @Test
    void rangesThatAreNotRangesAreRefused() {
        String from = DemoCarriers.HANA.trackingNumberFor(20);
        String to = DemoCarriers.HANA.trackingNumberFor(10);
        assertThatThrownBy(() -> pool.addRange("HANA", from, to)).hasMessageContaining("backwards");
        assertThatThrownBy(() -> pool.addRange("HANA", from, "123")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).message()).contains("123 is not a Hana Express tracking number"));
        assertThatThrownBy(() -> pool.addRange("HANA", DemoCarriers.HANA.trackingNumberFor(0),
                DemoCarriers.HANA.trackingNumberFor(200_000))).hasMessageContaining("at most");
        assertThatThrownBy(() -> pool.addRange("NOPE", from, to)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).message()).contains("There is no carrier NOPE").contains("HANA"));
        assertThat(shop.count("SELECT count(*) FROM waybill")).isZero();
    }

    @Test
    void aNumberIsUsedOnceAndAVoidNumberIsNeverHandedOut() {
        pool.add("HANA", FulfilmentShop.hana(100, 3));
        String spoilt = DemoCarriers.HANA.trackingNumberFor(100);
        PoolStatus afterVoid = pool.voidNumber("HANA", spoilt);
        assertThat(afterVoid.voids()).containsExactly(spoilt);
        assertThat(afterVoid.free()).isEqualTo(2);
        String sku = shop.sku("Mug", "MUG-1", "A-01", "", 300);
        Order a = shop.paidOrder("Kim", "", sku, 1);
        Order b = shop.paidOrder("Lee", "", sku, 1);
        List<Shipment> shipped = shop.batch().ship(List.of(a.number(), b.number()), "HANA", "", "t");
        assertThat(shipped).extracting(Shipment::trackingNumber).containsExactly(DemoCarriers.HANA.trackingNumberFor(101),
                DemoCarriers.HANA.trackingNumberFor(102));
        PoolStatus status = pool.status("HANA");
        assertThat(status.free()).isZero();
        assertThat(status.used()).isEqualTo(2);
        assertThat(status.voided()).isEqualTo(1);
        assertThat(status.low()).isTrue();
        assertThat(shop.count("SELECT count(*) FROM waybill w JOIN shipment s ON s.shipment_no = w.shipment_no")).isEqualTo(2);
        assertThatThrownBy(() -> pool.voidNumber("HANA", DemoCarriers.HANA.trackingNumberFor(555)))
                .hasMessageContaining("not in the Hana Express waybill pool");
    }

    @Test
    void theLowWarningComesBelowTheThreshold() {
        pool.add("HANA", FulfilmentShop.hana(100, WaybillPool.LOW_POOL));
        assertThat(pool.status("HANA").low()).isFalse();
        pool.voidNumber("HANA", DemoCarriers.HANA.trackingNumberFor(100));
        assertThat(pool.status("HANA").low()).isTrue();
        assertThat(pool.status("SWIFT").low()).as("a carrier without a pool is not 'low'").isFalse();
        assertThat(pool.status("SWIFT").empty()).isTrue();
    }
}
