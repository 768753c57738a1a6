package com.merchantdesk.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.client.Backoff;
import com.merchantdesk.store.CrashPoints;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Sends the outbox in order (brief, "Sync rules"). A row is marked sending in one transaction, its request goes
 * out with the row's idempotency key, and the platform's answer is recorded in the next transaction, which is the
 * only place a row becomes acknowledged. Consecutive order and stock-adjustment creates go in batches (answered
 * per item). Nothing here sleeps: a transient failure ends the round with the delay the engine must wait.
 */
public final class Pusher {

    /** Creates per batch request: large enough to amortise a request, small enough for the body limit. */
    public static final int BATCH_SIZE = 100;

    private final Database db;
    private final PlatformClient client;
    private final Acknowledgements acknowledgements;
    private final Backoff backoff;
    private final Clock clock;

    public Pusher(Database db, PlatformClient client, Acknowledgements acknowledgements, Backoff backoff, Clock clock) {
        this.db = db;
        this.client = client;
        this.acknowledgements = acknowledgements;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Sends ready rows until none is ready, the token is refused, the platform asks to wait, or {@code stop}. */
    public PushResult pushReady(BooleanSupplier stop) {
        int acknowledged = 0;
        int failed = 0;
        int conflicts = 0;
        while (true) {
            if (stop.getAsBoolean()) {
                return new PushResult(acknowledged, failed, conflicts, PushResult.Stop.STOPPED, Duration.ZERO, null);
            }
            Unit unit = db.write(this::nextUnit);
            if (unit == null) {
                return new PushResult(acknowledged, failed, conflicts, PushResult.Stop.NOTHING_READY, Duration.ZERO, null);
            }
            CrashPoints.reached(CrashPoints.PUSH_MARKED_SENDING);
            Outcome outcome = send(unit);
            acknowledged += outcome.acknowledged;
            failed += outcome.failed;
            conflicts += outcome.conflicts;
            if (outcome.stop != null) {
                return new PushResult(acknowledged, failed, conflicts, outcome.stop, outcome.delay, outcome.error);
            }
        }
    }

    /** The next request: a row, or a run of batchable creates; its rows are marked sending. */
    private Unit nextUnit(Connection c) throws SQLException {
        List<Outbox.Entry> ready = Outbox.ready(c, BATCH_SIZE);
        while (!ready.isEmpty()) {
            Outbox.Entry first = ready.get(0);
            Optional<OutboxRoute> route = OutboxRoute.of(first);
            if (route.isEmpty() || first.payloadVersion() != Outbox.WIRE_PAYLOAD_VERSION) {
                Outbox.markSending(c, first.seq());
                Outbox.fail(c, first.seq(), route.isEmpty()
                        ? "The desk has no request for " + first.entityType() + " " + first.operation()
                        : "Queued by a version of Merchant Desk before sync (payload version " + first.payloadVersion()
                                + "); save the record again to queue it in the platform's format", null);
                ready = Outbox.ready(c, BATCH_SIZE);
                continue;
            }
            List<Outbox.Entry> rows = new ArrayList<>();
            rows.add(first);
            if (route.get().batchPath() != null) {
                for (int i = 1; i < ready.size(); i++) {
                    Outbox.Entry next = ready.get(i);
                    if (!next.entityType().equals(first.entityType()) || !next.operation().equals(first.operation())
                            || next.payloadVersion() != Outbox.WIRE_PAYLOAD_VERSION) {
                        break;
                    }
                    rows.add(next);
                }
            }
            String body;
            try {
                body = route.get().hasBody() && rows.size() == 1 ? WirePayloads.body(c, first) : null;
            } catch (IllegalStateException e) {
                Outbox.markSending(c, first.seq());
                Outbox.fail(c, first.seq(), e.getMessage(), null);
                ready = Outbox.ready(c, BATCH_SIZE);
                continue;
            }
            if (route.get().hasBody() && rows.size() == 1 && body == null) {
                // Every field of this patch is held in a conflict: the conflict carries the desk's values.
                Outbox.markSending(c, first.seq());
                Outbox.close(c, first.seq());
                ready = Outbox.ready(c, BATCH_SIZE);
                continue;
            }
            for (Outbox.Entry row : rows) {
                Outbox.markSending(c, row.seq());
            }
            if (rows.size() == 1) {
                return new Unit(rows, route.get().method(), route.get().path(), first.idempotencyKey(), body);
            }
            return new Unit(rows, "POST", route.get().batchPath(), batchKey(rows), batchBody(rows));
        }
        return null;
    }

    private Outcome send(Unit unit) {
        PlatformResponse response;
        try {
            response = client.send(unit.method, unit.path, unit.key, unit.body);
        } catch (PlatformUnreachable e) {
            Duration delay = backoff.after(unit.rows.get(0).attempts() + 1, null);
            db.write(c -> {
                for (Outbox.Entry row : unit.rows) {
                    Outbox.fail(c, row.seq(), e.getMessage(), delay);
                }
                return null;
            });
            return Outcome.stop(0, unit.rows.size(), PushResult.Stop.PLATFORM_BUSY, delay, e.getMessage());
        }
        CrashPoints.reached(CrashPoints.PUSH_ANSWERED);
        return db.write(c -> unit.rows.size() > 1 || unit.path.endsWith("/batch")
                ? recordBatch(c, unit, response) : recordSingle(c, unit.rows.get(0), response));
    }

    private Outcome recordSingle(Connection c, Outbox.Entry row, PlatformResponse response) throws SQLException {
        switch (response.kind()) {
            case OK -> {
                Outbox.acknowledge(c, row.seq(), clock.instant());
                acknowledgements.record(c, row, response.json());
                return Outcome.go(1, 0, 0);
            }
            case STALE -> {
                Problem problem = response.problem().orElse(null);
                acknowledgements.stale(c, row, problem == null ? null : problem.current(),
                        problem == null || problem.conflictingFields() == null ? List.of() : problem.conflictingFields(),
                        clock.instant());
                Outbox.close(c, row.seq());
                return Outcome.go(0, 0, 1);
            }
            case TOKEN_REFUSED -> {
                Outbox.requeue(c, row.seq());
                return Outcome.stop(0, 0, PushResult.Stop.TOKEN_REFUSED, Duration.ZERO, response.describe());
            }
            case TRANSIENT, CURSOR_EXPIRED -> {
                Duration delay = backoff.after(row.attempts() + 1, response.retryAfter());
                Outbox.fail(c, row.seq(), response.describe(), delay);
                return Outcome.stop(0, 1, PushResult.Stop.PLATFORM_BUSY, delay, response.describe());
            }
            default -> {
                Outbox.fail(c, row.seq(), response.describe(), null);
                return Outcome.go(0, 1, 0);
            }
        }
    }

    private Outcome recordBatch(Connection c, Unit unit, PlatformResponse response) throws SQLException {
        if (response.kind() != PlatformResponse.Kind.OK) {
            // The whole batch was answered at once (401, 429, 5xx, a bad batch): each row as a single would be.
            int acknowledged = 0;
            int failed = 0;
            Outcome stopped = null;
            for (Outbox.Entry row : unit.rows) {
                Outcome one = recordSingle(c, row, response);
                acknowledged += one.acknowledged;
                failed += one.failed;
                if (one.stop != null && stopped == null) {
                    stopped = one;
                }
            }
            return stopped == null ? Outcome.go(acknowledged, failed, 0)
                    : Outcome.stop(acknowledged, failed, stopped.stop, stopped.delay, stopped.error);
        }
        JsonNode results = response.json().path("results");
        int acknowledged = 0;
        int failed = 0;
        Outcome busy = null;
        for (int i = 0; i < unit.rows.size(); i++) {
            Outbox.Entry row = unit.rows.get(i);
            JsonNode item = results.path(i);
            int status = item.path("status").asInt(0);
            if (status >= 200 && status < 300) {
                Outbox.acknowledge(c, row.seq(), clock.instant());
                acknowledgements.record(c, row, item.path("record"));
                acknowledged++;
                continue;
            }
            PlatformResponse single = new PlatformResponse(unit.method, unit.path + "[" + i + "]", status == 0 ? 500 : status,
                    item.path("problem").isMissingNode() ? "" : item.path("problem").toString(), response.retryAfter());
            Outcome one = recordSingle(c, row, single);
            failed += one.failed;
            if (one.stop == PushResult.Stop.PLATFORM_BUSY && busy == null) {
                busy = one;
            }
        }
        return busy == null ? Outcome.go(acknowledged, failed, 0)
                : Outcome.stop(acknowledged, failed, busy.stop, busy.delay, busy.error);
    }

    private static String batchKey(List<Outbox.Entry> rows) {
        StringBuilder keys = new StringBuilder("batch");
        for (Outbox.Entry row : rows) {
            keys.append('/').append(row.idempotencyKey());
        }
        return UUID.nameUUIDFromBytes(keys.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String batchBody(List<Outbox.Entry> rows) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        for (Outbox.Entry row : rows) {
            items.add(WirePayloads.tree(row.payload()));
        }
        return body.toString();
    }

    private record Unit(List<Outbox.Entry> rows, String method, String path, String key, String body) {}

    private record Outcome(int acknowledged, int failed, int conflicts, PushResult.Stop stop, Duration delay, String error) {
        static Outcome go(int acknowledged, int failed, int conflicts) {
            return new Outcome(acknowledged, failed, conflicts, null, Duration.ZERO, null);
        }

        static Outcome stop(int acknowledged, int failed, PushResult.Stop stop, Duration wait, String error) {
            return new Outcome(acknowledged, failed, 0, stop, wait, error);
        }
    }
}
