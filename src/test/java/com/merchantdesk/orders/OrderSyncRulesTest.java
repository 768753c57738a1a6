package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.customers.Address;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Origin;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.OrderCreate;
import com.merchantdesk.platform.OrderLineCreate;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.testsupport.WireRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync rules orders keep before any sync runs: desk codes in numbers, wire totals, who owns what. */
class OrderSyncRulesTest {

    @TempDir Path dir;
    private Shop shop;
    private String mug;
    private String tee;

    @BeforeEach
    void open() {
        shop = new Shop(dir);
        mug = shop.sku("Mug", "MUG-1", "12.50", 20);
        tee = shop.sku("Tee", "TEE-1", "19.90", 20);
    }

    @AfterEach
    void close() { shop.close(); }

    private SqliteOrderService service() { return (SqliteOrderService) shop.orders(); }

    @Test
    void numbersCarryTheDeskCodeOnceTheDeskHasOneAndEarlierNumbersKeepTheirForm() {
        Order before = shop.orders().create(Shop.draft(mug, 1));
        shop.app.database().write(c -> { SyncIdentity.setDeskCode(c, "A7"); return null; });
        Order after = shop.orders().create(Shop.draft(mug, 1));

        assertThat(before.number()).isEqualTo("D-2026-000001");
        assertThat(after.number()).isEqualTo("A7-2026-000002");
        assertThat(shop.orders().find(before.id()).orElseThrow().number()).isEqualTo("D-2026-000001");
        assertThat(shop.orders().findByNumber("a7-2026-000002")).contains(after);
        // Another desk's number: shown and stored with that desk's code unless it carries it already.
        assertThat(OrderNumbers.fromOtherDesk("D-2026-000001", "B2")).isEqualTo("B2:D-2026-000001");
        assertThat(OrderNumbers.fromOtherDesk("B2-2026-000005", "B2")).isEqualTo("B2-2026-000005");
        assertThatThrownBy(() -> shop.app.database().write(c -> { SyncIdentity.setDeskCode(c, "Q1"); return null; }))
                .hasMessageContaining("A7");
    }

    @Test
    void anOrderDiscountIsSpreadOverTheLinesSoThePlatformsTotalsAddUp() throws Exception {
        OrderDraft d = Shop.draft(mug, 3, tee, 1);
        OrderDraft discounted = new OrderDraft(d.currency(), d.channel(), null, d.newCustomer(), Address.EMPTY, d.lines(),
                "5.01", "3.00", "", d.paymentMethod(), true, "", MemoFlag.NONE, false);
        Order order = shop.orders().create(discounted);
        OrderCreate wire = OrderWire.create(order, "01890a5d-ac96-774b-bcce-b302099a8057");

        long lines = 0;
        long discounts = 0;
        for (OrderLineCreate l : wire.lines()) {
            lines += l.unitPrice().amountMinor() * l.quantity() - l.discount().amountMinor();
            discounts += l.discount().amountMinor();
        }
        assertThat(lines + wire.shippingFee().amountMinor() + wire.tax().amountMinor()).isEqualTo(order.total().minorUnits());
        assertThat(discounts).isEqualTo(501);
        // In proportion: 37.50 of 57.40 takes 327 of the 501 (rounded down), the last line the rest.
        assertThat(wire.lines()).extracting(l -> l.discount().amountMinor()).containsExactly(327L, 174L);
        WireRequests.assertAccepted("POST", "/v1/orders", WireJson.encode(wire));
        assertThat(wire.lines().get(0).id()).isEqualTo(OrderWire.lineId(order.id(), 0)).isNotEqualTo(wire.lines().get(1).id());
    }

    @Test
    void theRoundingOfASpreadDiscountNeverTakesALineBelowZero() {
        String sticker = shop.sku("Sticker", "STK-1", "0.01", 20);
        OrderDraft d = Shop.draft(mug, 1, tee, 1, sticker, 1);
        // 32.41 of goods, 32.40 off: shares 12.49 / 19.89 / 0.00 rounded down leave 2 cents to place.
        OrderDraft discounted = new OrderDraft(d.currency(), d.channel(), null, d.newCustomer(), Address.EMPTY, d.lines(),
                "32.40", "", "", d.paymentMethod(), true, "", MemoFlag.NONE, false);
        Order order = shop.orders().create(discounted);
        OrderCreate wire = OrderWire.create(order, "01890a5d-ac96-774b-bcce-b302099a8057");

        assertThat(wire.lines()).allSatisfy(l -> assertThat(l.discount().amountMinor())
                .isLessThanOrEqualTo(l.unitPrice().amountMinor() * l.quantity()));
        assertThat(wire.lines().stream().mapToLong(l -> l.discount().amountMinor()).sum()).isEqualTo(3240);
        WireRequests.assertAccepted("POST", "/v1/orders", WireJson.encode(wire));
    }

    @Test
    void theDeskNeitherPaysNorCancelsAPlatformOrderButFollowsThePlatformWhoDoes() {
        String number = "P-2026-0000001";
        OrderDraft d = Shop.draft(mug, 2);
        OrderDraft online = new OrderDraft(d.currency(), Channel.PLATFORM, null, d.newCustomer(), Address.EMPTY, d.lines(),
                "", "", "", PaymentMethod.PLATFORM, false, "", MemoFlag.NONE, true);
        long outbox = shop.count("SELECT count(*) FROM outbox");
        Order order = shop.app.database().write(c -> service().createFromPlatform(c, online, number, "sync", Shop.START));
        assertThat(shop.count("SELECT count(*) FROM outbox")).as("applying the platform's order queues nothing").isEqualTo(outbox);
        assertThat(shop.onHand(mug)).as("its sale counted once, here").isEqualTo(18);

        for (OrderStatus target : List.of(OrderStatus.PAID, OrderStatus.CANCELLED)) {
            assertThatThrownBy(() -> shop.orders().transition(order.id(), target, "seller"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::messageKey).containsExactly("orders.transition.platformOwns"));
        }

        // The platform's steps as they come, even a jump the desk's form would refuse (paid straight to delivered).
        shop.clock.advance(Duration.ofHours(1));
        shop.app.database().write(c -> service().transition(c, order.id(), OrderStatus.PAID, "platform", shop.clock.instant(),
                Origin.PLATFORM));
        shop.app.database().write(c -> service().transition(c, order.id(), OrderStatus.PAID, "platform", shop.clock.instant(),
                Origin.PLATFORM));
        assertThatThrownBy(() -> shop.orders().transition(order.id(), OrderStatus.DELIVERED, "seller"))
                .isInstanceOf(ValidationException.class);
        Order delivered = shop.app.database().write(c -> service().transition(c, order.id(), OrderStatus.DELIVERED,
                "platform", shop.clock.instant(), Origin.PLATFORM));
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(shop.orders().history(order.id())).extracting(StatusChange::to, StatusChange::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_PAYMENT, "sync"),
                org.assertj.core.groups.Tuple.tuple(OrderStatus.PAID, "platform"),
                org.assertj.core.groups.Tuple.tuple(OrderStatus.DELIVERED, "platform"));

        // The platform's refund: stock back once, nothing queued.
        shop.app.database().write(c -> service().refund(c, order.id(), new RefundRequest("12.50",
                List.of(new RefundRequest.RefundLine(mug, 1)), true, "buyer returned it"), "platform", shop.clock.instant(),
                Origin.PLATFORM));
        assertThat(shop.onHand(mug)).isEqualTo(19);
        assertThat(shop.count("SELECT count(*) FROM outbox")).isEqualTo(outbox);
    }

    @Test
    void aDeskOrderQueuesItsCreateWithTheDeskIdAndValidWireRows() throws Exception {
        Order order = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
        String deskId = shop.app.database().write(SyncIdentity::deskId);
        JsonNode create = Json.mapper().readTree(shop.strings(
                "SELECT payload FROM outbox WHERE entity_type = 'order' AND operation = 'create'").get(0));
        assertThat(create.get("desk_id").asText()).isEqualTo(deskId);
        assertThat(create.get("status").asText()).isEqualTo("paid");
        assertThat(create.get("paid_at").asText()).isEqualTo(Shop.START.toString());
        assertThat(create.get("id").asText()).isEqualTo(order.id());
    }

    private java.util.Map<String, com.merchantdesk.store.SyncState> listedStates() {
        java.util.Map<String, com.merchantdesk.store.SyncState> states = new java.util.HashMap<>();
        shop.orders().search(OrderQuery.newest(50)).items().forEach(r -> states.put(r.number(), r.syncState()));
        return states;
    }

    private long createRow(String orderId) {
        return Long.parseLong(shop.strings("SELECT seq FROM outbox WHERE entity_type = 'order' AND entity_id = ? "
                + "AND operation = 'create'", orderId).get(0));
    }

    @Test
    void theListShowsEachOrdersSyncStateFromOneQueryPerPage() throws Exception {
        Order queued = shop.orders().create(Shop.draft(mug, 1));
        Order sent = shop.orders().create(Shop.draft(mug, 1));
        Order acknowledged = shop.orders().create(Shop.draft(mug, 1));
        Order failed = shop.orders().create(Shop.draft(mug, 1));
        Order conflict = shop.orders().create(Shop.draft(mug, 1));
        Order unmapped = shop.orders().create(Shop.draft(mug, 1));
        shop.app.database().write(c -> {
            com.merchantdesk.store.Outbox.markSending(c, createRow(sent.id()));
            com.merchantdesk.store.Outbox.markSending(c, createRow(acknowledged.id()));
            com.merchantdesk.store.Outbox.acknowledge(c, createRow(acknowledged.id()), Shop.START);
            com.merchantdesk.store.Outbox.markSending(c, createRow(failed.id()));
            com.merchantdesk.store.Outbox.fail(c, createRow(failed.id()), "422 validation", null);
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO sync_conflict(entity_type, entity_id, field, platform_version, found_at) "
                        + "VALUES ('order', '" + conflict.id() + "', 'ship_to', 3, 0)");
                st.executeUpdate("UPDATE order_line SET sku_no = NULL, unmapped_sku = 'NEW-1' WHERE order_no = "
                        + "(SELECT order_no FROM orders WHERE number = '" + unmapped.number() + "')");
            }
            return null;
        });
        assertThat(listedStates()).containsEntry(queued.number(), com.merchantdesk.store.SyncState.QUEUED)
                .containsEntry(sent.number(), com.merchantdesk.store.SyncState.SENT)
                .containsEntry(acknowledged.number(), com.merchantdesk.store.SyncState.ACKNOWLEDGED)
                .containsEntry(failed.number(), com.merchantdesk.store.SyncState.FAILED)
                .containsEntry(conflict.number(), com.merchantdesk.store.SyncState.CONFLICT)
                .containsEntry(unmapped.number(), com.merchantdesk.store.SyncState.NEEDS_MAPPING);

        shop.app.database().write(c -> { SyncIdentity.markLocalOnly(c); return null; });
        assertThat(listedStates().values()).containsOnly(com.merchantdesk.store.SyncState.LOCAL_ONLY);
    }
}
