package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class ProductsImportExportCommandTest {

    @TempDir Path temp;

    private long skuCount(Path dir) {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            // Counted in SQL: the list's own count stops at ProductSearch.COUNT_LIMIT.
            return app.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sku")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void exportThenImportIntoAnotherFolderGivesTheSameCatalogue() {
        Path shop = temp.resolve("shop");
        Path copy = temp.resolve("copy");
        Path csv = temp.resolve("products.csv");
        try (AppContext app = AppContext.open(new DataDirectory(shop), Clock.systemUTC())) {
            app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS", "4006381333931"),
                    ProductsListCommandTest.USD);
        }

        CliRun export = CliRun.in(shop, "products", "export", csv.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Exported 1 products");
        CliRun imported = CliRun.in(copy, "products", "import", csv.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("1 products created");
        assertThat(skuCount(copy)).isEqualTo(skuCount(shop)).isPositive();
    }

    @Test
    void badRowsAreListedWithLineAndColumnAndNothingIsImported() throws Exception {
        Path dir = temp.resolve("shop");
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "handle,title,sku,price\nh1,Shirt,S-1,9.99\nh2,Cap,S-2,1.999\nh3,,S 3,abc\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.in(dir, "products", "import", csv.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Line 3, price:").contains("Line 4, title:").contains("Line 4, sku:")
                .contains("Line 4, price:").contains("Nothing was imported: 4 problem(s)");
        assertThat(skuCount(dir)).isZero();
    }

    @Test
    void formulaLookingCellsImportAsTextWithAWarningAndExportQuoted() throws Exception {
        Path dir = temp.resolve("shop");
        Path csv = temp.resolve("formulas.csv");
        Path exported = temp.resolve("exported.csv");
        Files.writeString(csv, "handle,title,sku,price\n"
                + "h1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"Click\"\")\",S-1,9.99\n"
                + "h2,Cap,S-2,1.99\n"
                + "h3,@SUM(1+1),+S-3,-0\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.in(dir, "products", "import", csv.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("3 products created");
        assertThat(run.err().lines().toList()).containsExactly(
                "3 cell(s) look like spreadsheet formulas; they were imported as text (exports write them with a ' in front):",
                "Line 2, title: Starts with \"=\": a spreadsheet app may run it as a formula. Imported as text; exports write it with a ' in front so it stays text.",
                "Line 4, title: Starts with \"@\": a spreadsheet app may run it as a formula. Imported as text; exports write it with a ' in front so it stays text.",
                "Line 4, sku: Starts with \"+\": a spreadsheet app may run it as a formula. Imported as text; exports write it with a ' in front so it stays text.");

        CliRun export = CliRun.in(dir, "products", "export", exported.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8))
                .contains("'+S-3,'@SUM(1+1),").contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Click\"\")\",")
                .contains(",S-2,,1.99,");
        CliRun again = CliRun.in(temp.resolve("copy"), "products", "import", exported.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.err()).isEmpty();
    }

    @Test
    void unknownCurrencyIsABadArgument() throws Exception {
        Path csv = temp.resolve("ok.csv");
        Files.writeString(csv, "handle,title,sku,price\nh1,Shirt,S-1,9.99\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.in(temp.resolve("shop"), "products", "import", csv.toString(), "--currency", "XYZ1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--currency");
    }
}
