package com.merchantdesk.catalog.csv;

import static com.merchantdesk.catalog.csv.CsvFixtures.catalogue;
import static com.merchantdesk.catalog.csv.CsvFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class ProductCsvExporterTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Every kind of value the format carries, plus enough generated products to span several pages. */
    private void fillCatalogue() {
        Path rich = CsvFixtures.withHeader(temp.resolve("rich.csv"),
                "셔츠,린넨 셔츠,\"부드러운 린넨, \"\"여름용\"\"\n두 번째 줄\",의류,active,색상,빨강,사이즈,M,소재,린넨,KR-RED-M,4006381333931,15000,19000,7000,KRW,180,5,12",
                "셔츠,,,,,,파랑,,L,,면,KR-BLU-L,036000291452,16000,,,KRW,,,0",
                "茶杯,陶瓷茶杯,手工制作,家居,archived,,,,,,,CN-1,TEA CUP 1,38.50,,12.00,CNY,350,2,4",
                "old,=Old Lamp,,,draft,,,,,,,LAMP-1,,0,,,USD,,,");
        ProductCsvImporter importer = new ProductCsvImporter(app.catalog(), app.clock());
        importer.importFile(rich, USD);
        importer.importFile(LargeCsvFiles.write(temp.resolve("many.csv"), 1_500, 3), USD);
        String sku = app.catalog().findByScan("CN-1").orElseThrow().skuId();
        app.stock().adjust(new StockAdjustment(sku, MovementKind.DAMAGED, 1, "chipped", "", ""));
    }

    @Test
    void exportReimportsIntoAnEmptyDatabaseAsTheSameCatalogue() throws Exception {
        fillCatalogue();
        Path exported = temp.resolve("export.csv");

        ExportResult result = new ProductCsvExporter(app.database()).exportFile(exported);

        List<String> original = catalogue(app);
        assertThat(result.rows()).isEqualTo(original.size()).isGreaterThan(ProductCsvExporter.PAGE_SIZE * 2);
        byte[] bytes = Files.readAllBytes(exported);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("린넨 셔츠").contains("陶瓷茶杯");
        try (AppContext empty = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            ImportResult imported = new ProductCsvImporter(empty.catalog(), empty.clock())
                    .importFile(exported, Currency.getInstance("EUR"));

            assertThat(imported.productsCreated()).isEqualTo(result.products());
            assertThat(catalogue(empty)).isEqualTo(original);
            assertThat(empty.catalog().findByScan("CN-1").orElseThrow().status()).isEqualTo(ProductStatus.ARCHIVED);
            assertThat(empty.catalog().findByScan("CN-1").orElseThrow().onHand()).isEqualTo(3);
            Path again = temp.resolve("again.csv");
            new ProductCsvExporter(empty.database()).exportFile(again);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
        }
    }

    @Test
    void exportWritesProductFieldsOnTheFirstRowOfEachHandle() throws Exception {
        fillCatalogue();
        Path exported = temp.resolve("export.csv");
        new ProductCsvExporter(app.database()).exportFile(exported);

        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + CsvFixtures.EXPORT_HEADER);
        assertThat(lines.get(1)).startsWith("KR-RED-M,린넨 셔츠,\"부드러운 린넨, \"\"여름용\"\"");
        assertThat(lines).contains("KR-RED-M,,,,,,파랑,,L,,면,KR-BLU-L,036000291452,16000,,,KRW,,0,0,,,");
        assertThat(lines).contains("CN-1,陶瓷茶杯,手工制作,家居,archived,,,,,,,CN-1,TEA CUP 1,38.50,,12.00,CNY,350,2,3,,,");
    }

    @Test
    void reimportingAnExportChangesNothing() {
        fillCatalogue();
        Path exported = temp.resolve("export.csv");
        new ProductCsvExporter(app.database()).exportFile(exported);
        CsvFixtures.Snapshot before = snapshot(app);

        ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(exported, USD);

        assertThat((long) result.productsUnchanged()).isEqualTo(before.products());
        assertThat(result.stockMovements()).isZero();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void emptyCatalogueExportsTheHeaderOnly() throws Exception {
        Path exported = temp.resolve("empty.csv");
        assertThat(new ProductCsvExporter(app.database()).exportFile(exported)).isEqualTo(new ExportResult(0, 0));
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CsvFixtures.EXPORT_HEADER + "\r\n");
    }

    @Test
    void progressCountsRowsUpToTheTotal() {
        fillCatalogue();
        List<long[]> updates = new ArrayList<>();
        ExportResult result = new ProductCsvExporter(app.database()).exportFile(temp.resolve("p.csv"),
                (done, total) -> updates.add(new long[] {done, total}), () -> false);

        assertThat(updates).hasSizeGreaterThan(3);
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(result.rows()));
        assertThat(updates.get(updates.size() - 1)[0]).isEqualTo(result.rows());
    }

    @Test
    void cancelledExportLeavesAnExistingFileUntouchedAndNoPartialFile() throws Exception {
        fillCatalogue();
        Path target = temp.resolve("out").resolve("products.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "previous export");
        long[] seen = {0};

        assertThatThrownBy(() -> new ProductCsvExporter(app.database()).exportFile(target,
                (done, total) -> seen[0] = done, () -> seen[0] > 0))
                .isInstanceOf(CancellationException.class).hasMessage("The export was cancelled; no file was written.");

        assertThat(Files.readString(target)).isEqualTo("previous export");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
