package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.shipping.Shipment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchShippingTest {

    @TempDir
    Path dir;
    FulfilmentShop shop;
    String mug;
    String tee;

    @BeforeEach
    void open() {
        shop = new FulfilmentShop(dir);
        mug = shop.sku("Mug", "MUG-1", "A-01", "", 300);
        tee = shop.sku("Tee", "TEE-1", "B-02", "", 0);
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void eachOrderGetsOneParcelWithEverythingAndTheNextNumber() {
        shop.pool().add("HANA", FulfilmentShop.hana(100, 5));
        Order a = shop.paidOrder("Kim", "", mug, 2);
        Order b = shop.paidOrder("Lee", "", mug, 1, tee, 1);
        List<Shipment> shipped = shop.batch().ship(List.of(a.number(), b.id()), "HANA", "", "t");
        assertThat(shipped).hasSize(2);
        assertThat(shipped.get(0).weightGrams()).as("2 mugs of 300 g").isEqualTo(600L);
        assertThat(shipped.get(1).weightGrams()).as("the tee has no weight").isNull();
        assertThat(shipped.get(1).units()).isEqualTo(2);
        assertThat(shop.app().orders().find(a.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shop.pool().status("HANA").free()).isEqualTo(3);
    }

    @Test
    void anEmptyPoolIsRefusedNamingTheCarrierAndNothingIsWritten() {
        Order a = shop.paidOrder("Kim", "", mug, 1);
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.batch().ship(List.of(a.number()), "HANA", "", "t"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("carrier");
                    assertThat(e.errors().get(0).message()).startsWith("The Hana Express waybill pool is empty");
                });
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void anExhaustedPoolIsRefusedSayingHowManyAreLeftAndNothingIsWritten() {
        shop.pool().add("HANA", FulfilmentShop.hana(100, 1));
        Order a = shop.paidOrder("Kim", "", mug, 1);
        Order b = shop.paidOrder("Lee", "", mug, 1);
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.batch().ship(List.of(a.number(), b.number()), "HANA", "", "t"))
                .hasMessageContaining("only 1 free numbers; 2 are needed");
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void oneOrderThatCannotShipStopsTheWholeBatch() {
        shop.pool().add("HANA", FulfilmentShop.hana(100, 5));
        Order a = shop.paidOrder("Kim", "", mug, 1);
        Order unpaid = shop.shop.orders().create(com.merchantdesk.orders.Shop.draft(mug, 1));
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.batch().ship(List.of(a.number(), unpaid.number(), "D-1999-000001"), "HANA", "", "t"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::message)
                        .anySatisfy(m -> assertThat(m).contains(unpaid.number()))
                        .anySatisfy(m -> assertThat(m).contains("D-1999-000001")));
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void anOrderListedTwiceIsRefused() {
        shop.pool().add("HANA", FulfilmentShop.hana(100, 5));
        Order a = shop.paidOrder("Kim", "", mug, 1);
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.batch().ship(List.of(a.number(), a.id()), "HANA", "", "t"))
                .hasMessageContaining("selected twice");
        assertThat(shop.footprint()).isEqualTo(before);
    }
}
