package com.merchantdesk.sync;

import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.apply.RecordApplier;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.link.CatalogueLinker;
import com.merchantdesk.sync.link.StockDifferences;
import com.merchantdesk.sync.push.Acknowledgements;
import com.merchantdesk.testsupport.WireRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first connection of a shop that kept its catalogue on the desk while the platform already lists the same goods:
 * products are linked by SKU code (taking the platform's ids, nothing created twice), and differing counts wait for
 * the seller, whose answer makes both sides agree.
 */
class CatalogueLinkerTest {

    @TempDir
    Path platformFolder;
    @TempDir
    Path onlineDeskFolder;
    @TempDir
    Path deskFolder;

    PlatformForTests platform;
    Shop desk;
    String platformMug;

    @BeforeEach
    void start() {
        platform = new PlatformForTests(platformFolder);
        // The platform's listing: made through another desk, with 10 mugs counted there.
        try (Shop online = new Shop(onlineDeskFolder)) {
            platformMug = online.sku("Mug (platform)", "MUG-1", "12.50", 10);
            online.sku("Plate", "PLATE-1", "8.00", 3);
            assertThat(engine(online, onlineDeskFolder).run(SyncEngine.Options.once(Duration.ofMinutes(5))).outcome())
                    .isEqualTo(SyncOutcome.CONVERGED);
        }
        desk = new Shop(deskFolder);
    }

    @AfterEach
    void stop() {
        desk.close();
        platform.close();
    }

    private SyncEngine engine(Shop shop, Path folder) {
        List<RecordApplier> keepNothing = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            keepNothing.add(new RecordApplier() {
                @Override
                public ChangeKind kind() { return kind; }

                @Override
                public void apply(Connection c, Change change) { }
            });
        }
        return SyncSetup.engine(shop.app.database(), folder, new PlatformClient(platform.endpoint()),
                new PulledChanges(keepNothing), new Acknowledgements(), (d, s) -> true, shop.clock, "Desk");
    }

    @Test
    void aLocalProductWithTheSameSkuCodeTakesThePlatformsIdsAndIsNotCreatedAgain() throws Exception {
        String localMug = desk.sku("Mug", "mug-1", "12.50", 7);
        String localCup = desk.sku("Cup", "CUP-1", "5.00", 2);
        Order sold = desk.orders().create(Shop.paid(Shop.draft(localMug, 2)));

        CatalogueLinker.Linked linked = desk.app.database().read(CatalogueLinker::needed)
                ? new CatalogueLinker(desk.app.database(), new PlatformClient(platform.endpoint()), desk.clock).link() : null;

        assertThat(linked).isNotNull();
        assertThat(linked.products()).isEqualTo(1);
        assertThat(linked.skus()).isEqualTo(1);
        assertThat(desk.strings("SELECT id FROM sku WHERE code = 'mug-1'")).containsExactly(platformMug);
        assertThat(desk.strings("SELECT count(*) FROM sku WHERE id = ?", localMug).get(0)).isEqualTo("0");
        assertThat(desk.strings("SELECT id FROM sku WHERE code = 'CUP-1'")).containsExactly(localCup);
        List<Outbox.Entry> open = desk.app.database().read(c -> Outbox.pending(c, 100));
        assertThat(open).as("the mug's product and SKU are not created again, nor its received stock sent")
                .noneMatch(e -> e.entityId().equals(platformMug) || e.payload().contains("\"sku_id\":\"" + platformMug
                        + "\"") && e.entityType().equals("stock_adjustment"));
        assertThat(open).as("the cup still goes up").anyMatch(e -> e.entityType().equals("sku") && e.entityId().equals(localCup));
        Outbox.Entry orderRow = open.stream().filter(e -> e.entityType().equals("order")).findFirst().orElseThrow();
        assertThat(orderRow.payload()).contains(platformMug).doesNotContain(localMug);
        WireRequests.assertAccepted("POST", "/v1/orders", orderRow.payload());
        // The desk counted 7 and sold 2 (5); the platform counts 10: the seller decides.
        assertThat(new StockDifferences(desk.app.database(), desk.clock).list())
                .extracting(StockDifferences.Difference::code, StockDifferences.Difference::deskOnHand,
                        StockDifferences.Difference::platformOnHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mug-1", 5L, 10L));
        assertThat(desk.row(platformMug).onHand()).as("the desk's own count set aside; its sale stays").isEqualTo(-2);
        assertThat(sold.lines()).hasSize(1);
    }

    @Test
    void whenTheDesksCountIsRightBothSidesEndAtItOnceTheDesksOrderIsThrough() throws Exception {
        String localMug = desk.sku("Mug", "MUG-1", "12.50", 7);
        desk.orders().create(Shop.paid(Shop.draft(localMug, 2)));
        new CatalogueLinker(desk.app.database(), new PlatformClient(platform.endpoint()), desk.clock).link();

        new StockDifferences(desk.app.database(), desk.clock).takeDesk("MUG-1");
        SyncReport report = engine(desk, deskFolder).run(SyncEngine.Options.once(Duration.ofMinutes(5)));

        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);
        assertThat(platform.get("/v1/stock/" + platformMug).path("on_hand").asLong()).as("7 counted - 2 sold").isEqualTo(5);
        assertThat(platform.get("/v1/snapshot?kind=product").path("items").size()).as("no second mug product").isEqualTo(2);
    }
}
