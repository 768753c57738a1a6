package com.merchantdesk.shipping.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.Shop;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo} on a shop of the seller's own (not the demo shop) adds no demo orders or parcels to it. */
class ShippingScreensDemoFillerTest {

    @TempDir Path dir;

    @Test
    void theDemoFillerLeavesASellersOwnShopAlone() {
        try (Shop shop = new Shop(dir)) {
            for (int i = 0; i < 12; i++) {
                shop.sku("Own item " + i, "OWN-" + i, "10.00", 100);
            }
            new ShippingScreens().demoFiller().orElseThrow().accept(shop.app);
            long[] counts = shop.app.database().read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet orders = st.executeQuery("SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM shipment)")) {
                    orders.next();
                    return new long[] {orders.getLong(1), orders.getLong(2)};
                }
            });
            assertThat(counts).containsExactly(0, 0);
        }
    }
}
