package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox's way to the platform: queued, sending, acknowledged, failed, blocked; waits; restart; pruning. */
class OutboxStatesTest {

    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");
    private static final OutboxKey CUSTOMER = new OutboxKey("customer", "c-1");
    private static final OutboxKey PRODUCT = new OutboxKey("product", "p-1");
    private static final OutboxKey ORDER = new OutboxKey("order", "o-1");
    private static final OutboxKey OTHER_ORDER = new OutboxKey("order", "o-2");

    @TempDir Path temp;
    private Database db;

    @BeforeEach
    void open() { db = Database.open(temp.resolve("outbox.db")); }

    @AfterEach
    void close() { db.close(); }

    private Outbox.Queued queue(OutboxKey key, String op, OutboxKey... waits) {
        return db.write(c -> Outbox.append(c, new Outbox.Change(key, op, "{}", T, List.of(waits))));
    }

    private List<Long> ready() {
        return db.read(c -> Outbox.ready(c, 100)).stream().map(Outbox.Entry::seq).toList();
    }

    private List<Long> waitingOn(long seq) {
        List<Long> waiting = db.read(c -> Outbox.waitingOn(c, seq));
        return waiting;
    }

    private Outbox.Entry entry(long seq) {
        Outbox.Entry e = db.read(c -> Outbox.find(c, seq));
        return e;
    }

    private OutboxState state(long seq) { return db.read(c -> Outbox.find(c, seq)).state(); }

    private void send(long seq) { db.write(c -> { Outbox.markSending(c, seq); return null; }); }

    private void ack(long seq) { db.write(c -> { Outbox.acknowledge(c, seq, T); return null; }); }

    private void fail(long seq, Duration delay) { db.write(c -> { Outbox.fail(c, seq, "HTTP 503", delay); return null; }); }

    @Test
    void anOrderWaitsForItsNewCustomerAndGoesOnceTheCustomerIsAcknowledged() {
        long customer = queue(CUSTOMER, "create").seq();
        long order = queue(ORDER, "create", CUSTOMER).seq();
        long other = queue(OTHER_ORDER, "create").seq();

        assertThat(ready()).containsExactly(customer, other);
        send(customer);
        assertThat(state(customer)).isEqualTo(OutboxState.SENDING);
        assertThat(ready()).containsExactly(other);
        ack(customer);
        assertThat(state(customer)).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(ready()).containsExactly(order, other);
        assertThat(db.read(Outbox::pendingCount)).isEqualTo(2);
    }

    @Test
    void aRecordsLaterChangeWaitsForItsCreateAndAWaitOnAnAcknowledgedRowIsNone() {
        long create = queue(CUSTOMER, "create").seq();
        long patch = queue(CUSTOMER, "patch", CUSTOMER).seq();
        assertThat(ready()).containsExactly(create);
        send(create);
        ack(create);
        long second = queue(CUSTOMER, "patch", CUSTOMER).seq();
        // The second patch waits for the first (still open), not for the acknowledged create.
        assertThat(ready()).containsExactly(patch);
        assertThat(waitingOn(patch)).containsExactly(second);
    }

    @Test
    void aPermanentFailureBlocksWhatDependsOnItAndIndependentRowsMoveOn() {
        long product = queue(PRODUCT, "create").seq();
        long adjustment = queue(new OutboxKey("stock_adjustment", "m-1"), "create", PRODUCT).seq();
        long order = queue(ORDER, "create", PRODUCT).seq();
        long orderPaid = queue(ORDER, "payment", ORDER).seq();
        long other = queue(OTHER_ORDER, "create").seq();

        send(product);
        fail(product, null);

        Outbox.Entry failed = entry(product);
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("HTTP 503");
        assertThat(failed.retryDelay()).as("rejected for good: no next try").isNull();
        assertThat(List.of(state(adjustment), state(order), state(orderPaid)))
                .as("directly and through the order's create").containsOnly(OutboxState.BLOCKED);
        assertThat(ready()).containsExactly(other);
        // A change queued now behind a failed row is blocked from the start.
        Outbox.Queued late = queue(new OutboxKey("stock_adjustment", "m-2"), "create", PRODUCT);
        assertThat(late.state()).isEqualTo(OutboxState.BLOCKED);

        // The seller fixes the product and tries again: the blocked rows are queued, and go once it is through.
        db.write(c -> { Outbox.retry(c, product); return null; });
        assertThat(List.of(state(adjustment), state(order), state(orderPaid), state(late.seq())))
                .containsOnly(OutboxState.QUEUED);
        assertThat(ready()).containsExactly(product, other);
        send(product);
        ack(product);
        assertThat(ready()).containsExactly(adjustment, order, other, late.seq());
    }

    @Test
    void aTransientFailureKeepsItsDelayAsADelayAndARestartTriesItOnceAtOnce() {
        long customer = queue(CUSTOMER, "create").seq();
        long order = queue(ORDER, "create", CUSTOMER).seq();
        long other = queue(OTHER_ORDER, "create").seq();
        send(customer);
        fail(customer, Duration.ofSeconds(30));
        send(other);

        Outbox.Entry failed = entry(customer);
        assertThat(failed.retryDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(state(order)).isEqualTo(OutboxState.BLOCKED);

        // The desk stops here and starts again: the row left sending is queued again (same key), and the
        // transiently failed one is handed back to be tried at once.
        List<Outbox.Entry> due = db.write(Outbox::afterRestart);
        assertThat(due).extracting(Outbox.Entry::seq).containsExactly(customer);
        assertThat(state(other)).isEqualTo(OutboxState.QUEUED);
        db.write(c -> { Outbox.retry(c, customer); return null; });
        assertThat(ready()).containsExactly(customer, other);
        send(customer);
        ack(customer);
        assertThat(ready()).containsExactly(order, other);
        assertThat(entry(customer).attempts()).isEqualTo(1);
    }

    @Test
    void stateChangesOutOfTurnAreRefusedAndChangeNothing() {
        long customer = queue(CUSTOMER, "create").seq();
        assertThatThrownBy(() -> db.write(c -> { Outbox.retry(c, customer); return null; }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUEUED");
        send(customer);
        ack(customer);
        assertThatThrownBy(() -> fail(customer, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACKNOWLEDGED");
        assertThatThrownBy(() -> send(customer)).isInstanceOf(IllegalStateException.class);
        assertThat(state(customer)).isEqualTo(OutboxState.ACKNOWLEDGED);
    }

    @Test
    void acknowledgedRowsArePrunedAfterTheRetentionAndOpenOnesNever() {
        long old = queue(CUSTOMER, "create").seq();
        long open = queue(ORDER, "create").seq();
        send(old);
        ack(old);
        int atT = db.write(c -> Outbox.prune(c, T));
        assertThat(atT).as("acknowledged at T, not before it").isZero();
        int after = db.write(c -> Outbox.prune(c, T.plusSeconds(1)));
        assertThat(after).isEqualTo(1);
        List<Outbox.Entry> pending = db.read(c -> Outbox.pending(c, 10));
        assertThat(pending).extracting(Outbox.Entry::seq).containsExactly(open);
        java.util.Map<OutboxState, Long> counts = db.read(Outbox::counts);
        assertThat(counts).containsEntry(OutboxState.QUEUED, 1L).containsEntry(OutboxState.ACKNOWLEDGED, 0L);
    }

    @Test
    void discardingAChangeTakesWhatWaitsOnItAndNothingElse() {
        long customer = queue(CUSTOMER, "create").seq();
        long order = queue(ORDER, "create", CUSTOMER).seq();
        long payment = queue(ORDER, "payment", ORDER).seq();
        long other = queue(OTHER_ORDER, "create").seq();

        List<Outbox.Entry> dependents = db.read(c -> Outbox.dependents(c, customer));
        assertThat(dependents).extracting(Outbox.Entry::seq).containsExactly(order, payment);
        int discarded = db.write(c -> Outbox.discard(c, customer));
        assertThat(discarded).isEqualTo(3);

        List<Outbox.Entry> left = db.read(c -> Outbox.pending(c, 100));
        assertThat(left).extracting(Outbox.Entry::seq).containsExactly(other);
        send(other);
        assertThatThrownBy(() -> db.write(c -> Outbox.discard(c, other))).as("a row being sent stays")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAChangeLetsWhatWaitsOnItGoAndRequeueingCountsNoAttempt() {
        long create = queue(PRODUCT, "create").seq();
        long patch = queue(PRODUCT, "patch", PRODUCT).seq();
        fail(create, null);
        assertThat(state(patch)).isEqualTo(OutboxState.BLOCKED);

        db.write(c -> { Outbox.close(c, create); return null; });

        assertThat(state(patch)).isEqualTo(OutboxState.QUEUED);
        assertThat(ready()).containsExactly(patch);
        send(patch);
        db.write(c -> { Outbox.requeue(c, patch); return null; });
        assertThat(entry(patch).state()).isEqualTo(OutboxState.QUEUED);
        assertThat(entry(patch).attempts()).isZero();
    }
}
