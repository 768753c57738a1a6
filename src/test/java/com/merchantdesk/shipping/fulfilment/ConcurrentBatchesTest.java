package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.orders.Order;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two batches at once, each through its own connection to the file (as two windows or commands would): no number twice. */
class ConcurrentBatchesTest {

    private static final int PER_BATCH = 12;

    @TempDir
    Path dir;

    @Test
    void twoBatchesAtOnceNeverShareAPoolNumber() throws Exception {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        try (FulfilmentShop shop = new FulfilmentShop(dir)) {
            shop.pool().add("HANA", FulfilmentShop.hana(100, 2 * PER_BATCH + 3));
            String mug = shop.sku("Mug", "MUG-1", "A-01", "", 300);
            for (int i = 0; i < PER_BATCH; i++) {
                first.add(shop.paidOrder("Kim " + i, "", mug, 1).number());
                second.add(shop.paidOrder("Lee " + i, "", mug, 1).number());
            }
        }
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Shipment>> a = threads.submit(() -> shipAfter(ready, go, first));
            Future<List<Shipment>> b = threads.submit(() -> shipAfter(ready, go, second));
            assertThat(ready.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)).isTrue();
            go.countDown();
            List<Shipment> all = new ArrayList<>(a.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS));
            all.addAll(b.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS));
            Set<String> numbers = new HashSet<>();
            all.forEach(s -> numbers.add(s.trackingNumber()));
            assertThat(all).hasSize(2 * PER_BATCH);
            assertThat(numbers).as("every parcel has its own number").hasSize(2 * PER_BATCH);
        } finally {
            threads.shutdownNow();
        }
        try (FulfilmentShop shop = new FulfilmentShop(dir)) {
            assertThat(shop.pool().status("HANA").used()).isEqualTo(2 * PER_BATCH);
            assertThat(shop.pool().status("HANA").free()).isEqualTo(3);
            assertThat(shop.count("SELECT count(DISTINCT shipment_no) FROM waybill WHERE state = 1")).isEqualTo(2 * PER_BATCH);
        }
    }

    private List<Shipment> shipAfter(CountDownLatch ready, CountDownLatch go, List<String> orders) throws Exception {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            BatchShipping batch = new BatchShipping(app.database(), Clock.systemUTC(), app.shipping());
            ready.countDown();
            assertThat(go.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)).isTrue();
            return batch.ship(orders, "HANA", "", "t");
        }
    }
}
