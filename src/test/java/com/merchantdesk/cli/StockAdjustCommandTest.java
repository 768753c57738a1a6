package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class StockAdjustCommandTest {

    @TempDir Path dir;
    private String skuId;

    @BeforeEach
    void catalogue() {
        try (AppContext app = app()) {
            skuId = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS", "4006381333931"),
                    ProductsListCommandTest.USD).skus().get(0).id();
        }
    }

    private AppContext app() { return AppContext.open(new DataDirectory(dir), Clock.systemUTC()); }

    private long onHand() {
        try (AppContext app = app()) {
            return app.stock().onHand(skuId);
        }
    }

    private List<StockMovement> history() {
        try (AppContext app = app()) {
            return app.stock().history(skuId, 10);
        }
    }

    @Test
    void deltaKindsAndCountRecordMovements() {
        CliRun received = CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--delta", "12", "--kind", "received",
                "--reason", "Delivery", "--reference", "PO-7", "--note", "two boxes");
        assertThat(received.exit()).as(received.toString()).isZero();
        assertThat(received.out()).contains("TS-RED-M (Linen T-Shirt / Red / M): on hand 0 -> 12 (received +12).");

        CliRun damaged = CliRun.in(dir, "stock", "adjust", "--sku", "4006381333931", "--delta", "-2", "--kind", "DAMAGED",
                "--reason", "Torn");
        assertThat(damaged.exit()).as(damaged.toString()).isZero();
        assertThat(damaged.out()).contains("on hand 12 -> 10 (damaged -2)");

        CliRun adjusted = CliRun.in(dir, "stock", "adjust", "--sku", "ts-red-m", "--delta", "-1", "--reason", "Gift");
        assertThat(adjusted.out()).contains("on hand 10 -> 9 (adjusted -1)");

        CliRun counted = CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--count", "15", "--reason", "Stocktake");
        assertThat(counted.out()).contains("on hand 9 -> 15 (counted +6)");

        CliRun same = CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--count", "15", "--reason", "Stocktake");
        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("the count matches the 15 on hand; nothing was recorded");

        assertThat(onHand()).isEqualTo(15);
        List<StockMovement> history = history();
        assertThat(history).extracting(StockMovement::kind)
                .containsExactly(MovementKind.COUNTED, MovementKind.ADJUSTED, MovementKind.DAMAGED, MovementKind.RECEIVED);
        StockMovement first = history.get(3);
        assertThat(first.reason()).isEqualTo("Delivery");
        assertThat(first.reference()).isEqualTo("PO-7");
        assertThat(first.note()).isEqualTo("two boxes");
    }

    @Test
    void badInputExitsWithTwoNamesTheOptionAndChangesNothing() {
        assertRefused(new String[] {"--sku", "NOPE-1", "--delta", "3", "--reason", "x"}, "--sku: No SKU has the code or barcode NOPE-1.");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "-3", "--reason", "x"}, "--delta: Stock would go below zero (on hand now: 0).");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "0", "--reason", "x"}, "--delta: Must not be zero.");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "3", "--kind", "damaged", "--reason", "x"},
                "--delta: A damaged movement removes stock: give a negative number");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "-3", "--kind", "received", "--reason", "x"},
                "--delta: A received movement adds stock");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "3", "--kind", "counted", "--reason", "x"},
                "--delta: A counted movement takes the new count: use --count N");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--count", "3", "--kind", "received", "--reason", "x"},
                "--kind: --count records a counted movement");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--count", "-3", "--reason", "x"}, "--count: Must not be negative.");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "3", "--reason", "  "}, "--reason: This field is required.");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "3"}, "Missing required option: '--reason=TEXT'");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--reason", "x"}, "--delta");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "1", "--count", "2", "--reason", "x"}, "mutually exclusive");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "many", "--reason", "x"}, "'many' is not a long");
        assertRefused(new String[] {"--sku", "TS-RED-M", "--delta", "1", "--kind", "sold", "--reason", "x"},
                "expected one of [received, counted, damaged, adjusted]");
        assertThat(onHand()).isZero();
        assertThat(history()).isEmpty();
    }

    private void assertRefused(String[] adjustArgs, String message) {
        String[] args = new String[adjustArgs.length + 2];
        args[0] = "stock";
        args[1] = "adjust";
        System.arraycopy(adjustArgs, 0, args, 2, adjustArgs.length);
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(message).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }
}
