package com.merchantdesk.shipping.pool;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


/**
 * Each carrier's tracking numbers allocated in advance, so parcels can be labelled with no network. A number is
 * handed out once, in the order it was imported; a void number (a spoilt label) is never handed out again.
 * Imports are all or nothing: one bad number refuses the whole file. Blocking: never on the JavaFX thread.
 *
 * <p>Handing out happens inside the caller's write transaction ({@link #take}); writers take turns on the
 * database's write lock, so two batches at once (threads or processes) never get the same number.
 */
public final class WaybillPool {

    /** Fewer free numbers than this warns that the carrier's pool is running low. */
    public static final int LOW_POOL = 20;
    /** A refused import lists at most this many problems (and how many more there were). */
    static final int MAX_LISTED = 20;

    private final Database db;
    private final Clock clock;

    public WaybillPool(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds the numbers to the carrier's pool; refuses them all if any is malformed, repeated or known already. */
    public PoolImportResult add(String carrierCode, List<PoolEntry> entries) {
        return db.write(c -> {
            PoolCarrier carrier = PoolCarrier.named(c, carrierCode);
            List<String> numbers = checked(c, carrier, entries);
            Instant now = clock.instant();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO waybill(carrier_no, tracking, state, imported_at) VALUES (?, ?, 0, ?)")) {
                for (String number : numbers) {
                    ps.setLong(1, carrier.carrierNo());
                    ps.setString(2, number);
                    ps.setLong(3, now.toEpochMilli());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new PoolImportResult(numbers.size(), status(c, carrier));
        });
    }

    /** Adds the block {@code from}-{@code to} (both included) to the carrier's pool. */
    public PoolImportResult addRange(String carrierCode, String from, String to) {
        CarrierDefinition carrier = db.read(c -> PoolCarrier.named(c, carrierCode)).definition();
        return add(carrierCode, WaybillRange.expand(carrier, from, to));
    }

    /** Every carrier's pool, in the carriers' order. */
    public List<PoolStatus> status() {
        return db.read(c -> {
            List<PoolStatus> all = new ArrayList<>();
            for (PoolCarrier carrier : PoolCarrier.all(c)) {
                all.add(status(c, carrier));
            }
            return all;
        });
    }

    public PoolStatus status(String carrierCode) {
        return db.read(c -> status(c, PoolCarrier.named(c, carrierCode)));
    }

    /** Marks a number of the pool void (a spoilt or lost label): it is never handed out, and is listed as void. */
    public PoolStatus voidNumber(String carrierCode, String typed) {
        return db.write(c -> {
            PoolCarrier carrier = PoolCarrier.named(c, carrierCode);
            String number = CarrierDefinition.normalize(typed);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE waybill SET state = 2 WHERE carrier_no = ? AND tracking = ? AND state <> 2")) {
                ps.setLong(1, carrier.carrierNo());
                ps.setString(2, number);
                if (ps.executeUpdate() == 0) {
                    throw new ValidationException(FieldError.of("number", "shipping.pool.notInPool", number, carrier.name()));
                }
            }
            return status(c, carrier);
        });
    }

    /**
     * Hands out the carrier's next {@code count} free numbers on the caller's write transaction, marking them used;
     * refuses (field {@code carrier}) when the pool has fewer. Numbers a parcel typed by hand took meanwhile are
     * skipped and marked used.
     */
    public List<String> take(Connection c, String carrierCode, int count) throws SQLException {
        PoolCarrier carrier = PoolCarrier.named(c, carrierCode);
        try (PreparedStatement taken = c.prepareStatement("UPDATE waybill SET state = 1, used_at = ? WHERE state = 0 "
                + "AND carrier_no = ? AND EXISTS (SELECT 1 FROM shipment s WHERE s.tracking = waybill.tracking "
                + "AND s.carrier_no = waybill.carrier_no)")) {
            taken.setLong(1, clock.millis());
            taken.setLong(2, carrier.carrierNo());
            taken.executeUpdate();
        }
        List<String> numbers = new ArrayList<>(count);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tracking FROM waybill WHERE carrier_no = ? AND state = 0 ORDER BY waybill_no LIMIT ?")) {
            ps.setLong(1, carrier.carrierNo());
            ps.setInt(2, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
        }
        if (numbers.size() < count) {
            throw new ValidationException(FieldError.of("carrier", numbers.isEmpty() ? "shipping.pool.empty"
                    : "shipping.pool.exhausted", carrier.name(), numbers.size(), count, carrier.code()));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE waybill SET state = 1, used_at = ? "
                + "WHERE carrier_no = ? AND tracking = ? AND state = 0")) {
            for (String number : numbers) {
                ps.setLong(1, clock.millis());
                ps.setLong(2, carrier.carrierNo());
                ps.setString(3, number);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("Pool number " + number + " was taken during the transaction");
                }
            }
        }
        return numbers;
    }

    /** Links a handed-out number to the shipment that carries it, on the caller's transaction. */
    public void attach(Connection c, String carrierCode, String tracking, String shipmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE waybill SET shipment_no = (SELECT shipment_no FROM shipment "
                + "WHERE id = ?) WHERE tracking = ? AND carrier_no = (SELECT carrier_no FROM carrier WHERE code = ? "
                + "COLLATE NOCASE)")) {
            ps.setBytes(1, com.merchantdesk.store.Ids.toBytes(shipmentId).orElseThrow());
            ps.setString(2, tracking);
            ps.setString(3, carrierCode);
            ps.executeUpdate();
        }
    }

    private List<String> checked(Connection c, PoolCarrier carrier, List<PoolEntry> entries) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        int problems = 0;
        if (entries.isEmpty()) {
            throw new ValidationException(FieldError.of("numbers", "shipping.pool.noNumbers"));
        }
        Pattern pattern = Pattern.compile(carrier.definition().trackingPattern());
        Map<String, String> firstSource = new HashMap<>();
        List<String> numbers = new ArrayList<>(entries.size());
        try (PreparedStatement inPool = c.prepareStatement("SELECT state FROM waybill WHERE carrier_no = ? AND tracking = ?");
             PreparedStatement shipped = c.prepareStatement("SELECT 1 FROM shipment WHERE tracking = ? AND carrier_no = ?")) {
            for (PoolEntry entry : entries) {
                String number = CarrierDefinition.normalize(entry.number());
                FieldError problem = null;
                if (number.isEmpty()) {
                    problem = FieldError.of(entry.source(), "shipping.pool.numberMissing");
                } else if (!pattern.matcher(number).matches()) {
                    problem = FieldError.of(entry.source(), "shipping.pool.numberNotCarrier", number, carrier.name(),
                            WaybillRange.example(carrier.definition()));
                } else if (!carrier.definition().accepts(number)) {
                    problem = FieldError.of(entry.source(), "shipping.validation.trackingCheckDigit", number, carrier.name());
                } else if (firstSource.containsKey(number)) {
                    problem = FieldError.of(entry.source(), "shipping.pool.duplicate", number, firstSource.get(number));
                } else {
                    firstSource.put(number, entry.source());
                    problem = known(inPool, shipped, carrier, number, entry.source());
                }
                if (problem != null) {
                    problems++;
                    if (errors.size() < MAX_LISTED) {
                        errors.add(problem);
                    }
                } else {
                    numbers.add(number);
                }
            }
        }
        if (problems > errors.size()) {
            errors.add(FieldError.of("numbers", "shipping.pool.moreProblems", problems - errors.size()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return numbers;
    }

    private static FieldError known(PreparedStatement inPool, PreparedStatement shipped, PoolCarrier carrier, String number,
                                    String source) throws SQLException {
        inPool.setLong(1, carrier.carrierNo());
        inPool.setString(2, number);
        try (ResultSet rs = inPool.executeQuery()) {
            if (rs.next()) {
                return FieldError.of(source, "shipping.pool.alreadyInPool", number, carrier.name());
            }
        }
        shipped.setString(1, number);
        shipped.setLong(2, carrier.carrierNo());
        try (ResultSet rs = shipped.executeQuery()) {
            if (rs.next()) {
                return FieldError.of(source, "shipping.pool.alreadyUsed", number, carrier.name());
            }
        }
        return null;
    }

    private static PoolStatus status(Connection c, PoolCarrier carrier) throws SQLException {
        long[] counts = new long[3];
        try (PreparedStatement ps = c.prepareStatement("SELECT state, count(*) FROM waybill WHERE carrier_no = ? GROUP BY state")) {
            ps.setLong(1, carrier.carrierNo());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[rs.getInt(1)] = rs.getLong(2);
                }
            }
        }
        List<String> voids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tracking FROM waybill WHERE carrier_no = ? AND state = 2 ORDER BY waybill_no")) {
            ps.setLong(1, carrier.carrierNo());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    voids.add(rs.getString(1));
                }
            }
        }
        boolean hasPool = counts[0] + counts[1] + counts[2] > 0;
        return new PoolStatus(carrier.code(), carrier.name(), counts[0], counts[1], counts[2],
                hasPool && counts[0] < LOW_POOL, voids);
    }
}
