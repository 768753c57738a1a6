package com.merchantdesk.catalog.csv;

import static com.merchantdesk.catalog.csv.CsvFixtures.HEADER;
import static com.merchantdesk.catalog.csv.CsvFixtures.snapshot;
import static com.merchantdesk.catalog.csv.CsvFixtures.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.WireRequests;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(EnglishMessages.class)
class ProductCsvImporterTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final String GOOD_SHIRT_RED =
            "shirt,Linen Shirt,\"Soft, breathable \"\"linen\"\"\",Apparel,active,Colour,Red,Size,M,,,TS-RED-M,4006381333931,19.90,25.00,8.10,USD,180,5,12";
    private static final String GOOD_SHIRT_BLUE = "shirt,,,,,,Blue,,L,,,TS-BLU-L,,21.00,,,,,,0";
    private static final String GOOD_MUG = "mug,Stoneware Mug,,Home,draft,,,,,,,MUG-1,MUG 001,9.5,,,,350,,3";

    @TempDir Path temp;
    private AppContext app;
    private ProductCsvImporter importer;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
        importer = new ProductCsvImporter(app.catalog(), app.clock());
    }

    @AfterEach
    void close() {
        app.close();
    }

    // --- good files -----------------------------------------------------------------------------------

    @Test
    void goodFileCreatesProductsWithVariantsAndStock() {
        Path file = withHeader(temp.resolve("good.csv"), GOOD_SHIRT_RED, GOOD_SHIRT_BLUE, GOOD_MUG);

        ImportResult result = importer.importFile(file, USD);

        assertThat(result.withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(3, 2, 0, 0, 3, 0, 2));
        SkuRow red = app.catalog().findByScan("TS-RED-M").orElseThrow();
        SkuRow blue = app.catalog().findByScan("TS-BLU-L").orElseThrow();
        assertThat(blue.productId()).isEqualTo(red.productId());
        Product shirt = app.catalog().find(red.productId()).orElseThrow();
        assertThat(shirt.title()).isEqualTo("Linen Shirt");
        assertThat(shirt.description()).isEqualTo("Soft, breathable \"linen\"");
        assertThat(shirt.category()).isEqualTo("Apparel");
        assertThat(shirt.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(shirt.optionNames()).containsExactly("Colour", "Size");
        assertThat(shirt.skus()).extracting(Sku::code, Sku::optionValues, s -> s.price().toString())
                .containsExactly(tuple("TS-RED-M", List.of("Red", "M"), "19.90 USD"), tuple("TS-BLU-L", List.of("Blue", "L"), "21.00 USD"));
        Sku redSku = shirt.skus().get(0);
        assertThat(redSku.barcode().value()).isEqualTo("4006381333931");
        assertThat(redSku.compareAtPrice().toString()).isEqualTo("25.00 USD");
        assertThat(redSku.cost().toString()).isEqualTo("8.10 USD");
        assertThat(redSku.weightGrams()).isEqualTo(180);
        assertThat(redSku.reorderPoint()).isEqualTo(5);

        assertThat(red.onHand()).isEqualTo(12);
        assertThat(blue.onHand()).isZero();
        List<StockMovement> history = app.stock().history(red.skuId(), 10);
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.COUNTED);
            assertThat(m.delta()).isEqualTo(12);
            assertThat(m.reason()).isEqualTo("CSV import");
            assertThat(m.reference()).isEqualTo("good.csv");
        });
        assertThat(app.stock().history(blue.skuId(), 10)).isEmpty();

        SkuRow mug = app.catalog().findByScan("MUG 001").orElseThrow();
        assertThat(mug.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(mug.price().toString()).isEqualTo("9.50 USD");
        assertThat(mug.onHand()).isEqualTo(3);
        List<Outbox.Entry> outbox = app.database().read(c -> Outbox.pending(c, 100));
        // The products (each with its SKUs) first, then their counts: the platform hears of every SKU before any
        // stock movement of it, and each count waits for its product's rows.
        assertThat(outbox).extracting(Outbox.Entry::entityType).filteredOn(t -> !t.equals("sku"))
                .containsExactly("product", "product", "stock_adjustment", "stock_adjustment");
        assertThat(outbox.subList(0, outbox.size() - 2)).extracting(Outbox.Entry::entityType).doesNotContain("stock_adjustment");
        for (Outbox.Entry row : outbox) {
            switch (row.entityType()) {
                case "product" -> WireRequests.assertAccepted("POST", "/v1/products", row.payload());
                case "sku" -> WireRequests.assertAccepted("POST", "/v1/skus", row.payload());
                default -> WireRequests.assertAccepted("POST", "/v1/stock/adjustments", row.payload());
            }
        }
        long waitingCounts = app.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(DISTINCT w.seq) FROM outbox_wait w "
                    + "JOIN outbox o ON o.seq = w.seq WHERE o.entity_type = 'stock_adjustment'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(waitingCounts).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fileIsReadWithOrWithoutByteOrderMark(boolean bom) {
        Path file = CsvFixtures.file(temp.resolve("bom.csv"), bom, HEADER.toUpperCase(Locale.ROOT), GOOD_MUG);

        assertThat(importer.importFile(file, USD).productsCreated()).isEqualTo(1);
        assertThat(app.catalog().findByScan("MUG-1")).map(SkuRow::title).contains("Stoneware Mug");
    }

    @Test
    void koreanAndChineseTextSurvives() {
        Path file = CsvFixtures.file(temp.resolve("cjk.csv"), true,
                "handle,title,description,category,option1_name,option1_value,sku,price,currency",
                "셔츠,린넨 셔츠,\"부드러운 린넨, 여름용\",의류,색상,빨강,KR-1,15000,KRW",
                "셔츠,,,,,파랑,KR-2,15000,KRW",
                "茶杯,陶瓷茶杯,手工制作,家居,,,CN-1,38.50,CNY");

        assertThat(importer.importFile(file, USD).productsCreated()).isEqualTo(2);

        SkuRow korean = app.catalog().findByScan("KR-2").orElseThrow();
        Product shirt = app.catalog().find(korean.productId()).orElseThrow();
        assertThat(shirt.title()).isEqualTo("린넨 셔츠");
        assertThat(shirt.description()).isEqualTo("부드러운 린넨, 여름용");
        assertThat(shirt.category()).isEqualTo("의류");
        assertThat(shirt.optionNames()).containsExactly("색상");
        assertThat(shirt.skus()).extracting(Sku::optionLabel).containsExactly("빨강", "파랑");
        assertThat(korean.price().toString()).isEqualTo("15000 KRW");
        SkuRow chinese = app.catalog().findByScan("CN-1").orElseThrow();
        assertThat(chinese.title()).isEqualTo("陶瓷茶杯");
        assertThat(chinese.category()).isEqualTo("家居");
        assertThat(chinese.price().toString()).isEqualTo("38.50 CNY");
        assertThat(app.catalog().search(ProductQuery.firstPage(10).withText("린넨")).items())
                .extracting(SkuRow::code).containsExactlyInAnyOrder("KR-1", "KR-2");
    }

    @Test
    void headerNeedsOnlyTheRequiredColumnsInAnyOrderAndCase() {
        Path file = CsvFixtures.file(temp.resolve("short.csv"), false, " Price ,SKU,Title,HANDLE", "4.00,PEN-1,Pen,pen");

        assertThat(importer.importFile(file, USD).skusCreated()).isEqualTo(1);
        assertThat(app.catalog().findByScan("PEN-1")).map(r -> r.price().toString()).contains("4.00 USD");
    }

    @Test
    void examplesInTheDocumentationImport() throws Exception {
        String doc = Files.readString(Path.of("docs", "csv.md"));
        List<String> examples = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```csv\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSize(3);

        ImportResult full = importer.importFile(Files.writeString(temp.resolve("example.csv"), examples.get(0)), USD);
        ImportResult prices = importer.importFile(Files.writeString(temp.resolve("prices.csv"), examples.get(2)), USD);
        importer.importFile(Files.writeString(temp.resolve("places.csv"), examples.get(1)), USD);

        assertThat(full.withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(5, 3, 0, 0, 5, 0, 3));
        assertThat(prices.withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(2, 0, 1, 0, 0, 2, 0));
        assertThat(app.catalog().findByScan("TS-RED-L")).map(r -> r.price().toString()).contains("18.90 USD");
        assertThat(app.catalog().findByScan("TS-BLU-M")).map(SkuRow::optionLabel).contains("Blue / M");
        assertThat(app.catalog().findByScan("KR-SHIRT-RED")).map(SkuRow::onHand).contains(3L);
        Product cup = app.catalog().find(app.catalog().findByScan("CN-CUP-1").orElseThrow().productId()).orElseThrow();
        assertThat(cup.skus().get(0)).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry)
                .containsExactly("C-03", "691200", "CN");
    }

    @Test
    void headerOnlyFileImportsNothing() {
        Path file = CsvFixtures.file(temp.resolve("empty.csv"), true, HEADER);
        assertThat(importer.importFile(file, USD).withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(0, 0, 0, 0, 0, 0, 0));
    }

    // --- updates -----------------------------------------------------------------------------------------

    private Product seedShirt() {
        Product p = app.catalog().save(new ProductInput(null, "Linen T-Shirt", "Soft linen", "Apparel", "active",
                List.of("Colour", "Size"),
                List.of(new SkuInput(null, "TS-RED-M", List.of("Red", "M"), "4006381333931", "19.90", "25.00", "8.10", "180", "5"),
                        new SkuInput(null, "TS-BLU-L", List.of("Blue", "L"), "", "21.00", "", "", "", "")),
                List.of(), null), USD);
        app.stock().adjust(new StockAdjustment(p.skus().get(0).id(), MovementKind.RECEIVED, 5, "delivery", "", "PO-1"));
        return p;
    }

    @Test
    void rowsUpdateTheProductThatOwnsTheirSkuCodes() {
        Product before = seedShirt();
        Path file = withHeader(temp.resolve("update.csv"),
                "any-handle,Linen Shirt v2,Soft linen,Apparel,active,Colour,Red,Size,M,,,ts-red-m,4006381333931,18.00,25.00,8.10,USD,180,5,8",
                "any-handle,,,,,,Green,,S,,,TS-GRN-S,,18.00,,,,,,");

        ImportResult result = importer.importFile(file, USD);

        assertThat(result.withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(2, 0, 1, 0, 1, 1, 1));
        Product after = app.catalog().find(before.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("Linen Shirt v2");
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        // the listed SKUs first, in file order; the unlisted one is kept, never deleted
        assertThat(after.skus()).extracting(Sku::code).containsExactly("ts-red-m", "TS-GRN-S", "TS-BLU-L");
        assertThat(after.skus().get(0).id()).isEqualTo(before.skus().get(0).id());
        assertThat(after.skus().get(0).price().toString()).isEqualTo("18.00 USD");
        assertThat(after.skus().get(2)).isEqualTo(before.skus().get(1));
        assertThat(app.catalog().search(ProductQuery.firstPage(10)).total()).isEqualTo(3);
    }

    @Test
    void onHandRecordsACountedMovementOnlyWhenStockDiffers() {
        Product before = seedShirt();
        String red = before.skus().get(0).id();
        String blue = before.skus().get(1).id();
        Path file = CsvFixtures.file(temp.resolve("count-2024.csv"), false, "handle,title,sku,price,on_hand",
                "s,Linen T-Shirt,TS-RED-M,19.90,8", "s,,TS-BLU-L,21.00,0");

        ImportResult result = importer.importFile(file, USD);

        assertThat(result.stockMovements()).isEqualTo(1);
        assertThat(app.stock().onHand(red)).isEqualTo(8);
        assertThat(app.stock().history(red, 10)).first().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.COUNTED);
            assertThat(m.delta()).isEqualTo(3);
            assertThat(m.onHandAfter()).isEqualTo(8);
            assertThat(m.reason()).isEqualTo(ProductCsvImporter.STOCK_REASON);
            assertThat(m.reference()).isEqualTo("count-2024.csv");
        });
        assertThat(app.stock().history(blue, 10)).isEmpty();
    }

    @Test
    void columnsTheFileLacksKeepTheirValuesOnUpdate() {
        Product before = seedShirt();
        Path file = CsvFixtures.file(temp.resolve("prices.csv"), false, "handle,title,sku,price",
                "s,Linen T-Shirt,TS-RED-M,17.00");

        importer.importFile(file, USD);

        Product after = app.catalog().find(before.id()).orElseThrow();
        Sku red = after.skus().get(0);
        assertThat(red.price().toString()).isEqualTo("17.00 USD");
        assertThat(red.barcode()).isEqualTo(before.skus().get(0).barcode());
        assertThat(red.cost()).isEqualTo(before.skus().get(0).cost());
        assertThat(red.compareAtPrice()).isEqualTo(before.skus().get(0).compareAtPrice());
        assertThat(red.weightGrams()).isEqualTo(180);
        assertThat(red.reorderPoint()).isEqualTo(5);
        assertThat(red.optionValues()).containsExactly("Red", "M");
        assertThat(after.optionNames()).containsExactly("Colour", "Size");
        assertThat(after.description()).isEqualTo("Soft linen");
        assertThat(after.status()).isEqualTo(ProductStatus.ACTIVE);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        Path file = withHeader(temp.resolve("good.csv"), GOOD_SHIRT_RED, GOOD_SHIRT_BLUE, GOOD_MUG);
        importer.importFile(file, USD);
        CsvFixtures.Snapshot once = snapshot(app);

        ImportResult again = importer.importFile(file, USD);

        assertThat(again.withNotes(ImportNotes.NONE, 0)).isEqualTo(new ImportResult(3, 0, 0, 2, 0, 0, 0));
        assertThat(snapshot(app)).isEqualTo(once);
    }

    @Test
    void barcodeMayMoveBetweenSkusOfTheProductItUpdates() {
        Product before = seedShirt();
        Path file = CsvFixtures.file(temp.resolve("move.csv"), false, "handle,title,sku,price,barcode",
                "s,Linen T-Shirt,TS-BLU-L,21.00,4006381333931", "s,,TS-RED-M,19.90,");

        importer.importFile(file, USD);

        assertThat(app.catalog().findByScan("4006381333931")).map(SkuRow::skuId).contains(before.skus().get(1).id());
    }

    // --- refused files -------------------------------------------------------------------------------

    private CsvImportException refused(Path file) {
        CsvFixtures.Snapshot before = snapshot(app);
        CsvImportException e = (CsvImportException) org.assertj.core.api.Assertions.catchThrowable(() -> importer.importFile(file, USD));
        assertThat(e).as("import of %s must be refused", file.getFileName()).isNotNull();
        assertThat(snapshot(app)).as("nothing may change").isEqualTo(before);
        return e;
    }

    private void assertRefused(Path file, long line, String column, String reason) {
        CsvImportException e = refused(file);
        assertThat(e.errors()).anySatisfy(err -> {
            assertThat(err.line()).isEqualTo(line);
            assertThat(err.column()).isEqualTo(column);
            assertThat(err.message()).contains(reason);
        });
        assertThat(e.getMessage()).contains(column.isEmpty() ? "Line " + line + ": " : "Line " + line + ", " + column + ": ")
                .contains(reason);
    }

    @Test
    void missingRequiredValueIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), GOOD_MUG, "pen,Pen,,,,,,,,,,PEN-1,,,,,,,,"), 3, "price", "required");
    }

    @Test
    void priceWithTooManyDecimalsIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,,1.999,,,,,,"), 2, "price",
                "Too many decimal places; this currency has 2");
    }

    @Test
    void barcodeWithWrongCheckDigitIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,4006381333932,1.00,,,,,,"), 2, "barcode",
                "check digit is wrong");
    }

    @Test
    void unknownStatusIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,sold-out,,,,,,,PEN-1,,1.00,,,,,,"), 2, "status",
                "Unknown status sold-out");
    }

    @Test
    void skuCodeTwiceInTheFileIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,,1.00,,,,,,",
                "pencil,Pencil,,,,,,,,,,pen-1,,1.00,,,,,,"), 3, "sku", "SKU code pen-1 is also on line 2");
    }

    @Test
    void barcodeTwiceInTheFileIsRefused() {
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,4006381333931,1.00,,,,,,",
                "pencil,Pencil,,,,,,,,,,PENCIL-1,4006381333931,1.00,,,,,,"), 3, "barcode", "is also on line 2");
    }

    @Test
    void handleWhoseSkuCodesBelongToTwoProductsIsRefused() {
        seedShirt();
        app.catalog().save(new ProductInput(null, "Mug", "", "", "active", List.of(),
                List.of(new SkuInput(null, "MUG-1", List.of(), "", "9.00", "", "", "", "")), List.of(), null), USD);
        assertRefused(CsvFixtures.file(temp.resolve("f.csv"), false, "handle,title,sku,price",
                "x,Mixed,TS-RED-M,1.00", "x,,MUG-1,1.00"), 3, "sku", "belong to two different products");
    }

    @Test
    void barcodeOfAnotherProductIsRefused() {
        seedShirt();
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,4006381333931,1.00,,,,,,"), 2, "barcode",
                "Barcode 4006381333931 is already used by another product");
    }

    @Test
    void twoHandlesUpdatingOneProductAreRefused() {
        seedShirt();
        assertRefused(CsvFixtures.file(temp.resolve("f.csv"), false, "handle,title,sku,price",
                "a,Shirt,TS-RED-M,1.00", "b,Shirt,TS-BLU-L,1.00"), 3, "sku", "handle a (line 2) already updates");
    }

    @Test
    void conflictingProductFieldsInOneHandleAreRefused() {
        assertRefused(withHeader(temp.resolve("f.csv"), GOOD_SHIRT_RED,
                "shirt,Cotton Shirt,,,,,Blue,,L,,,TS-BLU-L,,21.00,,,,,,"), 3, "title", "Differs from line 2");
    }

    @Test
    void unknownColumnIsListedOnceAsNotImported() {
        Path file = CsvFixtures.file(temp.resolve("f.csv"), false, HEADER + ",colour,size",
                "pen,Pen,,,,,,,,,,PEN-1,,1.00,,,,,,,red,M");
        ImportResult result = importer.importFile(file, USD);
        assertThat(result.notes().dialect()).isEqualTo(CsvDialect.OURS);
        assertThat(result.notes().notImported()).containsExactly("colour", "size");
        assertThat(result.notes().notImportedLine()).isEqualTo(
                "Not imported (columns Merchant Desk does not use): colour, size");
        assertThat(app.catalog().findByScan("PEN-1")).isPresent();
    }

    @Test
    void missingRequiredColumnIsRefused() {
        assertRefused(CsvFixtures.file(temp.resolve("f.csv"), false, "handle,title,sku", "pen,Pen,PEN-1"), 1, "price",
                "Required column \"price\" is missing");
    }

    @Test
    void optionValuesMustMatchTheOptionNames() {
        CsvImportException e = refused(withHeader(temp.resolve("f.csv"),
                "shirt,Shirt,,,,Colour,Red,Size,,,,S-1,,1.00,,,,,,",
                "shirt,,,,,,Blue,,L,,XL,S-2,,1.00,,,,,,"));
        assertThat(e.errors()).extracting(CsvError::line, CsvError::column)
                .containsExactly(tuple(2L, "option2_value"), tuple(3L, "option3_value"));
        assertThat(e.errors().get(0).message()).isEqualTo(Messages.get("validation.option.valueMissing"));
        assertThat(e.errors().get(1).message()).contains("fill in option3_name");
    }

    @Test
    void everyBadRowIsListedAtOnceByLineAndColumn() {
        CsvImportException e = refused(withHeader(temp.resolve("f.csv"),
                "pen,Pen,,,,,,,,,,PEN-1,,1.999,,,,,,",
                GOOD_MUG,
                "cup,,,,,,,,,,,CUP-1,,abc,,,XYZ,-4,,many"));
        assertThat(e.errors()).extracting(CsvError::line, CsvError::column).containsExactly(
                tuple(2L, "price"), tuple(4L, "currency"), tuple(4L, "on_hand"), tuple(4L, "title"), tuple(4L, "price"),
                tuple(4L, "weight_grams"));
        assertThat(e.getMessage()).contains("Problems found: 6").contains("Line 4, weight_grams: Must not be negative.");
    }

    @Test
    void linesAreCountedPhysicallyAcrossQuotedLineBreaksAndBlankLines() {
        assertRefused(withHeader(temp.resolve("f.csv"),
                "pen,Pen,\"first line",
                "second line\",,,,,,,,,PEN-1,,1.00,,,,,,",
                "",
                "cup,Cup,,,,,,,,,,CUP-1,,x,,,,,,"), 5, "price", "Not an amount");
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsRefused() {
        assertRefused(withHeader(temp.resolve("f.csv"), GOOD_MUG, "pen,Pen,PEN-1,1.00"), 3, "",
                "This line has 4 values but the header names 20 columns");
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        Path file = temp.resolve("euc-kr.csv");
        Files.writeString(file, "handle,title,sku,price\n셔츠,린넨 셔츠,KR-1,15000\n", Charset.forName("EUC-KR"));
        assertRefused(file, 2, "", "not UTF-8");
    }

    @Test
    void semicolonSeparatedFileGetsAHint() {
        assertRefused(CsvFixtures.file(temp.resolve("f.csv"), false, "handle;title;sku;price", "pen;Pen;PEN-1;1.00"),
                1, "", "separated by commas");
    }

    @Test
    void unclosedQuoteIsRefused() {
        assertRefused(withHeader(temp.resolve("f.csv"), GOOD_MUG, "pen,\"Pen,,,,,,,,,,PEN-1,,1.00,,,,,,"), 3, "",
                "quotation mark");
    }

    @Test
    void barcodeInScientificNotationIsRefused() {
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,4.00638E+12,1.00,,,,,,"), 2, "barcode",
                "scientific notation");
    }

    @Test
    void decimalCommaIsRefusedButThousandsCommasAreRead() {
        assertRefused(withHeader(temp.resolve("f.csv"), "pen,Pen,,,,,,,,,,PEN-1,,\"12,50\",,,,,,"), 2, "price",
                "Use a dot for decimals");
        importer.importFile(withHeader(temp.resolve("g.csv"), "pen,Pen,,,,,,,,,,PEN-1,,\"1,250.50\",,,,,,"), USD);
        assertThat(app.catalog().findByScan("PEN-1")).map(r -> r.price().toString()).contains("1250.50 USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "\n\n"})
    void fileWithoutHeaderIsRefused(String content) throws Exception {
        assertRefused(Files.writeString(temp.resolve("f.csv"), content), 1, "", "The file is empty");
    }

    @Test
    void missingFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> importer.importFile(temp.resolve("nowhere.csv"), USD))
                .isInstanceOf(CsvImportException.class).hasMessageContaining("nowhere.csv");
    }

    @Test
    void messagesAreInTheSellersLanguage() {
        Messages.setLocale(Locale.KOREAN);
        CsvImportException e = refused(CsvFixtures.file(temp.resolve("f.csv"), false, "handle,title,sku", "pen,Pen,PEN-1"));
        assertThat(e.errors()).singleElement().extracting(CsvError::message).isEqualTo("필수 열 \"price\"이(가) 없습니다.");
        assertThat(e.getMessage()).contains("1행, price");
    }

    // --- progress and cancel ---------------------------------------------------------------------------

    @Test
    void progressOnlyMovesForwardAndEndsComplete() {
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 3_000, 7);
        List<long[]> updates = new ArrayList<>();

        importer.importFile(file, USD, (done, total) -> updates.add(new long[] {done, total}), () -> false);

        assertThat(updates).hasSizeGreaterThan(10);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i)[0]).isGreaterThan(updates.get(i - 1)[0]);
        }
        long[] last = updates.get(updates.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        long skus = app.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sku")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(skus).isEqualTo(3_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 40})
    void cancelWhileCheckingOrStagingLeavesNothing(long percent) {
        seedShirt();
        CsvFixtures.Snapshot before = snapshot(app);
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 3_000, 7);
        AtomicLong progress = new AtomicLong();

        assertThatThrownBy(() -> importer.importFile(file, USD, (done, total) -> progress.set(done * 100 / total),
                () -> progress.get() >= percent))
                .isInstanceOf(CancellationException.class).hasMessage("The import was cancelled; nothing was changed.");

        assertThat(progress.get()).isBetween(percent, 99L);
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void cancelWhileWritingLeavesNothing() {
        seedShirt();
        CsvFixtures.Snapshot before = snapshot(app);
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 3_000, 7);
        AtomicLong asked = new AtomicLong();

        assertThatThrownBy(() -> importer.importFile(file, USD, CsvProgress.NONE,
                () -> app.database().isWritingOnThisThread() && asked.incrementAndGet() > 0))
                .isInstanceOf(CancellationException.class).hasMessage("The import was cancelled; nothing was changed.");

        assertThat(asked.get()).as("asked inside the write transaction").isPositive();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void cancelWhileReadingLeavesNothing() {
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 3_000, 7);
        CsvFixtures.Snapshot before = snapshot(app);

        assertThatThrownBy(() -> importer.importFile(file, USD, CsvProgress.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(snapshot(app)).isEqualTo(before);
    }
}
