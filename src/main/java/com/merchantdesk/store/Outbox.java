package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes the platform must see, queued in the same transaction as the change itself, and their way to the
 * platform ({@link OutboxState}). The sync engine pushes ready rows in {@code seq} order, each with its idempotency
 * key, so a retry never applies one twice. A row may wait for others ({@code outbox_wait}): an order for its new
 * customer, a stock adjustment for its SKU's product, a record's later change for its earlier ones. When a row
 * fails, the rows waiting on it (and on them) are blocked; rows that do not depend on it move on.
 *
 * <p>Every method runs on the caller's connection; the ones that change a row must run inside a
 * {@link Database#write}. Nothing here reads the wall clock: a retry delay is stored as a delay.
 */
public final class Outbox {

    /** The payload version of a wire type of docs/platform-api.yaml; 0 marks a record dump from before V7. */
    public static final int WIRE_PAYLOAD_VERSION = 1;

    public record Entry(long seq, String idempotencyKey, String entityType, String entityId, String operation,
                        String payload, int payloadVersion, Instant createdAt, OutboxState state, int attempts,
                        String lastError, Duration retryDelay) {
        public OutboxKey key() { return new OutboxKey(entityType, entityId); }
    }

    /**
     * A change to queue: {@code wireJson} is the request body of docs/platform-api.yaml (snake_case), made by the
     * feature that owns the record. {@code waitsFor}: the records whose open rows must be acknowledged first (the
     * record itself for a change after its create; its customer; its SKU's product).
     */
    public record Change(OutboxKey key, String operation, String wireJson, Instant at, List<OutboxKey> waitsFor) {
        public Change {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(wireJson, "wireJson");
            Objects.requireNonNull(at, "at");
            waitsFor = List.copyOf(waitsFor);
        }
    }

    /** The row a change was queued as. */
    public record Queued(long seq, String idempotencyKey, OutboxState state) {}

    private Outbox() {}

    /**
     * Queues a change in the wire format; must be called inside the {@link Database#write} that makes the change.
     * The row is blocked at once if a row it waits for has already failed.
     */
    public static Queued append(Connection c, Change change) throws SQLException {
        Set<Long> waits = new LinkedHashSet<>();
        for (OutboxKey k : change.waitsFor()) {
            Long open = lastOpenSeq(c, k);
            if (open != null) {
                waits.add(open);
            }
        }
        return insert(c, change.key(), change.operation(), change.wireJson(), WIRE_PAYLOAD_VERSION, change.at(), waits);
    }

    private static Queued insert(Connection c, OutboxKey key, String operation, String json, int version, Instant at,
                                 Set<Long> waits) throws SQLException {
        String idempotencyKey = Ids.newIdString();
        boolean blocked = false;
        for (long on : waits) {
            OutboxState s = stateOf(c, on);
            blocked |= s == OutboxState.FAILED || s == OutboxState.BLOCKED;
        }
        OutboxState state = blocked ? OutboxState.BLOCKED : OutboxState.QUEUED;
        long seq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox(idempotency_key, entity_type, entity_id, "
                + "operation, payload, payload_version, created_at, state) VALUES (?,?,?,?,?,?,?,?) RETURNING seq")) {
            ps.setString(1, idempotencyKey);
            ps.setString(2, key.entityType());
            ps.setString(3, key.entityId());
            ps.setString(4, operation);
            ps.setString(5, json);
            ps.setInt(6, version);
            ps.setLong(7, at.toEpochMilli());
            ps.setInt(8, state.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        if (!waits.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_wait(seq, on_seq) VALUES (?, ?)")) {
                for (long on : waits) {
                    ps.setLong(1, seq);
                    ps.setLong(2, on);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return new Queued(seq, idempotencyKey, state);
    }

    /**
     * Appends, in its order, every change a query yields as ({@code idempotency_key, entity_type, entity_id,
     * operation, payload, created_at}), payloads in the wire format: a bulk job's changes, prepared before its write
     * transaction, in one statement. Each row then waits for the earlier open rows of its own record and of the
     * records {@code waitsFor} names (a query of {@code (seq, entity_type, entity_id)}, or null), as
     * {@link #append(Connection, Change)} would. Must run inside the {@link Database#write} that makes the changes.
     * Returns how many.
     */
    public static int appendSelected(Connection c, String select, String waitsFor) throws SQLException {
        long before = lastSeq(c);
        int added;
        try (var st = c.createStatement()) {
            added = st.executeUpdate("INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, "
                    + "created_at, payload_version) SELECT *, " + WIRE_PAYLOAD_VERSION + " FROM (" + select + ")");
        }
        linkToOwnRecord(c, before);
        linkWaits(c, before, waitsFor);
        blockBehindFailures(c, before);
        return added;
    }

    /**
     * Makes every row after {@code afterSeq} wait for the latest earlier open row of its own record, and for the
     * extra records {@code waitsFor} names as {@code (seq, entity_type, entity_id)} rows of a query (or null).
     */
    public static void linkWaits(Connection c, long afterSeq, String waitsFor) throws SQLException {
        if (waitsFor == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO outbox_wait(seq, on_seq) "
                + "SELECT w.seq, (SELECT max(o.seq) FROM outbox o WHERE o.entity_type = w.entity_type "
                + "AND o.entity_id = w.entity_id AND o.state <> 2 AND o.seq < w.seq) AS on_seq "
                + "FROM (" + waitsFor + ") w WHERE w.seq > ? AND on_seq IS NOT NULL")) {
            ps.setLong(1, afterSeq);
            ps.executeUpdate();
        }
    }

    private static void linkToOwnRecord(Connection c, long afterSeq) throws SQLException {
        linkWaits(c, afterSeq, "SELECT seq, entity_type, entity_id FROM outbox");
    }

    /** Rows after {@code afterSeq} that wait on a failed or blocked row are blocked (repeated down the chains). */
    private static void blockBehindFailures(Connection c, long afterSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 4 WHERE seq > ? AND state = 0 "
                + "AND EXISTS (SELECT 1 FROM outbox_wait w JOIN outbox o ON o.seq = w.on_seq "
                + "WHERE w.seq = outbox.seq AND o.state IN (3, 4))")) {
            ps.setLong(1, afterSeq);
            while (ps.executeUpdate() > 0) {
                // Once more: a row blocked just now may hold up later ones.
            }
        }
    }

    /** The highest seq handed out so far (0 if none). */
    public static long lastSeq(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM outbox")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Rows the engine may send now: queued, waiting for nothing, oldest first. */
    public static List<Entry> ready(Connection c, int limit) throws SQLException {
        return select(c, "WHERE o.state = 0 AND NOT EXISTS (SELECT 1 FROM outbox_wait w WHERE w.seq = o.seq) "
                + "ORDER BY o.seq LIMIT ?", limit);
    }

    /** Changes not yet acknowledged by the platform (any state but acknowledged), oldest first. */
    public static List<Entry> pending(Connection c, int limit) throws SQLException {
        return select(c, "WHERE o.state <> 2 ORDER BY o.seq LIMIT ?", limit);
    }

    /** Rows in {@code state}, oldest first. */
    public static List<Entry> inState(Connection c, OutboxState state, int limit) throws SQLException {
        return select(c, "WHERE o.state = " + state.code() + " ORDER BY o.seq LIMIT ?", limit);
    }

    public static Entry find(Connection c, long seq) throws SQLException {
        List<Entry> found = select(c, "WHERE o.seq = ? LIMIT 1", seq);
        if (found.isEmpty()) {
            throw new StoreException("No outbox row " + seq);
        }
        return found.get(0);
    }

    private static List<Entry> select(Connection c, String where, long parameter) throws SQLException {
        List<Entry> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.seq, o.idempotency_key, o.entity_type, o.entity_id, "
                + "o.operation, o.payload, o.payload_version, o.created_at, o.state, o.attempts, o.last_error, "
                + "o.retry_delay_ms FROM outbox o " + where)) {
            ps.setLong(1, parameter);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long delay = rs.getLong(12);
                    Duration retryDelay = rs.wasNull() ? null : Duration.ofMillis(delay);
                    result.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), Instant.ofEpochMilli(rs.getLong(8)),
                            OutboxState.of(rs.getInt(9)), rs.getInt(10), rs.getString(11), retryDelay));
                }
            }
        }
        return result;
    }

    /** Queued → sending, just before its request goes out. */
    public static void markSending(Connection c, long seq) throws SQLException {
        move(c, seq, OutboxState.QUEUED, OutboxState.SENDING);
    }

    /**
     * Sending → acknowledged: the platform has it. The rows waiting only on acknowledged rows are ready again;
     * blocked ones whose other waits are not failed are queued again.
     */
    public static void acknowledge(Connection c, long seq, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 2, sent_at = ?, retry_delay_ms = NULL, "
                + "last_error = NULL WHERE seq = ? AND state IN (0, 1)")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, seq);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Outbox row " + seq + " is " + stateOf(c, seq) + ", not being sent");
            }
        }
        List<Long> waiting = waitingOn(c, seq);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_wait WHERE on_seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
        releaseBlocked(c, waiting);
    }

    /**
     * The row could not be sent or was rejected: failed, with the attempt counted and the error kept. With a
     * {@code retryDelay} the failure is transient (the engine tries again after the delay, or at once after a
     * restart); without one the platform refused it for good and it stays failed until the seller acts. Every row
     * that waits on it, directly or through others, is blocked; the rest move on.
     */
    public static void fail(Connection c, long seq, String error, Duration retryDelay) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 3, attempts = attempts + 1, "
                + "last_error = ?, retry_delay_ms = ? WHERE seq = ? AND state IN (0, 1)")) {
            ps.setString(1, error);
            if (retryDelay == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setLong(2, retryDelay.toMillis());
            }
            ps.setLong(3, seq);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Outbox row " + seq + " is " + stateOf(c, seq) + ", not being sent");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE dependent(seq) AS ("
                + "SELECT seq FROM outbox_wait WHERE on_seq = ? "
                + "UNION SELECT w.seq FROM outbox_wait w JOIN dependent d ON w.on_seq = d.seq) "
                + "UPDATE outbox SET state = 4 WHERE state = 0 AND seq IN (SELECT seq FROM dependent)")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    /**
     * Failed → queued: its delay has passed, the engine started again, or the seller asked to try it again. Rows
     * blocked by it are queued again too (they still wait for it to be acknowledged).
     */
    public static void retry(Connection c, long seq) throws SQLException {
        move(c, seq, OutboxState.FAILED, OutboxState.QUEUED);
        List<Long> dependents = dependentSeqs(c, seq);
        releaseBlocked(c, dependents);
    }

    /**
     * Sending → queued without counting an attempt: the request was not judged (the token was refused, the run
     * stopped). It goes again with the same idempotency key.
     */
    public static void requeue(Connection c, long seq) throws SQLException {
        move(c, seq, OutboxState.SENDING, OutboxState.QUEUED);
    }

    /**
     * The rows that would go with {@code seq} if it were discarded: those that wait on it, directly or through
     * others (a payment after the order's create, a SKU after its product), oldest first. Read before discarding
     * so the seller is told what discarding means for the record.
     */
    public static List<Entry> dependents(Connection c, long seq) throws SQLException {
        List<Entry> result = new ArrayList<>();
        for (long s : dependentSeqs(c, seq)) {
            result.add(find(c, s));
        }
        return result;
    }

    /**
     * Drops a row that is not being sent, and every row that depends on it ({@link #dependents}): the change will
     * never reach the platform. Returns how many rows went. Only the seller decides this (or the engine when a
     * 412 turned the change into a conflict record, which then carries the desk's value).
     */
    public static int discard(Connection c, long seq) throws SQLException {
        OutboxState state = stateOf(c, seq);
        if (state == OutboxState.SENDING || state == OutboxState.ACKNOWLEDGED) {
            throw new IllegalStateException("Outbox row " + seq + " is " + state + "; only an unsent row can be discarded");
        }
        List<Long> seqs = new ArrayList<>(dependentSeqs(c, seq));
        seqs.add(0, seq);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            for (long s : seqs) {
                ps.setLong(1, s);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return seqs.size();
    }

    /**
     * Closes a row that will not be sent, without dropping what waits on it: the platform refused it as stale (412)
     * and the conflict record now carries the desk's value, or the platform already has what it carries (a product
     * linked to the platform's at the first connection). The row is deleted; the rows waiting on it (later changes
     * of the same record) go on.
     */
    public static void close(Connection c, long seq) throws SQLException {
        List<Long> waiting = waitingOn(c, seq);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ? AND state <> 2")) {
            ps.setLong(1, seq);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Outbox row " + seq + " is " + stateOf(c, seq) + ", not open");
            }
        }
        releaseBlocked(c, waiting);
    }

    private static List<Long> dependentSeqs(Connection c, long seq) throws SQLException {
        List<Long> dependents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE dependent(seq) AS ("
                + "SELECT seq FROM outbox_wait WHERE on_seq = ? "
                + "UNION SELECT w.seq FROM outbox_wait w JOIN dependent d ON w.on_seq = d.seq) "
                + "SELECT seq FROM dependent ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dependents.add(rs.getLong(1));
                }
            }
        }
        return dependents;
    }

    /**
     * After the desk starts again: rows left sending go back to queued (their request may or may not have
     * reached the platform; the same idempotency key makes sending again safe). Returns the transiently failed
     * rows, which the engine tries once at once whatever their delay was.
     */
    public static List<Entry> afterRestart(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate("UPDATE outbox SET state = 0 WHERE state = 1");
        }
        return select(c, "WHERE o.state = 3 AND o.retry_delay_ms IS NOT NULL ORDER BY o.seq LIMIT ?", Long.MAX_VALUE);
    }

    /** Deletes acknowledged rows acknowledged before {@code before} (the retention); returns how many. */
    public static int prune(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM outbox WHERE state = 2 AND sent_at < ? AND seq NOT IN (SELECT on_seq FROM outbox_wait)")) {
            ps.setLong(1, before.toEpochMilli());
            return ps.executeUpdate();
        }
    }

    public static long pendingCount(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM outbox WHERE state <> 2")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** How many rows are in each state (acknowledged ones until pruned). */
    public static Map<OutboxState, Long> counts(Connection c) throws SQLException {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT state, count(*) FROM outbox GROUP BY state")) {
            while (rs.next()) {
                counts.put(OutboxState.of(rs.getInt(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    /** The seqs that wait on {@code seq}. */
    public static List<Long> waitingOn(Connection c, long seq) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM outbox_wait WHERE on_seq = ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    /** The latest row of the record not yet acknowledged, or null. */
    private static Long lastOpenSeq(Connection c, OutboxKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(seq) FROM outbox "
                + "WHERE entity_type = ? AND entity_id = ? AND state IN (0, 1, 3, 4)")) {
            ps.setString(1, key.entityType());
            ps.setString(2, key.entityId());
            try (ResultSet rs = ps.executeQuery()) {
                long seq = rs.next() ? rs.getLong(1) : 0;
                return seq == 0 ? null : seq;
            }
        }
    }

    private static OutboxState stateOf(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM outbox WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("No outbox row " + seq);
                }
                return OutboxState.of(rs.getInt(1));
            }
        }
    }

    private static void move(Connection c, long seq, OutboxState from, OutboxState to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ? WHERE seq = ? AND state = ?")) {
            ps.setInt(1, to.code());
            ps.setLong(2, seq);
            ps.setInt(3, from.code());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Outbox row " + seq + " is " + stateOf(c, seq) + ", not " + from);
            }
        }
    }

    /** Blocked rows among {@code seqs} whose remaining waits are on no failed or blocked row go back to queued. */
    private static void releaseBlocked(Connection c, List<Long> seqs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 0 WHERE seq = ? AND state = 4 "
                + "AND NOT EXISTS (SELECT 1 FROM outbox_wait w JOIN outbox o ON o.seq = w.on_seq "
                + "WHERE w.seq = ? AND o.state IN (3, 4))")) {
            for (long s : seqs) {
                ps.setLong(1, s);
                ps.setLong(2, s);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
