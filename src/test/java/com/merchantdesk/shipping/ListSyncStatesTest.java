package com.merchantdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.store.SyncState;
import com.merchantdesk.store.SyncStates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four lists' sync states and their "not yet on the platform" filter, read from a real data folder whose outbox
 * rows are moved as the sync engine moves them: a record made offline is listed under the filter until its create
 * is acknowledged, and each row's state follows its outbox rows and conflicts.
 */
class ListSyncStatesTest {

    @TempDir Path dir;
    private ShippingShop s;
    private String mug;
    private String tee;

    @BeforeEach
    void open() {
        s = new ShippingShop(dir);
        mug = s.shop.sku("Ceramic Mug", "MUG-1", "12.50", 50);
        tee = s.shop.sku("Linen T-Shirt", "TEE-M", "19.90", 50);
    }

    @AfterEach
    void close() { s.close(); }

    @Test
    void aProductMadeOfflineIsListedUnderTheFilterUntilItsCreateIsAcknowledged() {
        String cup = s.shop.sku("Paper Cup", "CUP-1", "1.00", 0);
        assertThat(skus(true).keySet()).containsExactlyInAnyOrder("MUG-1", "TEE-M", "CUP-1");
        assertThat(skus(false).values()).extracting(SkuRow::syncState).containsOnly(SyncState.QUEUED);

        String mugProduct = s.shop.row(mug).productId();
        acknowledge("product", mugProduct);
        acknowledge("sku", mug);
        fail("sku", tee);
        sending("product", s.shop.row(cup).productId());
        conflict("sku", cup);

        assertThat(skus(true).keySet()).containsExactlyInAnyOrder("TEE-M", "CUP-1");
        // With search text the waiting SKUs lead and the words' matches are a list: both must hold.
        assertThat(s.shop.app.catalog().search(ProductQuery.firstPage(100).withText("cup").withNotOnPlatform(true))
                .items()).extracting(SkuRow::code).containsExactly("CUP-1");
        assertThat(s.shop.app.catalog().search(ProductQuery.firstPage(100).withText("mug").withNotOnPlatform(true))
                .items()).isEmpty();
        Map<String, SkuRow> all = skus(false);
        assertThat(all.get("MUG-1").syncState()).isEqualTo(SyncState.ACKNOWLEDGED);
        assertThat(all.get("TEE-M").syncState()).isEqualTo(SyncState.FAILED);
        // The SKU's conflict needs the seller before its product's request on the way.
        assertThat(all.get("CUP-1").syncState()).isEqualTo(SyncState.CONFLICT);
        // A title changed offline marks the product's SKU rows, the same page read by the scanner's look-up too.
        s.shop.app.catalog().save(new ProductInput(mugProduct, "Ceramic Mug 2", "", "Test", "active", List.of(),
                List.of(new ProductInput.SkuInput(mug, "MUG-1", List.of(), "", "12.50", "", "", "", "0")), List.of(), null),
                Shop.USD);
        assertThat(skus(false).get("MUG-1").syncState()).isEqualTo(SyncState.QUEUED);
        assertThat(s.shop.row(mug).syncState()).isEqualTo(SyncState.QUEUED);
        // Its create was acknowledged: a change on the way does not make it "not on the platform".
        assertThat(skus(true)).doesNotContainKey("MUG-1");
    }

    @Test
    void aSkuBlockedBehindItsFailedProductIsStillNotOnThePlatform() {
        fail("product", s.shop.row(tee).productId());

        assertThat(skus(true)).containsKey("TEE-M");
        assertThat(skus(false).get("TEE-M").syncState()).isEqualTo(SyncState.FAILED);
        assertThat(s.shop.strings("SELECT state FROM outbox WHERE entity_type = 'sku' AND entity_id = ?", tee))
                .containsExactly("4");
    }

    @Test
    void aCustomerMadeOfflineIsListedUnderTheFilterUntilItsCreateIsAcknowledged() {
        Customer kim = s.shop.customers().save(CustomerInput.named("Kim Minji", "010-1111-2222"));
        Customer lee = s.shop.customers().save(CustomerInput.named("Lee Jisoo", "010-3333-4444"));
        Customer park = s.shop.customers().save(CustomerInput.named("Park Hana", "010-5555-6666"));
        assertThat(customers(true).keySet()).containsExactlyInAnyOrder("Kim Minji", "Lee Jisoo", "Park Hana");

        acknowledge("customer", kim.id());
        fail("customer", lee.id());
        acknowledge("customer", park.id());
        conflict("customer", park.id());

        assertThat(customers(true).keySet()).containsExactly("Lee Jisoo");
        assertThat(customers(false)).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().syncState())
                .containsExactlyInAnyOrder("Kim Minji=ACKNOWLEDGED", "Lee Jisoo=FAILED", "Park Hana=CONFLICT");
    }

    @Test
    void anOrderMadeOfflineIsListedUnderTheFilterUntilItsCreateIsAcknowledged() {
        Order queued = s.paidOrder("", mug, 1);
        Order acknowledged = s.paidOrder("", mug, 1);
        Order failed = s.paidOrder("", tee, 1);
        assertThat(orders(true).keySet()).containsExactlyInAnyOrder(queued.number(), acknowledged.number(),
                failed.number());

        acknowledge("order", acknowledged.id());
        fail("order", failed.id());

        assertThat(orders(true).keySet()).containsExactlyInAnyOrder(queued.number(), failed.number());
        assertThat(orders(false)).extractingFromEntries(e -> e.getValue().syncState()).containsExactlyInAnyOrder(
                SyncState.QUEUED, SyncState.ACKNOWLEDGED, SyncState.FAILED);
        // The filter goes with the others, and with search text (whose own count it must not take as the total).
        assertThat(s.shop.orders().search(OrderQuery.newest(50).withText(failed.number()).withNotOnPlatform(true))
                .total()).isEqualTo(1);
        assertThat(s.shop.orders().search(OrderQuery.newest(50).withText(acknowledged.number()).withNotOnPlatform(true))
                .items()).isEmpty();
    }

    @Test
    void aShipmentMadeOfflineIsListedUnderTheFilterUntilItsCreateIsAcknowledged() {
        Shipment first = s.ship(s.paidOrder("", mug, 1), "hana", s.hana());
        Shipment second = s.ship(s.paidOrder("", tee, 1), "hana", s.hana());
        Shipment third = s.ship(s.paidOrder("", tee, 1), "hana", s.hana());
        assertThat(shipments(true).keySet()).containsExactlyInAnyOrder(first.id(), second.id(), third.id());

        acknowledge("shipment", first.id());
        sending("shipment", second.id());

        assertThat(shipments(true).keySet()).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(shipments(false)).extractingFromEntries(e -> e.getValue().syncState()).containsExactlyInAnyOrder(
                SyncState.ACKNOWLEDGED, SyncState.SENT, SyncState.QUEUED);
    }

    @Test
    void aLocalOnlyShopListsNothingUnderTheFilterAndNoStates() {
        s.shop.customers().save(CustomerInput.named("Lee Jisoo", "010-1111-2222"));
        Shipment parcel = s.ship(s.paidOrder("", mug, 1), "hana", s.hana());
        s.shop.app.database().write(c -> { SyncIdentity.markLocalOnly(c); return null; });

        assertThat(skus(true)).isEmpty();
        assertThat(customers(true)).isEmpty();
        assertThat(orders(true)).isEmpty();
        assertThat(shipments(true)).isEmpty();
        assertThat(skus(false).values()).extracting(SkuRow::syncState).containsOnly(SyncState.LOCAL_ONLY);
        assertThat(customers(false).values()).extracting(CustomerSummary::syncState).containsOnly(SyncState.LOCAL_ONLY);
        assertThat(orders(false).values()).extracting(OrderRow::syncState).containsOnly(SyncState.LOCAL_ONLY);
        assertThat(shipments(false).get(parcel.id()).syncState()).isEqualTo(SyncState.LOCAL_ONLY);
    }

    @Test
    void theFilterFindsTheOpenCreatesByTheirOwnIndexNotByEveryRowEverQueued() {
        for (String[] list : new String[][] {{"sku", "sku", "false"}, {"customer", "customer", "false"},
                {"order", "orders", "true"}, {"shipment", "shipment", "true"}}) {
            String condition = SyncStates.notOnPlatform(list[0], "r.id", Boolean.parseBoolean(list[2]));
            String plan = s.shop.app.database().read(c -> {
                StringBuilder steps = new StringBuilder();
                try (var rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT count(*) FROM " + list[1]
                        + " r WHERE " + condition)) {
                    while (rs.next()) {
                        steps.append(rs.getString("detail")).append('\n');
                    }
                }
                return steps.toString();
            });
            assertThat(plan).as(list[0]).contains("outbox_open_create").doesNotContain("SCAN r");
        }
    }

    private Map<String, SkuRow> skus(boolean notOnPlatform) {
        return byKey(s.shop.app.catalog().search(ProductQuery.firstPage(100).withNotOnPlatform(notOnPlatform)).items(),
                SkuRow::code);
    }

    private Map<String, CustomerSummary> customers(boolean notOnPlatform) {
        return byKey(s.shop.customers().search(new CustomerQuery("", 0, 100, notOnPlatform), Shop.USD).items(),
                summary -> summary.customer().name());
    }

    private Map<String, OrderRow> orders(boolean notOnPlatform) {
        return byKey(s.shop.orders().search(OrderQuery.newest(100).withNotOnPlatform(notOnPlatform)).items(),
                OrderRow::number);
    }

    private Map<String, Shipment> shipments(boolean notOnPlatform) {
        Instant now = s.shop.clock.instant();
        return byKey(s.shipping().search(new ShipmentQuery("", null, "", false, false, null, null, now, 0, 100,
                notOnPlatform)).items(), Shipment::id);
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, row -> row));
    }

    private long createRow(String entityType, String id) {
        return Long.parseLong(s.shop.strings("SELECT seq FROM outbox WHERE entity_type = ? AND entity_id = ? "
                + "AND operation = 'create'", entityType, id).get(0));
    }

    private void acknowledge(String entityType, String id) {
        long seq = createRow(entityType, id);
        s.shop.app.database().write(c -> {
            Outbox.markSending(c, seq);
            Outbox.acknowledge(c, seq, Shop.START);
            return null;
        });
    }

    private void sending(String entityType, String id) {
        long seq = createRow(entityType, id);
        s.shop.app.database().write(c -> {
            Outbox.markSending(c, seq);
            return null;
        });
    }

    private void fail(String entityType, String id) {
        long seq = createRow(entityType, id);
        s.shop.app.database().write(c -> {
            Outbox.markSending(c, seq);
            Outbox.fail(c, seq, "422 validation", null);
            return null;
        });
    }

    private void conflict(String entityType, String id) {
        s.shop.app.database().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO sync_conflict(entity_type, entity_id, field, platform_version, "
                    + "found_at) VALUES (?, ?, 'name', 3, 0)")) {
                ps.setString(1, entityType);
                ps.setString(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
