package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import java.time.Clock;
import java.util.List;

/** Manual stock changes and the ledger's history. Blocking: call from a background thread. */
public final class StockService {

    private final Database db;
    private final Clock clock;
    private final StockLedger ledger = new StockLedger();

    public StockService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Applies an adjustment. Refuses one that would take on-hand below zero (a count cannot be negative, and
     * a seller cannot damage stock they do not have); a count that matches makes no movement.
     */
    public StockMovement adjust(StockAdjustment adjustment) {
        return db.write(c -> {
            long onHand = ledger.onHand(c, adjustment.skuId());
            long delta = adjustment.deltaFrom(onHand);
            if (onHand + delta < 0) {
                throw new ValidationException(FieldError.of("quantity", "validation.stock.belowZero", onHand));
            }
            if (delta == 0 && adjustment.kind() == MovementKind.COUNTED) {
                return new StockMovement("", adjustment.skuId(), adjustment.kind(), 0, onHand, adjustment.reason(),
                        adjustment.note(), adjustment.reference(), clock.instant());
            }
            return ledger.record(c, adjustment.skuId(), adjustment.kind(), delta, adjustment.reason(),
                    adjustment.note(), adjustment.reference(), clock.instant());
        });
    }

    public List<StockMovement> history(String skuId, int limit) {
        return db.read(c -> ledger.history(c, skuId, limit));
    }

    public long onHand(String skuId) {
        return db.read(c -> ledger.onHand(c, skuId));
    }
}
