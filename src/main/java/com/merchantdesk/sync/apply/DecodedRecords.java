package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.Shipment;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's records already read as their wire types, by the thread that fetched the page ahead (docs/sync.md, "First
 * sync"): turning the JSON of a page of orders or parcels into records is about a tenth of applying them, and on two
 * cores it costs the applying thread nothing when it is done while the page before is applied. Only the kinds
 * applied a run at a time (orders, parcels, refunds: {@link PulledChanges#applyPage}) are decoded; a record that
 * cannot be read is left out, so its applier reads it again and reports it as it always does.
 */
public final class DecodedRecords {

    /** Nothing decoded ahead: every record is read when it is applied. */
    public static final DecodedRecords NONE = new DecodedRecords(Map.of());

    private static final Map<ChangeKind, Class<?>> TYPES = Map.of(
            ChangeKind.ORDER, Order.class,
            ChangeKind.SHIPMENT, Shipment.class,
            ChangeKind.REFUND, Refund.class);

    private final Map<Change, Object> records;

    private DecodedRecords(Map<Change, Object> records) {
        this.records = records;
    }

    /** Reads the records of {@code changes} that can be read ahead, kept by identity (the same objects are applied). */
    public static DecodedRecords of(List<Change> changes) {
        Map<Change, Object> records = new IdentityHashMap<>(changes.size() * 2);
        for (Change change : changes) {
            Class<?> type = TYPES.get(change.kind());
            if (type == null || change.deleted()) {
                continue;
            }
            try {
                records.put(change, PulledRecord.read(change, type));
            } catch (IllegalArgumentException unreadable) {
                // Read again, and reported, when the change is applied.
            }
        }
        return new DecodedRecords(records);
    }

    /** The change's record as {@code type}: the one read ahead, else read now. */
    <T> T read(Change change, Class<T> type) {
        Object ahead = records.get(change);
        return type.isInstance(ahead) ? type.cast(ahead) : PulledRecord.read(change, type);
    }

    /** How many records were read ahead (for tests). */
    int size() {
        return records.size();
    }
}
