package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.csv.CsvError;
import com.merchantdesk.catalog.csv.LargeCsvFiles;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV import and export from the products screen: real screen, real SQLite folder, file dialogs answered by the test. */
class ProductsCsvTest {

    private static final String DOCS_EXAMPLE = """
            handle,title,description,category,status,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,barcode,price,compare_at_price,cost,currency,weight_grams,reorder_point,on_hand
            linen-shirt,Linen Shirt,"Soft, breathable linen.
            Machine washable.",Apparel,active,Colour,Red,Size,M,,,TS-RED-M,4006381333931,19.90,25.00,8.10,USD,180,5,12
            linen-shirt,,,,,,Red,,L,,,TS-RED-L,,19.90,25.00,8.10,USD,190,5,7
            linen-shirt,,,,,,Blue,,M,,,TS-BLU-M,,21.00,,8.10,USD,180,5,0
            셔츠,린넨 셔츠,부드러운 린넨,의류,active,색상,빨강,,,,,KR-SHIRT-RED,,15000,,,KRW,180,,3
            茶杯,陶瓷茶杯,手工制作,家居,draft,,,,,,,CN-CUP-1,TEA CUP 1,38.50,,12.00,CNY,350,2,
            """;

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private ScreenHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void importOfAGoodFileShowsItsProductsInTheList() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> { });
        await("the empty list has loaded", () -> harness.screen().list().loadedProperty().get());
        harness.csvFiles.importFile = write("shop.csv", "\uFEFF" + DOCS_EXAMPLE);

        robot.push(KeyCode.CONTROL, KeyCode.I);
        confirmPreview("Merchant Desk CSV: 3 products, 5 variants");
        awaitHeadline(Messages.get("products.csv.import.done", "shop.csv"));
        assertThat(detailLines()).containsExactly(
                "Merchant Desk CSV: 3 products, 5 variants",
                Messages.get("products.csv.import.rows", 5),
                Messages.get("products.csv.import.products", 3, 0, 0),
                Messages.get("products.csv.import.skus", 5, 0),
                Messages.get("products.csv.import.stock", 3));
        assertThat(harness.status.messageProperty().get()).isEqualTo(Messages.get("products.csv.import.status", "shop.csv", 3, 0, 0));
        robot.clickOn("#csv-progress-close");
        await("the progress window has closed", () -> robot.lookup("#csv-progress").tryQuery().isEmpty());

        await("the list shows the imported SKUs", () -> codes().equals(
                List.of("CN-CUP-1", "KR-SHIRT-RED", "TS-BLU-M", "TS-RED-L", "TS-RED-M")));
        SkuRow red = harness.app.catalog().findByScan("TS-RED-M").orElseThrow();
        assertThat(red.onHand()).isEqualTo(12);
        assertThat(red.price().minorUnits()).isEqualTo(1990);
        assertThat(harness.app.catalog().findByScan("KR-SHIRT-RED").orElseThrow().title()).isEqualTo("린넨 셔츠");
    }

    @Test
    void aShopifyFileIsDescribedWithItsNotImportedNoteBeforeTheImportAndItsImagesFailWithoutFailingIt() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> { });
        await("the empty list has loaded", () -> harness.screen().list().loadedProperty().get());
        String template;
        try (var in = ProductsCsvTest.class.getResourceAsStream("/csv/platforms/shopify_product_template.csv")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Shopify's own template, its image addresses on a local port nobody listens on.
        harness.csvFiles.importFile = write("product_template.csv",
                template.replace("https://burst.shopifycdn.com", "http://127.0.0.1:9"));

        robot.push(KeyCode.CONTROL, KeyCode.I);
        await("the file is described", () -> robot.lookup("#" + ImportPreview.ID).tryQuery().isPresent());
        assertThat(onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#" + ImportPreview.ID).query())
                .getHeaderText())).isEqualTo("Shopify product CSV: 3 products, 16 variants");
        List<String> notes = onFx(() -> robot.lookup("#csv-import-preview-notes .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList());
        assertThat(notes.get(0)).startsWith("Not imported (columns Merchant Desk does not use): Vendor, Tags,")
                .contains("SEO Title", "Google Shopping / Gender");
        assertThat(notes).contains("Left out or filled in: 19 value(s)");
        assertThat(harness.app.catalog().findByScan("SRT_COT_111")).as("nothing is imported yet").isEmpty();

        robot.clickOn("#csv-import-preview-import");
        awaitHeadline(Messages.get("products.csv.import.done", "product_template.csv"));
        assertThat(detailLines()).contains("Shopify product CSV: 3 products, 16 variants",
                Messages.get("products.csv.import.products", 3, 0, 0), notes.get(0),
                Messages.get("csv.result.images", 11));
        robot.clickOn("#csv-progress-close");
        // The archived beanie is not listed by default.
        await("the list shows the shirt and jeans variants", () -> codes().size() == 15 && codes().contains("SRT_COT_111"));
        await("the images that could not be fetched are counted", () ->
                Messages.get("images.status.failed", 11).equals(robot.text("#products-image-fetch-text")));
        assertThat(onFx(() -> robot.lookup("#products-image-fetch-retry").query().isVisible())).isTrue();
        assertThat(harness.app.catalog().findByScan("HAT_GRY_275")).isPresent();
    }

    @Test
    void cellsThatLookLikeFormulasAreImportedAndNamedInTheResult() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> { });
        await("the empty list has loaded", () -> harness.screen().list().loadedProperty().get());
        StringBuilder csv = new StringBuilder("handle,title,sku,price\n");
        int formulas = CsvTransfer.WARNINGS_SHOWN + 2;
        for (int i = 0; i < formulas; i++) {
            csv.append("h").append(i).append(",\"=HYPERLINK(\"\"http://example.com/").append(i).append("\"\")\",S-").append(i)
                    .append(",1.00\n");
        }
        harness.csvFiles.importFile = write("formulas.csv", csv.toString());

        robot.push(KeyCode.CONTROL, KeyCode.I);
        confirmPreview(null);
        awaitHeadline(Messages.get("products.csv.import.done", "formulas.csv"));

        List<String> expected = new java.util.ArrayList<>(List.of(
                Messages.get("csv.dialect.summary", Messages.get("csv.dialect.ours"), formulas, formulas),
                Messages.get("products.csv.import.rows", formulas),
                Messages.get("products.csv.import.products", formulas, 0, 0),
                Messages.get("products.csv.import.skus", formulas, 0),
                Messages.get("products.csv.import.stock", 0),
                Messages.get("products.csv.import.formulas", formulas)));
        for (int line = 2; line < 2 + CsvTransfer.WARNINGS_SHOWN; line++) {
            expected.add(Messages.get("products.csv.import.formulas.cell", line, "title"));
        }
        expected.add(Messages.get("csv.error.more", 2));
        assertThat(detailLines()).containsExactlyElementsOf(expected);
        assertThat(expected.get(6)).isEqualTo("Line 2, title");
        assertThat(robot.text("#csv-progress-hint")).isEqualTo(Messages.get("products.csv.import.formulas.hint"));
        assertThat(onFx(() -> robot.lookup(".csv-icon.csv-warning").tryQuery().isPresent())).isTrue();
        assertThat(harness.app.catalog().findByScan("S-0").orElseThrow().title()).isEqualTo("=HYPERLINK(\"http://example.com/0\")");
    }

    @Test
    void aBadFileListsEveryProblemByLineAndColumnAndImportsNothing() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the shop has loaded", () -> codes().size() == 4);
        Counts before = counts(harness.app);
        harness.csvFiles.importFile = write("bad.csv", """
                handle,title,sku,barcode,price,on_hand
                scarf,Wool Scarf,SCARF-GRY,,29.50,4
                cap,Wool Cap,CAP-1,,1.999,
                mitt,Mittens,MITT-1,4006381333932,9.00,
                sock,Socks,,,5.00,
                """);

        robot.clickOn("#products-import-csv");
        confirmPreview(null);
        await("the problems are listed", () -> robot.lookup("#csv-errors-table").tryQuery().isPresent());
        assertThat(robot.text("#csv-errors-headline")).isEqualTo("Nothing was imported: 3 problems");
        List<CsvError> listed = onFx(() -> List.copyOf(errorTable().getItems()));
        assertThat(listed).extracting(CsvError::line, CsvError::column)
                .containsExactly(tuple(3L, "price"), tuple(4L, "barcode"), tuple(5L, "sku"));
        assertThat(listed).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        // What the seller reads in the table, cell by cell.
        assertThat(visibleCells()).contains("3", "price", "4", "barcode", "5", "sku", listed.get(0).message());
        assertThat(robot.lookup("#csv-progress").tryQuery()).as("the progress window made way").isEmpty();
        assertThat(harness.status.messageProperty().get()).isEqualTo(Messages.get("products.csv.import.refused.status", "bad.csv", 3));

        robot.clickOn("#csv-errors-copy");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Nothing was imported: 3 problems (bad.csv)");
        for (CsvError e : listed) {
            assertThat(copied).contains(e.describe());
        }
        assertThat(robot.text("#csv-errors-copied")).isEqualTo(Messages.get("products.csv.errors.copied"));
        robot.clickOn("#csv-errors-close");
        await("the problems window has closed", () -> robot.lookup("#csv-errors").tryQuery().isEmpty());

        assertThat(counts(harness.app)).isEqualTo(before);
        assertThat(harness.app.catalog().findByScan("SCARF-GRY")).as("the good row was not imported either").isEmpty();
    }

    /** Cancelled as the import starts (progress just above 0), and while rows are checked and written. */
    @ParameterizedTest(name = "cancelled once progress is above {0}")
    @ValueSource(doubles = {0.0, 0.2})
    void cancellingALargeImportLeavesTheCatalogueAsItWas(double cancelAbove) throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the shop has loaded", () -> codes().size() == 4);
        Counts before = counts(harness.app);
        harness.csvFiles.importFile = LargeCsvFiles.write(temp.resolve("large.csv"), 30_000, 11);

        robot.push(KeyCode.CONTROL, KeyCode.I);
        confirmPreview(null);
        await("the import has passed " + cancelAbove, () -> robot.lookup("#csv-progress-bar").tryQuery()
                .map(n -> ((ProgressBar) n).getProgress() > cancelAbove).orElse(false));
        robot.clickOn("#csv-progress-cancel");
        assertThat(onFx(() -> robot.lookup("#csv-progress-cancel").queryAs(Button.class).isDisabled()))
                .as("Cancel is pressed once").isTrue();

        awaitHeadline(Messages.get("products.csv.import.cancelled"));
        assertThat(detailLines()).containsExactly(Messages.get("products.csv.import.cancelled.detail"));
        assertThat(harness.status.messageProperty().get()).isEqualTo(Messages.get("products.csv.import.cancelled.status", "large.csv"));
        assertThat(counts(harness.app)).isEqualTo(before);
        robot.push(KeyCode.ESCAPE);
        await("Esc closes the finished window", () -> robot.lookup("#csv-progress").tryQuery().isEmpty());
        assertThat(codes()).containsExactlyInAnyOrder("TOTE-NAT", "MUG-WHT", "TS-BLU-L", "TS-RED-M");
        assertThat(onFx(() -> robot.lookup("#products-import-csv").queryAs(Button.class).isDisabled()))
                .as("another import may start").isFalse();
    }

    @Test
    void exportWritesAFileThatImportsAgainUnchangedAndIntoAnotherShop() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> {
            ShopFixture.seed(app);
            String tee = app.catalog().findByScan("TS-RED-M").orElseThrow().skuId();
            app.stock().adjust(new StockAdjustment(tee, MovementKind.RECEIVED, 9, "Delivery", "", "PO-1"));
        });
        await("the shop has loaded", () -> codes().size() == 4);
        Path target = temp.resolve("export.csv");
        harness.csvFiles.exportTarget = target;

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        awaitHeadline(Messages.get("products.csv.export.done", "export.csv"));
        assertThat(harness.csvFiles.suggestedName).startsWith("products-").endsWith(".csv");
        assertThat(detailLines()).containsExactly(Messages.get("products.csv.export.rows", 3, 4),
                Messages.get("products.csv.export.where", target.toAbsolutePath().toString()));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("TS-RED-M", "Canvas Tote Bag");
        robot.clickOn("#csv-progress-close");
        await("the progress window has closed", () -> robot.lookup("#csv-progress").tryQuery().isEmpty());

        Counts before = counts(harness.app);
        harness.csvFiles.importFile = target;
        robot.push(KeyCode.CONTROL, KeyCode.I);
        confirmPreview("Merchant Desk CSV: 3 products, 4 variants");
        awaitHeadline(Messages.get("products.csv.import.done", "export.csv"));
        assertThat(detailLines()).contains(Messages.get("products.csv.import.products", 0, 0, 3),
                Messages.get("products.csv.import.stock", 0));
        assertThat(counts(harness.app)).as("importing an export changes nothing").isEqualTo(before);
        robot.clickOn("#csv-progress-close");

        try (AppContext other = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            new ProductCsvImporter(other.catalog(), other.clock()).importFile(target, ShopFixture.USD);
            for (String code : List.of("TS-RED-M", "TS-BLU-L", "TOTE-NAT", "MUG-WHT")) {
                SkuRow original = harness.app.catalog().findByScan(code).orElseThrow();
                SkuRow copy = other.catalog().findByScan(code).orElseThrow();
                assertThat(copy).extracting(SkuRow::title, SkuRow::barcode, SkuRow::price, SkuRow::onHand, SkuRow::status)
                        .containsExactly(original.title(), original.barcode(), original.price(), original.onHand(), original.status());
            }
        }
    }

    @Test
    void exportAsksWhichKindOfFileAndWritesShopifysColumns() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the shop has loaded", () -> codes().size() == 4);
        Path target = temp.resolve("shopify.csv");
        harness.csvFiles.exportTarget = target;
        harness.csvFiles.exportFormat = com.merchantdesk.catalog.csv.ExportFormat.SHOPIFY;

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        awaitHeadline(Messages.get("products.csv.export.done", "shopify.csv"));

        assertThat(harness.csvFiles.suggestedName).startsWith("products-").endsWith("-shopify.csv");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("\uFEFFHandle,Title,Body (HTML),")
                .contains("TS-RED-M");
        robot.clickOn("#csv-progress-close");
    }

    @Test
    void cancelledFileDialogStartsNothingAndEveryShortcutIsDescribed() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the shop has loaded", () -> codes().size() == 4);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        await("both dialogs were asked", () -> harness.csvFiles.asked == 2);
        assertThat(robot.lookup("#csv-progress").tryQuery()).isEmpty();

        assertThat(harness.screen().shortcutDescriptionKeys().keySet()).containsExactlyInAnyOrderElementsOf(harness.screen().shortcuts().keySet());
        harness.screen().shortcutDescriptionKeys().values()
                .forEach(key -> assertThat(Messages.bundle().containsKey(key)).as(key).isTrue());
        // Tooltips are made when the pointer first comes over their control.
        robot.moveTo("#products-import-csv");
        assertThat(onFx(() -> robot.lookup("#products-import-csv").queryAs(Button.class).getTooltip().getText()))
                .isEqualTo(Messages.get("controls.shortcut.hint", Messages.get("products.csv.import.tooltip"),
                        ProductShortcuts.IMPORT_CSV.getDisplayText()));
        robot.moveTo("#products-export-csv");
        assertThat(onFx(() -> robot.lookup("#products-export-csv").queryAs(Button.class).getTooltip().getText()))
                .contains(ProductShortcuts.EXPORT_CSV.getDisplayText());
    }

    // --- helpers ---

    /** What an import may change; equal counts (with the same last update) mean it changed nothing. */
    record Counts(long products, long skus, long movements, long outbox, long lastUpdate) {}

    private static Counts counts(AppContext app) {
        return app.database().read(c -> new Counts(count(c, "SELECT count(*) FROM product"), count(c, "SELECT count(*) FROM sku"),
                count(c, "SELECT count(*) FROM stock_movement"), count(c, "SELECT count(*) FROM outbox"),
                count(c, "SELECT coalesce(max(updated_at), 0) FROM product")));
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Waits for what the file is, before the import starts, checks the line when given, and chooses Import. */
    private void confirmPreview(String summary) {
        await("the file is described before the import", () -> robot.lookup("#csv-import-preview-import").tryQuery().isPresent());
        if (summary != null) {
            assertThat(onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#" + ImportPreview.ID).query())
                    .getHeaderText())).isEqualTo(summary);
        }
        robot.clickOn("#csv-import-preview-import");
    }

    private void awaitHeadline(String expected) {
        await("the CSV window says " + expected, () -> expected.equals(robot.text("#csv-progress-headline")));
    }

    private List<String> detailLines() {
        return onFx(() -> robot.lookup("#csv-progress-details .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList());
    }

    private List<String> codes() {
        return onFx(() -> harness.screen().list().loadingProperty().get() ? List.<String>of()
                : harness.screen().list().rows().stream().map(SkuRow::code).sorted().toList());
    }

    @SuppressWarnings("unchecked")
    private TableView<CsvError> errorTable() { return robot.lookup("#csv-errors-table").queryAs(TableView.class); }

    private List<String> visibleCells() {
        return onFx(() -> robot.from(errorTable()).lookup(".table-cell").queryAll().stream()
                .map(ProductsCsvTest::cellText).filter(t -> t != null && !t.isEmpty()).toList());
    }

    private static String cellText(Node cell) {
        Labeled labeled = (Labeled) cell;
        if (labeled.getGraphic() instanceof javafx.scene.text.Text t) {
            return t.getText();
        }
        return labeled.getText();
    }
}
