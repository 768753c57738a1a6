package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two `shipments ship` commands started together in two processes on one shop: no pool number is used twice. */
class ConcurrentBatchProcessesTest {

    private static final int PER_BATCH = 8;

    @TempDir
    Path dir;

    @Test
    void twoProcessesShippingAtOnceNeverShareAPoolNumber() {
        List<String> first = new ArrayList<>(List.of("--order"));
        List<String> second = new ArrayList<>(List.of("--order"));
        try (FulfilmentShop shop = new FulfilmentShop(dir)) {
            shop.pool().add("HANA", FulfilmentShop.hana(100, 2 * PER_BATCH));
            String mug = shop.sku("Mug", "MUG-1", "A-01", "", 300);
            for (int i = 0; i < PER_BATCH; i++) {
                first.add(shop.paidOrder("Kim " + i, "", mug, 1).number());
                second.add(shop.paidOrder("Lee " + i, "", mug, 1).number());
            }
        }
        try (ChildJvm a = ChildJvm.start("com.merchantdesk.Main", command(first));
             ChildJvm b = ChildJvm.start("com.merchantdesk.Main", command(second))) {
            assertThat(a.awaitExit()).isZero();
            assertThat(b.awaitExit()).isZero();
        }
        try (FulfilmentShop shop = new FulfilmentShop(dir)) {
            assertThat(shop.count("SELECT count(*) FROM shipment")).isEqualTo(2 * PER_BATCH);
            assertThat(shop.count("SELECT count(DISTINCT tracking) FROM shipment")).isEqualTo(2 * PER_BATCH);
            assertThat(shop.pool().status("HANA").free()).isZero();
            assertThat(shop.pool().status("HANA").used()).isEqualTo(2 * PER_BATCH);
        }
    }

    private String[] command(List<String> orders) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "shipments", "ship", "--carrier", "HANA"));
        args.addAll(orders);
        return args.toArray(String[]::new);
    }
}
