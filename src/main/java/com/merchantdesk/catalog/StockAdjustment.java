package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A manual stock change as the seller states it. For {@code COUNTED} the quantity is the new count; for
 * {@code RECEIVED} and {@code DAMAGED} it is how many came in or went bad; for {@code ADJUSTED} it is a
 * signed correction.
 */
public record StockAdjustment(String skuId, MovementKind kind, long quantity, String reason, String note,
                              String reference) {

    public StockAdjustment {
        Objects.requireNonNull(skuId, "skuId");
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !MovementKind.MANUAL.contains(kind)) {
            errors.add(FieldError.of("kind", "validation.stock.kind"));
        } else if (kind == MovementKind.COUNTED && quantity < 0) {
            errors.add(FieldError.of("quantity", "validation.notNegative"));
        } else if ((kind == MovementKind.RECEIVED || kind == MovementKind.DAMAGED) && quantity <= 0) {
            errors.add(FieldError.of("quantity", "validation.positive"));
        } else if (kind == MovementKind.ADJUSTED && quantity == 0) {
            errors.add(FieldError.of("quantity", "validation.nonZero"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The ledger delta this adjustment makes when {@code onHand} is in stock now. */
    public long deltaFrom(long onHand) {
        return switch (kind) {
            case COUNTED -> quantity - onHand;
            case DAMAGED -> -quantity;
            default -> quantity;
        };
    }
}
