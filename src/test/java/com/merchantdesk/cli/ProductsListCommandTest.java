package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class ProductsListCommandTest {

    static final Currency USD = Currency.getInstance("USD");
    @TempDir Path dir;

    static ProductInput product(String title, String category, String status, String codePrefix, String barcode) {
        return new ProductInput(null, title, "", category, status, List.of("Colour", "Size"),
                List.of(new ProductInput.SkuInput(null, codePrefix + "-RED-M", List.of("Red", "M"), barcode, "19.90", "25.00", "8.10", "180", "5"),
                        new ProductInput.SkuInput(null, codePrefix + "-BLU-L", List.of("Blue", "L"), "", "21.00", "", "", "", "0")),
                List.of(), null);
    }

    @BeforeEach
    void catalogue() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            app.catalog().save(product("Linen T-Shirt", "Apparel", "active", "TS", "4006381333931"), USD);
            Product mug = app.catalog().save(product("세라믹 머그컵", "Kitchen", "active", "MUG", ""), USD);
            app.catalog().setStatus(mug.id(), ProductStatus.ARCHIVED);
            app.catalog().save(product("Washi Tape", "Stationery", "draft", "WT", ""), USD);
        }
    }

    @Test
    void tableListsEverySkuInAlignedColumnsWithAFooter() {
        CliRun r = CliRun.in(dir, "products", "list");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("SKU code").contains("Title", "Price", "On hand", "Status");
        assertThat(lines).hasSize(1 + 6 + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("SKUs 1-6 of 6.");
        // The price column ends at the same terminal column on every row, Korean titles included.
        int priceEnd = TextTable.width(lines.get(1).substring(0, lines.get(1).indexOf(" USD") + 4));
        for (String line : lines.subList(1, 7)) {
            assertThat(TextTable.width(line.substring(0, line.indexOf(" USD") + 4))).as(line).isEqualTo(priceEnd);
        }
        assertThat(r.out()).contains("세라믹 머그컵").contains("low stock").contains("archived").contains("draft");
    }

    @Test
    void queryStatusCategoryLowStockAndPagingNarrowTheList() {
        assertThat(CliRun.in(dir, "products", "list", "--query", "linen red").out())
                .contains("TS-RED-M").doesNotContain("TS-BLU-L").contains("SKUs 1-1 of 1.");
        assertThat(CliRun.in(dir, "products", "list", "--status", "ARCHIVED").out())
                .contains("MUG-RED-M", "MUG-BLU-L").doesNotContain("TS-");
        assertThat(CliRun.in(dir, "products", "list", "--status", "draft,active", "--category", "Stationery").out())
                .contains("WT-RED-M").doesNotContain("TS-").doesNotContain("MUG-");
        assertThat(CliRun.in(dir, "products", "list", "--low-stock").out())
                .contains("TS-RED-M", "MUG-RED-M", "WT-RED-M").doesNotContain("-BLU-L");
        assertThat(CliRun.in(dir, "products", "list", "--sort", "code", "--limit", "2", "--offset", "2").out())
                .contains("TS-BLU-L", "TS-RED-M").contains("SKUs 3-4 of 6.").doesNotContain("MUG-");
        assertThat(CliRun.in(dir, "products", "list", "-q", "nothing-like-this").out()).contains("No SKUs match.");
    }

    @Test
    void jsonIsOneArrayWithExactMoney() throws Exception {
        CliRun r = CliRun.in(dir, "products", "list", "--json", "--query", "ts-red");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode rows = Json.mapper().readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("code").asText()).isEqualTo("TS-RED-M");
        assertThat(row.get("title").asText()).isEqualTo("Linen T-Shirt");
        assertThat(row.get("options").asText()).isEqualTo("Red / M");
        assertThat(row.get("barcode").asText()).isEqualTo("4006381333931");
        assertThat(row.get("price").get("amount").isTextual()).isTrue();
        assertThat(row.get("price").get("amount").asText()).isEqualTo("19.90");
        assertThat(row.get("price").get("currency").asText()).isEqualTo("USD");
        assertThat(row.get("onHand").asLong()).isZero();
        assertThat(row.get("lowStock").asBoolean()).isTrue();
        assertThat(row.get("status").asText()).isEqualTo("active");
        assertThat(row.get("category").asText()).isEqualTo("Apparel");
    }

    @Test
    void jsonOfNothingIsAnEmptyArray() throws Exception {
        CliRun r = CliRun.in(dir, "products", "list", "--json", "-q", "zzz");
        assertThat(Json.mapper().readTree(r.out()).isEmpty()).isTrue();
    }

    @Test
    void badPagingAndUnknownValuesExitWithTwoAndNameTheOption() {
        CliRun limit = CliRun.in(dir, "products", "list", "--limit", "0");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit: Must be between 1 and 1,000.");
        assertThat(limit.out()).isEmpty();

        CliRun offset = CliRun.in(dir, "products", "list", "--offset", "-1");
        assertThat(offset.exit()).isEqualTo(2);
        assertThat(offset.err()).contains("--offset: Must not be negative.");

        CliRun status = CliRun.in(dir, "products", "list", "--status", "sold-out");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("--status").contains("sold-out").contains("products list --help");
        assertThat(status.err()).doesNotContain("\tat ");

        CliRun notANumber = CliRun.in(dir, "products", "list", "--limit", "ten");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--limit").contains("ten");
    }

    @Test
    void dataDirMayAlsoFollowTheSubcommand() {
        CliRun r = CliRun.run("products", "list", "--data-dir", dir.toString(), "--query", "washi");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("WT-RED-M");
    }

    @Test
    void productsAloneNamesItsSubcommands() {
        CliRun r = CliRun.in(dir, "products");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Choose one of these commands: list");
    }
}
