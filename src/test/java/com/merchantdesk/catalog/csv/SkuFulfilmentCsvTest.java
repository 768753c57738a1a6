package com.merchantdesk.catalog.csv;

import static com.merchantdesk.catalog.csv.CsvFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue CSV's optional columns bin_location, hs_code and origin_country: export, import, bad cells. */
@ExtendWith(EnglishMessages.class)
class SkuFulfilmentCsvTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private AppContext app;

    @BeforeEach
    void open() { app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC()); }

    @AfterEach
    void close() { app.close(); }

    @Test
    void anExportCarriesThemAndImportsIntoAnotherShopAsTheyWere() throws Exception {
        Product tea = saveTea();
        Path exported = temp.resolve("export.csv");

        new ProductCsvExporter(app.database()).exportFile(exported);

        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + CsvFixtures.EXPORT_HEADER);
        // The HS code is text: its leading zero stays.
        assertThat(lines).contains("TEA-G,Green tea,,Food,active,Leaf,Green,,,,,TEA-G,,8.00,,,USD,,0,0,A-10-1,090210,KR",
                "TEA-G,,,,,,Black,,,,,TEA-B,,8.50,,,USD,,0,0,,090230,CN");
        try (AppContext other = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            new ProductCsvImporter(other.catalog(), other.clock()).importFile(exported, USD);

            assertThat(CsvFixtures.catalogue(other)).isEqualTo(CsvFixtures.catalogue(app));
            Product imported = other.catalog().find(other.catalog().findByScan("TEA-G").orElseThrow().productId()).orElseThrow();
            assertThat(imported.skus()).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry)
                    .containsExactlyElementsOf(tea.skus().stream().map(s -> tuple(s.binLocation(), s.hsCode(), s.originCountry())).toList());
        }
        CsvFixtures.Snapshot before = snapshot(app);
        ImportResult again = new ProductCsvImporter(app.catalog(), app.clock()).importFile(exported, USD);
        assertThat(again.productsUnchanged()).isEqualTo(1);
        assertThat(snapshot(app)).as("importing the export again changes nothing").isEqualTo(before);
    }

    @Test
    void aFileWithoutTheColumnsLeavesThemAlone() {
        saveTea();
        Path prices = CsvFixtures.file(temp.resolve("prices.csv"), false, "handle,title,sku,price",
                "tea,Green tea,TEA-G,9.00", "tea,,TEA-B,9.50");

        new ProductCsvImporter(app.catalog(), app.clock()).importFile(prices, USD);

        assertThat(skus()).extracting(Sku::code, Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly(
                tuple("TEA-G", "A-10-1", "090210", "KR"), tuple("TEA-B", "", "090230", "CN"));
        assertThat(skus()).extracting(s -> s.price().toPlainString()).containsExactly("9.00", "9.50");
    }

    @Test
    void aColumnThatIsPresentSetsOrClearsAndIsTidiedLikeTheForm() {
        saveTea();
        Path file = CsvFixtures.file(temp.resolve("places.csv"), false, "handle,title,sku,price,bin_location,hs_code,origin_country",
                "tea,Green tea,TEA-G,8.00,,0902.10, cn ", "tea,,TEA-B,8.50,B-02-3,0902 30,",
                "mug,Mug,MUG-1,12.00,C-01-1,6912.00,kr");

        new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD);

        assertThat(skus()).extracting(Sku::code, Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly(
                tuple("TEA-G", "", "090210", "CN"), tuple("TEA-B", "B-02-3", "090230", ""));
        Product mug = app.catalog().find(app.catalog().findByScan("MUG-1").orElseThrow().productId()).orElseThrow();
        assertThat(mug.skus().get(0)).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("C-01-1", "691200", "KR");
    }

    @Test
    void shopifyAndWooCommerceFilesHaveNoSuchColumnsAndLeaveThemAlone() {
        Product mug = app.catalog().save(new ProductInput(null, "Mug", "", "Home", "active", List.of(), List.of(
                new SkuInput(null, "MUG-1", List.of(), "", "12.00", "", "", "", "", "C-01-1", "6912.00", "KR")), List.of(), null), USD);
        Path shopify = CsvFixtures.file(temp.resolve("shopify.csv"), false, "Handle,Title,Variant SKU,Variant Price",
                "mug,Mug,MUG-1,13.00");
        Path woo = CsvFixtures.file(temp.resolve("woo.csv"), false, "ID,Type,SKU,Name,Published,Regular price",
                ",simple,MUG-1,Mug,1,14.00");

        new ProductCsvImporter(app.catalog(), app.clock()).importFile(shopify, USD);
        assertThat(app.catalog().find(mug.id()).orElseThrow().skus().get(0))
                .extracting(s -> s.price().toPlainString(), Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("13.00", "C-01-1", "691200", "KR");
        new ProductCsvImporter(app.catalog(), app.clock()).importFile(woo, USD);
        assertThat(app.catalog().find(mug.id()).orElseThrow().skus().get(0))
                .extracting(s -> s.price().toPlainString(), Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("14.00", "C-01-1", "691200", "KR");
    }

    @Test
    void theExampleOfTheDocsImports() {
        Path file = CsvFixtures.file(temp.resolve("docs.csv"), false,
                "handle,title,sku,price,bin_location,hs_code,origin_country",
                "linen-shirt,Linen Shirt,TS-RED-M,19.90,A-01-1,6205.90,PT",
                "mug,Stoneware Mug,MUG-1,9.50,A-01-2,6912.00,",
                "茶杯,陶瓷茶杯,CN-CUP-1,38.50,C-03,6912.00,cn");

        new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD);

        Product cup = app.catalog().find(app.catalog().findByScan("CN-CUP-1").orElseThrow().productId()).orElseThrow();
        assertThat(cup.skus().get(0)).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("C-03", "691200", "CN");
        Product mug = app.catalog().find(app.catalog().findByScan("MUG-1").orElseThrow().productId()).orElseThrow();
        assertThat(mug.skus().get(0)).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("A-01-2", "691200", "");
        // and the two refusals it quotes
        Path bad = CsvFixtures.file(temp.resolve("docs-bad.csv"), false,
                "handle,title,sku,price,bin_location,hs_code,origin_country",
                "linen-shirt,Linen Shirt,TS-RED-M,19.90,A-01-1,6205.90,PT",
                "mug,Stoneware Mug,MUG-1,9.50,A-01-2,6912.0,",
                "茶杯,陶瓷茶杯,CN-CUP-1,38.50,C-03,6912.00,China");
        CsvImportException refused = catchThrowableOfType(
                () -> new ProductCsvImporter(app.catalog(), app.clock()).importFile(bad, USD), CsvImportException.class);
        assertThat(refused.errors()).extracting(e -> "Line " + e.line() + ", " + e.column() + ": " + e.message())
                .anySatisfy(line -> assertThat(line).startsWith("Line 3, hs_code: An HS code has 6 to 10 digits; \"6912.0\" has 5."))
                .anySatisfy(line -> assertThat(line).startsWith(
                        "Line 4, origin_country: Country of origin \"CHINA\" is not an ISO 3166-1 country code; "));
    }

    @Test
    void badCellsAreNamedByLineAndColumnAndNothingIsWritten() {
        saveTea();
        CsvFixtures.Snapshot before = snapshot(app);
        Path file = CsvFixtures.file(temp.resolve("bad.csv"), false, "handle,title,sku,price,bin_location,hs_code,origin_country",
                "tea,Green tea,TEA-G,8.00,A-10-1,90210,KR",
                "tea,,TEA-B,8.50,THIS-BIN-NAME-IS-FAR-TOO-LONG-TO-PRINT,090230,Korea",
                "mug,Mug,MUG-1,12.00,,6912-00,");

        CsvImportException refused = catchThrowableOfType(
                () -> new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD), CsvImportException.class);

        assertThat(refused.errors()).extracting(CsvError::line, CsvError::column, CsvError::message).containsExactlyInAnyOrder(
                tuple(2L, "hs_code", Messages.get("validation.sku.hsCode.length", "90210", 5)),
                tuple(3L, "bin_location", Messages.get("validation.sku.binLocation.tooLong", 32)),
                tuple(3L, "origin_country", Messages.get("validation.sku.originCountry.unknown", "KOREA")),
                tuple(4L, "hs_code", Messages.get("validation.sku.hsCode.characters", "6912-00")));
        assertThat(refused.errors().get(0).message()).contains("HS code");
        assertThat(snapshot(app)).isEqualTo(before);
        assertThat(app.catalog().findByScan("MUG-1")).isEmpty();
    }

    /** Green tea with two SKUs: one with a bin, both with an HS code and origin; returned as saved. */
    private Product saveTea() {
        return app.catalog().save(new ProductInput(null, "Green tea", "", "Food", "active", List.of("Leaf"), List.of(
                new SkuInput(null, "TEA-G", List.of("Green"), "", "8.00", "", "", "", "", "A-10-1", "0902.10", "KR"),
                new SkuInput(null, "TEA-B", List.of("Black"), "", "8.50", "", "", "", "", "", "0902.30", "cn")),
                List.of(), null), USD);
    }

    private List<Sku> skus() {
        return app.catalog().find(app.catalog().findByScan("TEA-G").orElseThrow().productId()).orElseThrow().skus();
    }
}
