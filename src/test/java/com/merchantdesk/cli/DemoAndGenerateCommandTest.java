package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class DemoAndGenerateCommandTest {

    @TempDir Path dir;

    @Test
    void demoFillsAnEmptyFolderThenRefusesToFillItAgain() throws Exception {
        CliRun first = CliRun.in(dir, "demo");
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out()).containsPattern("Demo shop ready in .*: \\d{3} products, [\\d,]+ SKUs, [\\d,]+ stock movements, \\d{3} pictures\\.");

        JsonNode rows = Json.mapper().readTree(CliRun.in(dir, "products", "list", "--json", "--limit", "1000").out());
        assertThat(rows.size()).isGreaterThan(500);
        // Marked local only: its demo changes never go to an account.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + new com.merchantdesk.store.DataDirectory(dir).database());
             var st = c.createStatement(); var rs = st.executeQuery("SELECT local_only FROM sync_identity")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }

        CliRun second = CliRun.in(dir, "demo");
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("already has products; the demo shop only fills an empty data folder");
        JsonNode after = Json.mapper().readTree(CliRun.in(dir, "products", "list", "--json", "--limit", "1000").out());
        assertThat(after.size()).isEqualTo(rows.size());
    }

    @Test
    void generateAddsExactlyTheSkusAskedFor() throws Exception {
        CliRun r = CliRun.in(dir, "generate", "--skus", "300", "--seed", "5");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("Generated 300 SKUs in \\d+ products \\([\\d,]+ stock movements\\) in [\\d.]+ s\\.");
        assertThat(CliRun.in(dir, "products", "list", "--limit", "1").out()).contains("of 300.");
    }

    @Test
    void generateAddsOrdersMadeOfTheCataloguesSkus() throws Exception {
        CliRun r = CliRun.in(dir, "generate", "--skus", "50", "--orders", "40", "--seed", "3");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("Generated 40 orders \\([\\d,]+ lines, [\\d,]+ customers\\) in [\\d.]+ s\\.");
        assertThat(r.out()).containsPattern("Added [1-9][\\d,]* shipments of the shipped orders of the last year, with [\\d,]+ "
                + "tracking events, in [\\d.]+ s\\.");
        assertThat(CliRun.in(dir, "orders", "list", "--limit", "1").out()).contains("of 40.");

        CliRun more = CliRun.in(dir, "generate", "--orders", "10", "--seed", "4");
        assertThat(more.exit()).as(more.toString()).isZero();
        assertThat(CliRun.in(dir, "orders", "list", "--limit", "1").out()).contains("of 50.");
    }

    @Test
    void generateRefusesBadCounts() {
        CliRun zero = CliRun.in(dir, "generate", "--skus", "-1");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--skus: Must be between 0 and 5,000,000.");

        CliRun tooMany = CliRun.in(dir, "generate", "--orders", "5000001");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--orders: Must be between 0 and 5,000,000.");

        CliRun nothing = CliRun.in(dir, "generate", "--seed", "1");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Give --skus N, --orders N or both.");

        CliRun noSkus = CliRun.in(dir, "generate", "--orders", "5");
        assertThat(noSkus.exit()).isEqualTo(2);
        assertThat(noSkus.err()).contains("There are no SKUs priced in USD");

        assertThat(CliRun.in(dir, "products", "list").out()).contains("No SKUs match.");
        assertThat(CliRun.in(dir, "orders", "list").out()).contains("No orders match.");
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("products", "stock", "demo", "generate", "backup", "restore", "Exit codes:");
        CliRun sub = CliRun.run("stock", "adjust", "--help");
        assertThat(sub.exit()).isZero();
        assertThat(sub.out()).contains("--delta=N", "--count=N", "--reason=TEXT", "--data-dir=DIR");
        assertThat(CliRun.run("--version").out()).startsWith("Merchant Desk ");
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwo() {
        CliRun unknown = CliRun.in(dir, "frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument").contains("--help");
        CliRun option = CliRun.in(dir, "backup", "--fast");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--fast'");
    }
}
