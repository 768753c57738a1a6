package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.WireRequests;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StockAdjustment} rules, the {@link StockLedger} write path and {@link StockService}. */
class StockTest {

    private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir Path temp;
    private final SettableClock clock = new SettableClock(START);
    private final StockLedger ledger = new StockLedger();
    private AppContext app;
    private String skuId;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp), clock);
        Product p = app.catalog().save(CatalogServiceTest.tshirt("TS", ""), Currency.getInstance("USD"));
        skuId = p.skus().get(0).id();
    }

    @AfterEach
    void close() { app.close(); }

    // --- StockAdjustment ---

    @Test
    void adjustmentQuantityRulesPerKind() {
        assertThat(key(() -> new StockAdjustment("s", MovementKind.COUNTED, -1, "", "", ""))).isEqualTo("validation.notNegative");
        assertThat(new StockAdjustment("s", MovementKind.COUNTED, 0, "", "", "").quantity()).isZero();
        assertThat(key(() -> new StockAdjustment("s", MovementKind.RECEIVED, 0, "", "", ""))).isEqualTo("validation.positive");
        assertThat(key(() -> new StockAdjustment("s", MovementKind.RECEIVED, -2, "", "", ""))).isEqualTo("validation.positive");
        assertThat(key(() -> new StockAdjustment("s", MovementKind.DAMAGED, 0, "", "", ""))).isEqualTo("validation.positive");
        assertThat(key(() -> new StockAdjustment("s", MovementKind.ADJUSTED, 0, "", "", ""))).isEqualTo("validation.nonZero");
        assertThat(new StockAdjustment("s", MovementKind.ADJUSTED, -4, "", "", "").quantity()).isEqualTo(-4);
    }

    @Test
    void onlyManualKindsCanBeAdjustedByHand() {
        for (MovementKind kind : new MovementKind[] {MovementKind.SOLD, MovementKind.RETURNED, MovementKind.SYNCED, null}) {
            assertThat(key(() -> new StockAdjustment("s", kind, 1, "", "", ""))).as(String.valueOf(kind)).isEqualTo("validation.stock.kind");
        }
        assertThat(MovementKind.MANUAL).containsExactly(MovementKind.RECEIVED, MovementKind.COUNTED, MovementKind.DAMAGED,
                MovementKind.ADJUSTED);
    }

    @Test
    void deltaFollowsTheKind() {
        assertThat(new StockAdjustment("s", MovementKind.COUNTED, 7, "", "", "").deltaFrom(10)).isEqualTo(-3);
        assertThat(new StockAdjustment("s", MovementKind.COUNTED, 12, "", "", "").deltaFrom(10)).isEqualTo(2);
        assertThat(new StockAdjustment("s", MovementKind.RECEIVED, 5, "", "", "").deltaFrom(10)).isEqualTo(5);
        assertThat(new StockAdjustment("s", MovementKind.DAMAGED, 2, "", "", "").deltaFrom(10)).isEqualTo(-2);
        assertThat(new StockAdjustment("s", MovementKind.ADJUSTED, -3, "", "", "").deltaFrom(10)).isEqualTo(-3);
    }

    // --- StockLedger ---

    @Test
    void everyMovementUpdatesTheLevelAndQueuesOneOutboxRow() {
        long outboxBefore = pendingCount();
        StockMovement first = app.database().write(c -> ledger.record(c, skuId, MovementKind.RECEIVED, 10, " delivery ", "box 1", "PO-1", START));
        StockMovement second = app.database().write(c -> ledger.record(c, skuId, MovementKind.SOLD, -4, "", null, "ORD-9", START.plusSeconds(60)));

        assertThat(first.onHandAfter()).isEqualTo(10);
        assertThat(first.reason()).isEqualTo("delivery");
        assertThat(second.onHandAfter()).isEqualTo(6);
        assertThat(second.note()).isEmpty();
        assertThat(app.stock().onHand(skuId)).isEqualTo(6);
        assertThat(app.stock().history(skuId, 10)).containsExactly(second, first);

        // Only the delivery travels as an adjustment: a sale moves stock through its order (brief).
        List<Outbox.Entry> rows = app.database().read(c -> Outbox.pending(c, 100));
        assertThat(rows).hasSize((int) outboxBefore + 1);
        Outbox.Entry last = rows.get(rows.size() - 1);
        assertThat(last.entityType()).isEqualTo(StockLedger.OUTBOX_ENTITY);
        assertThat(last.entityId()).isEqualTo(first.id());
        assertThat(last.operation()).isEqualTo("create");
        assertThat(last.payloadVersion()).isEqualTo(Outbox.WIRE_PAYLOAD_VERSION);
        assertThat(last.createdAt()).isEqualTo(START);
        WireRequests.assertAccepted("POST", "/v1/stock/adjustments", last.payload());
        JsonNode payload = json(last.payload());
        assertThat(payload.get("id").asText()).isEqualTo(first.id());
        assertThat(payload.get("sku_id").asText()).isEqualTo(skuId);
        assertThat(payload.get("reason").asText()).isEqualTo("received");
        assertThat(payload.get("delta").asLong()).as("stock travels as a delta").isEqualTo(10);
        assertThat(payload.get("note").asText()).isEqualTo("delivery: box 1");
        assertThat(payload.get("at").asText()).isEqualTo("2026-04-01T09:00:00Z");
        assertThat(payload.has("on_hand")).as("never an absolute number").isFalse();
        // It goes after its product's create, still queued.
        List<Long> waiting = app.database().read(c -> Outbox.waitingOn(c, rows.get(0).seq()));
        assertThat(waiting).contains(last.seq());
    }

    @Test
    void historyIsNewestFirstAndKeepsTheOrderOfMovementsAtTheSameInstant() {
        for (int i = 1; i <= 5; i++) {
            long delta = i;
            app.database().write(c -> ledger.record(c, skuId, MovementKind.RECEIVED, delta, "", "", "", START));
        }
        List<StockMovement> history = app.stock().history(skuId, 3);
        assertThat(history).extracting(StockMovement::delta).containsExactly(5L, 4L, 3L);
        assertThat(history).extracting(StockMovement::onHandAfter).containsExactly(15L, 10L, 6L);
    }

    @Test
    void ledgerRecordsOversellingBelowZeroForTheSellerToSee() {
        StockMovement sold = app.database().write(c -> ledger.record(c, skuId, MovementKind.SOLD, -2, "", "", "ORD-1", START));
        assertThat(sold.onHandAfter()).isEqualTo(-2);
        assertThat(app.catalog().findSku(skuId).orElseThrow().onHand()).isEqualTo(-2);
    }

    @Test
    void unknownSkuWritesNothing() {
        long before = pendingCount();
        assertThatThrownBy(() -> app.database().write(c -> ledger.record(c, "no-such-sku", MovementKind.RECEIVED, 1, "", "", "", START)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no-such-sku");
        assertThatThrownBy(() -> app.stock().adjust(new StockAdjustment("no-such-sku", MovementKind.RECEIVED, 1, "", "", "")))
                .isInstanceOf(StoreException.class);
        assertThat(pendingCount()).isEqualTo(before);
    }

    @Test
    void movementAndOutboxRowAreRolledBackWithTheirTransaction() {
        long before = pendingCount();
        assertThatThrownBy(() -> app.database().write(c -> {
            ledger.record(c, skuId, MovementKind.RECEIVED, 10, "", "", "", START);
            throw new IllegalStateException("import cancelled");
        })).hasMessage("import cancelled");
        assertThat(app.stock().onHand(skuId)).isZero();
        assertThat(app.stock().history(skuId, 10)).isEmpty();
        assertThat(pendingCount()).isEqualTo(before);
    }

    // --- StockService ---

    @Test
    void adjustUsesTheClockAndTheKindsDelta() {
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 10, "delivery", "", "PO-1"));
        clock.advance(Duration.ofMinutes(5));
        StockMovement counted = app.stock().adjust(new StockAdjustment(skuId, MovementKind.COUNTED, 8, "count", "", ""));
        assertThat(counted.delta()).isEqualTo(-2);
        assertThat(counted.onHandAfter()).isEqualTo(8);
        assertThat(counted.occurredAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void countThatMatchesMakesNoMovementAndNoOutboxRow() {
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 4, "", "", ""));
        long before = pendingCount();
        StockMovement same = app.stock().adjust(new StockAdjustment(skuId, MovementKind.COUNTED, 4, "", "", ""));
        assertThat(same.delta()).isZero();
        assertThat(same.onHandAfter()).isEqualTo(4);
        assertThat(app.stock().history(skuId, 10)).hasSize(1);
        assertThat(pendingCount()).isEqualTo(before);
    }

    @Test
    void manualChangesNeverTakeStockBelowZero() {
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 3, "", "", ""));
        long before = pendingCount();
        for (StockAdjustment tooMuch : List.of(
                new StockAdjustment(skuId, MovementKind.DAMAGED, 4, "", "", ""),
                new StockAdjustment(skuId, MovementKind.ADJUSTED, -4, "", "", ""))) {
            assertThatThrownBy(() -> app.stock().adjust(tooMuch)).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.errors()).containsExactly(FieldError.of("quantity", "validation.stock.belowZero", 3L)));
        }
        assertThat(app.stock().onHand(skuId)).isEqualTo(3);
        assertThat(pendingCount()).isEqualTo(before);
        assertThat(app.stock().adjust(new StockAdjustment(skuId, MovementKind.DAMAGED, 3, "", "", "")).onHandAfter()).isZero();
    }

    private long pendingCount() {
        return app.database().read(Outbox::pendingCount);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    private static String key(Runnable make) {
        try {
            make.run();
        } catch (ValidationException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0).messageKey();
        }
        throw new AssertionError("no ValidationException");
    }
}
