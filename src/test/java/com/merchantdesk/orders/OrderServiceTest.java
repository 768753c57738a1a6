package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.WireRequests;
import com.merchantdesk.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {

    @TempDir Path dir;
    private Shop shop;
    private String mug;
    private String tee;

    @BeforeEach
    void open() {
        shop = new Shop(dir);
        mug = shop.sku("Ceramic Mug", "MUG-1", "12.50", 10);
        tee = shop.sku("Linen T-Shirt", "TEE-M", "19.90", 5);
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void createSavesTheOrderItsLinesItsSaleAndItsOutboxRowTogether() throws Exception {
        long outboxBefore = shop.count("SELECT count(*) FROM outbox");
        Order o = shop.orders().create(Shop.draft(mug, 3, tee, 2));

        assertThat(o.number()).isEqualTo("D-2026-000001");
        assertThat(o.id()).hasSize(36);
        assertThat(o.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(o.paymentState()).isEqualTo(PaymentState.UNPAID);
        assertThat(o.customerName()).isEqualTo("Kim Minji");
        assertThat(o.customerPhone()).isEqualTo("010-1234-5678");
        assertThat(o.lines()).extracting(OrderLine::skuCode, OrderLine::title, l -> l.unitPrice().minorUnits(), OrderLine::quantity)
                .containsExactly(tuple("MUG-1", "Ceramic Mug", 1250L, 3L), tuple("TEE-M", "Linen T-Shirt", 1990L, 2L));
        assertThat(o.total().minorUnits()).isEqualTo(3 * 1250 + 2 * 1990);
        assertThat(shop.orders().find(o.id())).contains(o);
        assertThat(shop.orders().findByNumber("d-2026-000001")).contains(o);

        // Stock: SOLD movements took the units out of on-hand; reserved is not used a second time.
        assertThat(shop.onHand(mug)).isEqualTo(7);
        assertThat(shop.onHand(tee)).isEqualTo(3);
        assertThat(shop.row(mug).reserved()).isZero();
        assertThat(shop.available(mug)).isEqualTo(7);
        StockMovement sold = shop.app.stock().history(mug, 1).get(0);
        assertThat(sold.kind()).isEqualTo(MovementKind.SOLD);
        assertThat(sold.delta()).isEqualTo(-3);
        assertThat(sold.reference()).isEqualTo(o.number());

        // Outbox: the new customer, then the order itself, in one go; not its SOLD movements (the order carries them).
        List<Outbox.Entry> rows = shop.app.database().read(c -> Outbox.pending(c, 100));
        List<Outbox.Entry> added = rows.subList((int) outboxBefore, rows.size());
        assertThat(added).extracting(Outbox.Entry::entityType, Outbox.Entry::operation).containsExactly(
                tuple("customer", "create"), tuple("order", "create"));
        WireRequests.assertAccepted("POST", "/v1/customers", added.get(0).payload());
        WireRequests.assertAccepted("POST", "/v1/orders", added.get(1).payload());
        JsonNode payload = Json.mapper().readTree(added.get(1).payload());
        assertThat(payload.get("id").asText()).isEqualTo(o.id());
        assertThat(payload.get("number").asText()).isEqualTo("D-2026-000001");
        assertThat(payload.get("customer_id").asText()).isEqualTo(added.get(0).entityId());
        assertThat(payload.get("lines")).hasSize(2);
        assertThat(payload.get("lines").get(0).get("unit_price").get("amount_minor").asLong()).isEqualTo(1250);
        assertThat(payload.get("total").get("amount_minor").asLong()).isEqualTo(o.total().minorUnits());
        assertThat(payload.has("cost")).as("the cost price stays on the desk").isFalse();
        assertThat(added.get(1).entityId()).isEqualTo(o.id());
        // The order goes only after its new customer.
        List<Long> waiting = shop.app.database().read(c -> Outbox.waitingOn(c, added.get(0).seq()));
        assertThat(waiting).containsExactly(added.get(1).seq());

        assertThat(shop.orders().history(o.id())).extracting(StatusChange::from, StatusChange::to, StatusChange::actor)
                .containsExactly(tuple(null, OrderStatus.PENDING_PAYMENT, "seller"));
    }

    @Test
    void numbersCountUpAndStartAgainEachYear() {
        assertThat(shop.orders().create(Shop.draft(mug, 1)).number()).isEqualTo("D-2026-000001");
        assertThat(shop.orders().create(Shop.draft(mug, 1)).number()).isEqualTo("D-2026-000002");
        shop.clock.set(Instant.parse("2027-01-01T00:00:01Z"));
        assertThat(shop.orders().create(Shop.draft(mug, 1)).number()).isEqualTo("D-2027-000001");
        assertThat(shop.orders().create(Shop.draft(mug, 1)).createdAt()).isEqualTo(Instant.parse("2027-01-01T00:00:01Z"));
    }

    @Test
    void paidOrderRecordsPaymentAtOnce() {
        Order o = shop.orders().create(Shop.paid(Shop.draft(mug, 1)));
        assertThat(o.status()).isEqualTo(OrderStatus.PAID);
        assertThat(o.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(o.paidAt()).isEqualTo(Shop.START);
    }

    @Test
    void linesKeepTheirTitleAndPriceWhenTheCatalogueChangesLater() {
        Order o = shop.orders().create(Shop.draft(mug, 1));
        Product p = shop.app.catalog().find(shop.row(mug).productId()).orElseThrow();
        shop.app.catalog().save(new ProductInput(p.id(), "Stoneware Mug", "", "", "active", List.of(),
                List.of(new ProductInput.SkuInput(mug, "MUG-1", List.of(), "", "15.00", "", "", "", "0")), List.of(), null),
                Shop.USD);

        OrderLine line = shop.orders().find(o.id()).orElseThrow().lines().get(0);
        assertThat(line.title()).isEqualTo("Ceramic Mug");
        assertThat(line.unitPrice().minorUnits()).isEqualTo(1250);
    }

    @Test
    void overSellingIsRefusedWithWhatIsAvailableAndChangesNothing() {
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.orders().create(Shop.draft(mug, 4, tee, 6)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey, FieldError::args)
                        .containsExactly(tuple("lines[1].quantity", "orders.validation.oversell", List.of(5L, "TEE-M"))));
        assertThat(shop.footprint()).isEqualTo(before);
        assertThat(shop.onHand(tee)).isEqualTo(5);
    }

    @Test
    void unitsOfOneSkuOnSeveralLinesAddUp() {
        assertThatThrownBy(() -> shop.orders().create(Shop.draft(tee, 3, mug, 1, tee, 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::args)
                        .containsExactly(tuple("lines[2].quantity", List.of(2L, "TEE-M"))));
    }

    @Test
    void confirmedOversellIsSavedAndFlagged() {
        Order o = shop.orders().create(Shop.draft(tee, 7).withConfirmOversell(true));
        assertThat(o.oversold()).isTrue();
        assertThat(shop.onHand(tee)).isEqualTo(-2);
        assertThat(shop.orders().search(OrderQuery.newest(10)).items().get(0).oversold()).isTrue();

        Order fits = shop.orders().create(Shop.draft(mug, 1).withConfirmOversell(true));
        assertThat(fits.oversold()).as("confirmation alone does not flag an order that fits").isFalse();
    }

    @Test
    void aFailureOnTheLastLineLeavesNoTraceAtAll() {
        // Make the database itself refuse the third line, after the order row and two lines were written.
        shop.app.database().write(c -> c.createStatement().executeUpdate("CREATE TRIGGER fail_third_line BEFORE INSERT ON "
                + "order_line WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        String bowl = shop.sku("Bowl", "BOWL-1", "8.00", 4);
        List<Long> before = shop.footprint();
        long levelsBefore = shop.onHand(mug) + shop.onHand(tee) + shop.onHand(bowl);

        assertThatThrownBy(() -> shop.orders().create(Shop.draft(mug, 1, tee, 1, bowl, 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("injected failure");

        assertThat(shop.footprint()).isEqualTo(before);
        assertThat(shop.onHand(mug) + shop.onHand(tee) + shop.onHand(bowl)).isEqualTo(levelsBefore);
        assertThat(shop.count("SELECT count(*) FROM customer")).isZero();

        shop.app.database().write(c -> c.createStatement().executeUpdate("DROP TRIGGER fail_third_line"));
        assertThat(shop.orders().create(Shop.draft(mug, 1, tee, 1, bowl, 1)).number())
                .as("the failed save did not use up a number").isEqualTo("D-2026-000001");
    }

    @Test
    void aFailureOnTheOutboxRowUndoesTheStockMovementsToo() {
        shop.app.database().write(c -> c.createStatement().executeUpdate("CREATE TRIGGER fail_order_outbox BEFORE INSERT ON "
                + "outbox WHEN NEW.entity_type = 'order' BEGIN SELECT RAISE(ABORT, 'outbox full'); END"));
        List<Long> before = shop.footprint();

        assertThatThrownBy(() -> shop.orders().create(Shop.draft(mug, 2))).hasMessageContaining("outbox full");

        assertThat(shop.footprint()).isEqualTo(before);
        assertThat(shop.onHand(mug)).isEqualTo(10);
    }

    @Test
    void cancellingBeforeShippingPutsTheStockBack() {
        Order o = shop.orders().create(Shop.paid(Shop.draft(mug, 3, tee, 1)));
        shop.clock.advance(Duration.ofHours(1));
        Order packed = shop.orders().transition(o.id(), OrderStatus.PACKED, "ann");

        Order cancelled = shop.orders().cancel(packed.id(), "ann");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(shop.onHand(mug)).isEqualTo(10);
        assertThat(shop.onHand(tee)).isEqualTo(5);
        StockMovement back = shop.app.stock().history(mug, 1).get(0);
        assertThat(back.kind()).isEqualTo(MovementKind.RETURNED);
        assertThat(back.delta()).isEqualTo(3);
        assertThat(back.reference()).isEqualTo(o.number());
        assertThat(shop.orders().history(o.id())).extracting(StatusChange::to, StatusChange::actor).containsExactly(
                tuple(OrderStatus.PAID, "seller"), tuple(OrderStatus.PACKED, "ann"), tuple(OrderStatus.CANCELLED, "ann"));
        assertThat(shop.strings("SELECT operation FROM outbox WHERE entity_type = 'order' ORDER BY seq"))
                .containsExactly("create", "fulfilment", "cancellation");
    }

    @Test
    void shippingAndDeliveringMoveNoStock() {
        Order o = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
        shop.orders().transition(o.id(), OrderStatus.PACKED, "a");
        shop.orders().transition(o.id(), OrderStatus.SHIPPED, "a");
        shop.orders().transition(o.id(), OrderStatus.DELIVERED, "a");
        assertThat(shop.onHand(mug)).isEqualTo(8);
        assertThat(shop.available(mug)).isEqualTo(8);
        assertThat(shop.count("SELECT count(*) FROM stock_movement WHERE sku_id = ?", mug)).isEqualTo(2);
    }

    @Test
    void refundsWithAndWithoutRestock() throws Exception {
        Order o = shipped(Shop.draft(mug, 3, tee, 2));
        long total = o.total().minorUnits();

        Order partly = shop.orders().refund(o.id(), new RefundRequest("12.50",
                List.of(new RefundRequest.RefundLine(mug, 1)), true, "chipped"), "ann");
        assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(partly.paymentState()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(partly.refunded().minorUnits()).isEqualTo(1250);
        assertThat(partly.lines().get(0).refundedQuantity()).isEqualTo(1);
        assertThat(shop.onHand(mug)).as("restocked").isEqualTo(8);

        Order whole = shop.orders().refund(o.id(), new RefundRequest(Money.ofMinor(total - 1250, "USD").toPlainString(),
                List.of(new RefundRequest.RefundLine(tee, 2)), false, ""), "ann");
        assertThat(whole.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(whole.paymentState()).isEqualTo(PaymentState.REFUNDED);
        assertThat(whole.refundable().minorUnits()).isZero();
        assertThat(shop.onHand(tee)).as("written off, not restocked").isEqualTo(3);
        assertThat(shop.orders().find(o.id()).orElseThrow()).isEqualTo(whole);

        List<String> refunds = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'refund' ORDER BY seq");
        assertThat(refunds).hasSize(2);
        refunds.forEach(r -> WireRequests.assertAccepted("POST", "/v1/refunds", r));
        JsonNode first = Json.mapper().readTree(refunds.get(0));
        assertThat(first.get("id").asText()).isEqualTo(OrderOutbox.refundId(o.id(), 0));
        assertThat(first.get("order_id").asText()).isEqualTo(o.id());
        assertThat(first.get("amount").get("amount_minor").asLong()).isEqualTo(1250);
        assertThat(first.get("restock").asBoolean()).isTrue();
        assertThat(first.get("lines").get(0).get("line_id").asText()).isEqualTo(OrderWire.lineId(o.id(), 0));
        assertThat(first.get("lines").get(0).get("quantity").asLong()).isEqualTo(1);
        assertThat(first.get("reason").asText()).isEqualTo("chipped");
        assertThat(Json.mapper().readTree(refunds.get(1)).get("restock").asBoolean()).isFalse();
        assertThat(shop.orders().history(o.id()).get(3).note()).isEqualTo("12.50 USD; MUG-1 x1; restocked; chipped");

        assertThatThrownBy(() -> shop.orders().transition(o.id(), OrderStatus.DELIVERED, "ann"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("orders.transition.final"));
    }

    @Test
    void badRefundsAreRefusedAndChangeNothing() {
        Order o = shipped(Shop.draft(mug, 2));
        List<Long> before = shop.footprint();

        assertThat(refusal(o.id(), new RefundRequest("25.01", List.of(), false, "")))
                .containsExactly(tuple("amount", "orders.refund.aboveRefundable"));
        assertThat(refusal(o.id(), new RefundRequest("", List.of(), false, "")))
                .containsExactly(tuple("amount", "validation.positive"));
        assertThat(refusal(o.id(), new RefundRequest("1", List.of(new RefundRequest.RefundLine(tee, 1),
                new RefundRequest.RefundLine(mug, 3), new RefundRequest.RefundLine(mug, 0)), true, "")))
                .containsExactly(tuple("lines[0].sku", "orders.refund.skuNotOnOrder"),
                        tuple("lines[1].quantity", "orders.refund.tooMany"), tuple("lines[2].quantity", "validation.positive"));
        assertThat(shop.footprint()).isEqualTo(before);
        assertThat(shop.onHand(mug)).isEqualTo(8);

        Order open = shop.orders().create(Shop.draft(mug, 1));
        assertThat(refusal(open.id(), new RefundRequest("1", List.of(), false, "")))
                .containsExactly(tuple("status", "orders.transition.refundBeforeShipping"));
    }

    @Test
    void everyTransitionThroughTheServiceIsAppliedOrRefusedWithoutATrace() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                Order o = orderIn(from);
                List<Long> before = shop.footprint();
                long stock = shop.onHand(mug);
                if (OrderStatusTest.LEGAL.get(from).contains(to)) {
                    Order after = shop.orders().transition(o.id(), to, "t");
                    assertThat(after.status()).as(from + " -> " + to).isEqualTo(to);
                    assertThat(shop.orders().find(o.id()).orElseThrow().status()).isEqualTo(to);
                    assertThat(shop.orders().history(o.id()).get(shop.orders().history(o.id()).size() - 1).to()).isEqualTo(to);
                    // One row per step: payment, cancellation or fulfilment; the refunds are rows of their own.
                    assertThat(shop.count("SELECT count(*) FROM outbox WHERE entity_id = ? "
                            + "AND operation IN ('payment', 'cancellation', 'fulfilment')", o.id()))
                            .isEqualTo(shop.orders().history(o.id()).size() - 1
                                    - shop.count("SELECT count(*) FROM outbox WHERE entity_type = 'refund' "
                                    + "AND payload ->> '$.order_id' = ?", o.id()));
                    String last = shop.strings("SELECT payload FROM outbox WHERE entity_id = ? ORDER BY seq DESC LIMIT 1",
                            o.id()).get(0);
                    String path = switch (to) {
                        case PAID -> "/payment";
                        case CANCELLED -> "/cancellation";
                        default -> "/fulfilment";
                    };
                    WireRequests.assertAccepted("POST", "/v1/orders/" + o.id() + path, last);
                    assertThat(shop.onHand(mug) - stock).as(from + " -> " + to + " stock").isEqualTo(to == OrderStatus.CANCELLED ? 1 : 0);
                } else {
                    String expected = OrderStatusTest.expectedRefusal(from, to);
                    assertThatThrownBy(() -> shop.orders().transition(o.id(), to, "t")).as(from + " -> " + to)
                            .isInstanceOfSatisfying(ValidationException.class, e -> {
                                assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                                        .containsExactly(tuple("status", expected));
                                assertThat(e.getMessage()).doesNotContain("orders.transition");
                            });
                    assertThat(shop.footprint()).as(from + " -> " + to).isEqualTo(before);
                    assertThat(shop.orders().find(o.id()).orElseThrow().status()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void unknownOrderIsRefusedByName() {
        assertThatThrownBy(() -> shop.orders().transition("nope", OrderStatus.PAID, "t"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("id"));
        assertThat(shop.orders().find("nope")).isEmpty();
        assertThat(shop.orders().history("nope")).isEmpty();
    }

    @Test
    void memoAndFlagChangeAndStayOnTheDesk() {
        Order o = shop.orders().create(Shop.draft(mug, 1));
        Order flagged = shop.orders().updateMemo(o.id(), "  call before delivery ", MemoFlag.RED);
        assertThat(flagged.memo()).isEqualTo("call before delivery");
        assertThat(shop.orders().find(o.id()).orElseThrow().memoFlag()).isEqualTo(MemoFlag.RED);
        // The memo is the seller's own note: the platform has no field for it, so nothing is queued.
        assertThat(shop.strings("SELECT operation FROM outbox WHERE entity_id = ? ORDER BY seq", o.id()))
                .containsExactly("create");
        assertThatThrownBy(() -> shop.orders().updateMemo(o.id(), "x".repeat(2001), MemoFlag.NONE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void availabilityShowsWhatOpenOrdersStillHaveToShip() {
        Order open = shop.orders().create(Shop.paid(Shop.draft(mug, 2)));
        Order gone = shipped(Shop.draft(mug, 3));

        SkuAvailability a = shop.orders().availability(List.of(mug, "unknown")).get(mug);
        assertThat(a.onHand()).isEqualTo(5);
        assertThat(a.available()).isEqualTo(5);
        assertThat(a.awaitingShipment()).isEqualTo(2);
        assertThat(shop.orders().availability(List.of("unknown"))).isEmpty();

        shop.orders().cancel(open.id(), "t");
        assertThat(shop.orders().availability(List.of(mug)).get(mug).awaitingShipment()).isZero();
        assertThat(shop.orders().availability(List.of(mug)).get(mug).onHand()).isEqualTo(7);
        assertThat(gone.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void previewTotalsUseTheCataloguePrice() {
        OrderDraft d = new OrderDraft(Shop.USD, Channel.STALL, null, null, null, List.of(OrderDraft.LineDraft.of(mug, 2),
                new OrderDraft.LineDraft(tee, "x", "", "")), "", "2", "10", null, false, "", null, false);
        OrderTotals t = shop.orders().previewTotals(d);
        assertThat(t.subtotal().minorUnits()).isEqualTo(2500);
        assertThat(t.tax().minorUnits()).isEqualTo(250);
        assertThat(t.total().minorUnits()).isEqualTo(2500 + 200 + 250);
    }

    @Test
    void anExistingCustomerIsUsedAndAMissingOneRefused() {
        Customer c = shop.customers().save(new CustomerInput(null, "Lee Jiwoo", "010 9999 0000", "", Address.EMPTY, ""));
        OrderDraft d = Shop.draft(mug, 1);
        OrderDraft forLee = new OrderDraft(d.currency(), d.channel(), c.id(), null, d.shippingAddress(), d.lines(), "", "",
                "", null, false, "", null, false);
        Order o = shop.orders().create(forLee);
        assertThat(o.customerId()).isEqualTo(c.id());
        assertThat(o.customerName()).isEqualTo("Lee Jiwoo");
        assertThat(shop.count("SELECT count(*) FROM customer")).isEqualTo(1);

        OrderDraft missing = new OrderDraft(d.currency(), d.channel(), "no-such-id", null, null, d.lines(), "", "", "", null,
                false, "", null, false);
        assertThatThrownBy(() -> shop.orders().create(missing)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customer"));

        OrderDraft badNew = new OrderDraft(d.currency(), d.channel(), null, new CustomerInput(null, "", "abc", "x@", null, ""),
                null, d.lines(), "", "", "", null, false, "", null, false);
        assertThatThrownBy(() -> shop.orders().create(badNew)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("customer.name", "customer.phone", "customer.email"));
    }

    @Test
    void anonymousSaleHasNoCustomer() {
        OrderDraft d = Shop.draft(mug, 1);
        Order o = shop.orders().create(new OrderDraft(d.currency(), Channel.STALL, null, null, null, d.lines(), "", "", "", PaymentMethod.CASH,
                true, "", null, false));
        assertThat(o.customerId()).isNull();
        assertThat(o.customerName()).isEmpty();
        assertThat(shop.count("SELECT count(*) FROM customer")).isZero();
    }

    private List<org.assertj.core.groups.Tuple> refusal(String orderId, RefundRequest request) {
        try {
            shop.orders().refund(orderId, request, "t");
        } catch (ValidationException e) {
            return e.errors().stream().map(err -> tuple(err.field(), err.messageKey())).toList();
        }
        throw new AssertionError("refund was not refused: " + request);
    }

    private Order shipped(OrderDraft draft) {
        Order o = shop.orders().create(Shop.paid(draft));
        shop.orders().transition(o.id(), OrderStatus.PACKED, "a");
        return shop.orders().transition(o.id(), OrderStatus.SHIPPED, "a");
    }

    /** A fresh one-mug order brought to {@code status} through the service. */
    private Order orderIn(OrderStatus status) {
        Order o = shop.orders().create(Shop.draft(mug, 1).withConfirmOversell(true));
        String id = o.id();
        return switch (status) {
            case PENDING_PAYMENT -> o;
            case PAID -> shop.orders().transition(id, OrderStatus.PAID, "t");
            case PACKED -> walk(id, OrderStatus.PAID, OrderStatus.PACKED);
            case SHIPPED -> walk(id, OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED);
            case DELIVERED -> walk(id, OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
            case CANCELLED -> shop.orders().cancel(id, "t");
            case PARTIALLY_REFUNDED -> {
                walk(id, OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED);
                yield shop.orders().refund(id, new RefundRequest("1.00", List.of(), false, ""), "t");
            }
            case REFUNDED -> {
                walk(id, OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED);
                yield shop.orders().refund(id, new RefundRequest("12.50", List.of(), false, ""), "t");
            }
        };
    }

    private Order walk(String id, OrderStatus... steps) {
        Order o = null;
        for (OrderStatus s : steps) {
            o = shop.orders().transition(id, s, "t");
        }
        return o;
    }
}
