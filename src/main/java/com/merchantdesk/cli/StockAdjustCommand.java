package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stock adjust}: one manual movement on the stock ledger. {@code --delta} is always the signed change
 * (+5 received, -2 damaged); {@code --count} is a stocktake's new on-hand figure, recorded as COUNTED.
 */
@Command(name = "adjust", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records a stock movement for one SKU.",
                "Give either --delta N (the signed change) or --count N (the new on-hand figure from a stocktake)."})
final class StockAdjustCommand extends DataCommand {

    /** The kinds a person records by hand. */
    enum Kind {
        received(MovementKind.RECEIVED), counted(MovementKind.COUNTED), damaged(MovementKind.DAMAGED),
        adjusted(MovementKind.ADJUSTED);

        final MovementKind movement;

        Kind(MovementKind movement) { this.movement = movement; }
    }

    static final class Change {
        @Option(names = "--delta", paramLabel = "N", required = true,
                description = "Signed change of on-hand stock, e.g. 12 or -3.")
        Long delta;

        @Option(names = "--count", paramLabel = "N", required = true,
                description = "The counted on-hand figure; records the difference as a counted movement.")
        Long count;
    }

    @Option(names = "--sku", paramLabel = "CODE", required = true, description = "SKU code (or barcode) of the SKU.")
    String sku;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the stock changed.")
    String reason;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "${COMPLETION-CANDIDATES} (default: adjusted with --delta, counted with --count).")
    Kind kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "A free note.")
    String note;

    @Option(names = "--reference", paramLabel = "TEXT", description = "A reference such as a delivery note number.")
    String reference;

    @Override
    public Integer call() {
        if (reason.isBlank()) {
            throw invalid("--reason", "validation.required");
        }
        try (AppContext app = openApp()) {
            SkuRow row = app.catalog().findByScan(sku)
                    .orElseThrow(() -> invalid("--sku", "cli.stock.unknownSku", sku.strip()));
            long before = row.onHand();
            StockMovement movement;
            try {
                movement = app.stock().adjust(adjustment(row.skuId()));
            } catch (ValidationException e) {
                throw renamed(e);
            }
            if (movement.delta() == 0) {
                out().println(Messages.get("cli.stock.unchanged", row.code(), before));
            } else {
                out().println(Messages.get("cli.stock.done", row.code(), label(row), before, movement.onHandAfter(),
                        movement.kind().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%+d", movement.delta())));
            }
            out().flush();
            return 0;
        }
    }

    /** Turns the signed command-line figures into the quantity {@link StockAdjustment} expects for its kind. */
    StockAdjustment adjustment(String skuId) {
        if (change.count != null) {
            if (kind != null && kind != Kind.counted) {
                throw invalid("--kind", "cli.stock.countIsCounted");
            }
            return new StockAdjustment(skuId, MovementKind.COUNTED, change.count, reason, note, reference);
        }
        long delta = change.delta;
        Kind k = kind == null ? Kind.adjusted : kind;
        return switch (k) {
            case counted -> throw invalid("--delta", "cli.stock.countedNeedsCount");
            case received -> {
                if (delta <= 0) {
                    throw invalid("--delta", "cli.stock.receivedNeedsIncrease");
                }
                yield new StockAdjustment(skuId, MovementKind.RECEIVED, delta, reason, note, reference);
            }
            case damaged -> {
                if (delta >= 0) {
                    throw invalid("--delta", "cli.stock.damagedNeedsDecrease");
                }
                yield new StockAdjustment(skuId, MovementKind.DAMAGED, -delta, reason, note, reference);
            }
            case adjusted -> new StockAdjustment(skuId, MovementKind.ADJUSTED, delta, reason, note, reference);
        };
    }

    /** The domain names the figure {@code quantity}; here it is the option the user typed. */
    private ValidationException renamed(ValidationException e) {
        String option = change.count != null ? "--count" : "--delta";
        List<FieldError> errors = e.errors().stream()
                .map(err -> "quantity".equals(err.field()) ? new FieldError(option, err.messageKey(), err.args()) : err)
                .toList();
        return new ValidationException(errors);
    }

    private static String label(SkuRow row) {
        return row.optionLabel().isEmpty() ? row.title() : row.title() + " / " + row.optionLabel();
    }
}
