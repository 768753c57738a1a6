package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real products screen on a real SQLite folder with the keyboard and mouse, headless. */
class ProductsScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private ScreenHarness harness;

    private void open() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        awaitCodes("the list shows the shop", "TOTE-NAT", "MUG-WHT", "TS-BLU-L", "TS-RED-M");
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void searchAsYouTypeNarrowsTheList() throws Exception {
        open();
        robot.clickOn("#products-search").write("lin");
        awaitCodes("'lin' finds the linen shirt", "TS-BLU-L", "TS-RED-M");
        robot.write(" red");
        awaitCodes("'lin red' finds the red shirt only", "TS-RED-M");
        assertThat(robot.text("#products-page-label")).isEqualTo("1\u20131 of 1");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("4006");
        awaitCodes("a barcode prefix finds its SKU", "TS-RED-M");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("nothing-like-this");
        awaitCodes("no match empties the list");
        assertThat(robot.text("#products-placeholder")).isEqualTo(Messages.get("products.empty.noMatch"));
    }

    @Test
    void newProductIsCreatedWithTheKeyboardOnly() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the form is open with the title focused", () -> robot.focusedId().equals("title"));
        robot.typeInto("#product-form");
        robot.write("Wool Scarf");
        tabUntil("sku-0-code");
        robot.write("SCARF-GRY");
        robot.push(KeyCode.TAB).write("2000000000121");
        robot.push(KeyCode.TAB).write("29.5");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        await("the form has closed", () -> robot.lookup("#product-form").tryQuery().isEmpty());
        List<SkuRow> found = harness.app.catalog().search(ProductQuery.firstPage(10).withText("scarf")).items();
        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("SCARF-GRY");
            assertThat(row.barcode()).isEqualTo("2000000000121");
            assertThat(row.price().minorUnits()).isEqualTo(2950);
            assertThat(row.status()).isEqualTo(ProductStatus.DRAFT);
        });
        await("the new SKU is selected in the list", () -> "SCARF-GRY".equals(selectedCode()));
        assertThat(harness.status.messageProperty().get()).isEqualTo(Messages.get("products.created", "Wool Scarf"));
    }

    @Test
    void editingAPriceSavesItAndTheListShowsIt() throws Exception {
        open();
        clickRow("TOTE-NAT");
        robot.push(KeyCode.ENTER);
        await("the edit form is open", () -> robot.lookup("#sku-0-price").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#sku-0-price").queryAs(TextField.class).getText())).isEqualTo("12.00");
        robot.clickOn("#sku-0-price").push(KeyCode.CONTROL, KeyCode.A).write("14.25");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        await("the form has closed", () -> robot.lookup("#product-form").tryQuery().isEmpty());
        assertThat(harness.app.catalog().findByScan("TOTE-NAT")).map(r -> r.price().minorUnits()).contains(1425L);
        await("the list shows the new price", () -> "$14.25".equals(cellText("TOTE-NAT", "col-price")));

        robot.push(KeyCode.CONTROL, KeyCode.E);
        await("Ctrl+E opens the same product again", () -> robot.lookup("#sku-0-price").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#sku-0-price").queryAs(TextField.class).getText())).isEqualTo("14.25");
        robot.push(KeyCode.ESCAPE);
        await("an unchanged form closes on Esc without asking", () -> robot.lookup("#product-form").tryQuery().isEmpty());
    }

    @Test
    void badInputIsShownOnItsFieldAndNothingIsSaved() throws Exception {
        open();
        long before = countAll();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the form is open", () -> robot.focusedId().equals("title"));
        robot.typeInto("#product-form");
        robot.write("Another Shirt");
        robot.clickOn("#sku-0-code").write("TS-RED-M");
        robot.clickOn("#sku-0-price").write("12.3.4");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        String badAmount = Messages.get("validation.money.format");
        await("the price field shows its error", () -> robot.hasError("#sku-0-price", badAmount));
        assertThat(robot.focusedId()).isEqualTo("sku-0-price");
        assertThat(errorLines()).contains(Messages.get("products.form.errorLine", "SKU 1 \u00b7 Price", badAmount));
        assertThat(countAll()).isEqualTo(before);

        // The price is fixed; only the database can tell that the code is taken.
        robot.push(KeyCode.CONTROL, KeyCode.A).write("12.30");
        await("the price error is gone once the price is right", () -> !robot.hasError("#sku-0-price", badAmount));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        String taken = Messages.get("validation.sku.codeTaken", "TS-RED-M");
        await("the code field shows the service's refusal", () -> robot.hasError("#sku-0-code", taken));
        assertThat(robot.focusedId()).isEqualTo("sku-0-code");
        assertThat(robot.lookup("#product-form").tryQuery()).isPresent();
        assertThat(countAll()).isEqualTo(before);

        robot.push(KeyCode.CONTROL, KeyCode.A).write("TS-GRN-S");
        await("editing the code clears the refusal", () -> !robot.hasError("#sku-0-code", taken));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the form has closed", () -> robot.lookup("#product-form").tryQuery().isEmpty());
        assertThat(countAll()).isEqualTo(before + 1);
    }

    @Test
    void stockAdjustChangesOnHandAndAddsAHistoryRow() throws Exception {
        open();
        clickRow("TS-RED-M");
        robot.push(KeyCode.CONTROL, KeyCode.J);
        await("the adjust dialog is open", () -> robot.focusedId().equals("adjust-quantity"));
        robot.typeInto("#stock-adjust");
        assertThat(robot.text("#adjust-quantity-label")).isEqualTo(Messages.get("products.adjust.quantity.received"));
        robot.write("12");
        await("the resulting on hand is shown live", () -> "12".equals(robot.text("#adjust-after")));
        robot.clickOn("#adjust-reason").write("Supplier delivery");
        robot.clickOn("#adjust-reference").write("PO-7");
        robot.push(KeyCode.ENTER);

        await("the dialog has closed", () -> robot.lookup("#stock-adjust").tryQuery().isEmpty());
        await("the list shows 12 on hand", () -> "12".equals(cellText("TS-RED-M", "col-onhand")));
        await("the history shows the movement", () -> historyRows().size() == 1);
        StockMovement movement = historyRows().get(0);
        assertThat(movement.kind()).isEqualTo(MovementKind.RECEIVED);
        assertThat(movement.delta()).isEqualTo(12);
        assertThat(movement.reference()).isEqualTo("PO-7");
        assertThat(harness.app.stock().onHand(movement.skuId())).isEqualTo(12);

        // A count that would need more damage than there is stock is refused on the field.
        robot.push(KeyCode.CONTROL, KeyCode.J);
        await("the adjust dialog is open again", () -> robot.focusedId().equals("adjust-quantity"));
        robot.typeInto("#stock-adjust");
        choose("#adjust-kind", Messages.get("products.movement.damaged"));
        await("the label follows the kind", () -> robot.text("#adjust-quantity-label").equals(Messages.get("products.adjust.quantity.damaged")));
        robot.clickOn("#adjust-quantity").write("13");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        String belowZero = Messages.get("validation.stock.belowZero", 12L);
        await("the quantity field shows why", () -> robot.hasError("#adjust-quantity", belowZero));
        robot.push(KeyCode.ESCAPE);
        await("the dialog has closed", () -> robot.lookup("#stock-adjust").tryQuery().isEmpty());
        assertThat(harness.app.stock().onHand(movement.skuId())).isEqualTo(12);
    }

    @Test
    void scannedBarcodeAndEnterSelectsThatSku() throws Exception {
        open();
        robot.clickOn("#products-search").write(ShopFixture.MUG_BARCODE).push(KeyCode.ENTER);
        await("the mug is selected", () -> "MUG-WHT".equals(selectedCode()));
        assertThat(harness.status.messageProperty().get()).contains("MUG-WHT");

        // The next scan replaces the text; an archived SKU is still found, the status filter makes room for it.
        harness.app.catalog().setStatus(harness.app.catalog().findByScan("TOTE-NAT").orElseThrow().productId(), ProductStatus.ARCHIVED);
        robot.write("tote-nat").push(KeyCode.ENTER);
        await("the archived tote is selected", () -> "TOTE-NAT".equals(selectedCode()));
        assertThat(onFx(() -> harness.screen().list().statusFilterProperty().get())).isEqualTo(StatusFilter.ALL);

        robot.write("4000000000006").push(KeyCode.ENTER);
        await("an unknown code is reported", () -> harness.status.messageProperty().get()
                .equals(Messages.get("products.scan.notFound", "4000000000006")));
        awaitCodes("the unknown code stays an ordinary search");
    }

    @Test
    void pagesMoveHundredRowsAtATime() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> {
            ShopFixture.seed(app);
            ShopFixture.socks(app, 250);
        });
        await("the first page is shown", () -> robot.text("#products-page-label").equals("1\u2013100 of 254"));
        assertThat(rows()).hasSize(100);
        robot.clickOn("#products-table");
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        await("the second page is shown", () -> robot.text("#products-page-label").equals("101\u2013200 of 254"));
        assertThat(rows().get(0).code()).isEqualTo("SOCK-100");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PAGE_DOWN);
        await("the last page is shown", () -> robot.text("#products-page-label").equals("201\u2013254 of 254"));
        assertThat(rows()).hasSize(54).last().extracting(SkuRow::code).isEqualTo("TS-RED-M");
        robot.clickOn("#products-page-previous");
        await("back on the second page", () -> robot.text("#products-page-label").equals("101\u2013200 of 254"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PAGE_UP);
        await("back on the first page", () -> robot.text("#products-page-label").equals("1\u2013100 of 254"));
        assertThat(onFx(() -> robot.lookup("#products-page-previous").queryAs(Button.class).isDisabled())).isTrue();
    }

    @Test
    void pastTheCountLimitTheLabelSaysMoreThanAndLastPageCountsToTheEnd() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> {
            ShopFixture.seed(app);
            ShopFixture.socks(app, 1_150);
        });
        await("the count stops at its limit", () -> robot.text("#products-page-label").equals("1\u2013100 of more than 1,000"));
        assertThat(onFx(() -> robot.lookup("#products-page-next").queryAs(Button.class).isDisabled())).isFalse();
        robot.clickOn("#products-page-last");
        await("the last page is found by counting to the end", () -> robot.text("#products-page-label").equals("1,101\u20131,154 of 1,154"));
        assertThat(rows()).hasSize(54);
        assertThat(onFx(() -> robot.lookup("#products-page-next").queryAs(Button.class).isDisabled())).isTrue();
        robot.clickOn("#products-page-first");
        await("back at the start, the count stops again", () -> robot.text("#products-page-label").equals("1\u2013100 of more than 1,000"));
    }

    @Test
    void sortingByPriceAsksTheDatabaseNotThePage() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> {
            ShopFixture.seed(app);
            ShopFixture.socks(app, 250);
            ShopFixture.pouch(app);
        });
        await("the first page is shown", () -> robot.text("#products-page-label").equals("1\u2013100 of 255"));
        assertThat(rows()).extracting(SkuRow::code).doesNotContain("ZIP-01");

        robot.clickOn("#col-price");
        await("the cheapest SKU of all pages comes first", () -> "ZIP-01".equals(rows().get(0).code()));
        robot.clickOn("#col-price");
        await("the dearest SKU of all pages comes first", () -> "TS-BLU-L".equals(rows().get(0).code()));
        assertThat(rows()).hasSize(100);
        assertThat(onFx(() -> harness.screen().list().query().sort())).isEqualTo(ProductQuery.Sort.PRICE);
    }

    @Test
    void productWithHistoryIsArchivedInsteadOfDeleted() throws Exception {
        open();
        String teeSku = harness.app.catalog().findByScan("TS-RED-M").orElseThrow().skuId();
        harness.app.stock().adjust(new StockAdjustment(teeSku, MovementKind.RECEIVED, 3, "", "", ""));
        robot.push(KeyCode.F5);
        clickRow("TS-RED-M");
        robot.push(KeyCode.CONTROL, KeyCode.DELETE);
        robot.clickDialogButton(Messages.get("products.delete.yes"));
        await("the refusal is shown", () -> robot.lookup("#delete-refused").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#delete-refused").queryAs(javafx.scene.control.DialogPane.class).getContentText()))
                .isEqualTo(Messages.get("validation.product.archiveInstead"));
        robot.clickDialogButton(Messages.get("products.action.archive"));

        await("the product is archived", () -> harness.app.catalog().findByScan("TS-RED-M").orElseThrow().status() == ProductStatus.ARCHIVED);
        awaitCodes("archived SKUs leave the default list", "TOTE-NAT", "MUG-WHT");

        clickRow("TOTE-NAT");
        robot.push(KeyCode.CONTROL, KeyCode.DELETE);
        robot.clickDialogButton(Messages.get("products.delete.yes"));
        awaitCodes("a product without history is deleted", "MUG-WHT");
        assertThat(harness.app.catalog().findByScan("TOTE-NAT")).isEmpty();
    }

    @Test
    void archiveShortcutTogglesTheSelectedProduct() throws Exception {
        open();
        clickRow("MUG-WHT");
        robot.push(KeyCode.CONTROL, KeyCode.BACK_SPACE);
        awaitCodes("the mug leaves the default list", "TOTE-NAT", "TS-BLU-L", "TS-RED-M");
        assertThat(harness.app.catalog().findByScan("MUG-WHT").orElseThrow().status()).isEqualTo(ProductStatus.ARCHIVED);
        robot.interact(() -> harness.screen().list().statusFilterProperty().set(StatusFilter.ARCHIVED));
        awaitCodes("the archived filter shows it", "MUG-WHT");
        clickRow("MUG-WHT");
        robot.push(KeyCode.CONTROL, KeyCode.BACK_SPACE);
        await("it is active again", () -> harness.app.catalog().findByScan("MUG-WHT").orElseThrow().status() == ProductStatus.ACTIVE);
    }

    @Test
    void ctrlBackspaceWhileTypingDeletesAWordInsteadOfArchiving() throws Exception {
        open();
        clickRow("MUG-WHT");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        await("Ctrl+F puts the keyboard in the search field", () -> robot.focusedId().equals("products-search"));
        robot.write("ceramic mug");
        awaitCodes("the search found the mug", "MUG-WHT");
        robot.push(KeyCode.CONTROL, KeyCode.BACK_SPACE);
        await("the last word is gone", () -> "ceramic ".equals(robot.lookup("#products-search").queryAs(TextField.class).getText()));
        awaitCodes("the search runs again", "MUG-WHT");
        assertThat(harness.app.catalog().findByScan("MUG-WHT").orElseThrow().status()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void escapeAsksBeforeThrowingAwayTypedWork() throws Exception {
        open();
        long before = countAll();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the form is open", () -> robot.focusedId().equals("title"));
        robot.typeInto("#product-form");
        robot.write("Half typed");
        robot.push(KeyCode.ESCAPE);
        await("the seller is asked", () -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        robot.push(KeyCode.ENTER);
        await("Enter keeps the form", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(robot.lookup("#product-form").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);
        robot.clickDialogButton(Messages.get("products.form.discard.yes"));
        await("the form has closed", () -> robot.lookup("#product-form").tryQuery().isEmpty());
        assertThat(countAll()).isEqualTo(before);
    }

    @Test
    void thumbnailsAndDetailsOfTheSelectedSkuAreShown() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> {
            List<Product> shop = ShopFixture.seed(app);
            ShopFixture.withPhoto(app, shop.get(1), ShopFixture.photo(temp.resolve("photos"), "tote", java.awt.Color.ORANGE, "CT"));
        });
        awaitCodes("the list shows the shop", "TOTE-NAT", "MUG-WHT", "TS-BLU-L", "TS-RED-M");
        await("the tote's thumbnail has loaded", () -> robot.lookup(".table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.getItem() != null && "TOTE-NAT".equals(((SkuRow) r.getItem()).code()))
                .flatMap(r -> robot.from(r).lookup(".image-view").queryAll().stream())
                .map(v -> ((javafx.scene.image.ImageView) v).getImage())
                .anyMatch(i -> i != null && i.getProgress() == 1.0 && !i.isError() && i.getWidth() > 0));

        assertThat(robot.lookup("#history-table").tryQuery()).as("no history table until a SKU is selected").isEmpty();
        assertThat(robot.lookup("#sku-facts").lookup(".text-muted").tryQuery()).as("only the hint").isPresent();
        clickRow("TOTE-NAT");
        await("the detail pane shows the product", () -> "Canvas Tote Bag".equals(robot.text("#detail-title")));
        await("the description arrives from the database", () -> robot.lookup(".detail-description").tryQuery()
                .map(n -> ((Labeled) n).getText()).filter("Heavy cotton canvas."::equals).isPresent());
        assertThat(historyRows()).isEmpty();
        assertThat(onFx(() -> robot.lookup("#history-table").queryAs(TableView.class).getPlaceholder()))
                .isInstanceOf(Labeled.class);
    }

    @Test
    void categoryAndStatusFiltersNarrowTheListAndSurviveARefresh() throws Exception {
        open();
        choose("#products-category-filter", "Kitchen");
        awaitCodes("only the kitchen", "MUG-WHT");
        robot.push(KeyCode.F5);
        awaitCodes("the category stays chosen after a refresh", "MUG-WHT");
        assertThat(onFx(() -> harness.screen().list().categoryProperty().get())).isEqualTo("Kitchen");
        choose("#products-status-filter", StatusFilter.ACTIVE.label());
        awaitCodes("the mug is a draft, so nothing is left");
        assertThat(robot.text("#products-placeholder")).isEqualTo(Messages.get("products.empty.noMatch"));
        choose("#products-category-filter", Messages.get("products.filter.category.all"));
        awaitCodes("all active products", "TOTE-NAT", "TS-BLU-L", "TS-RED-M");
    }

    @Test
    void lowStockRowsAreMarkedAndFiltered() throws Exception {
        open();
        // Reorder point 5 with nothing on hand: low. The mug's reorder point is 3: low too. The others watch nothing.
        await("low-stock rows carry the class and the badge", () -> lowStockCodes().equals(List.of("MUG-WHT", "TS-RED-M")));
        String teeSku = harness.app.catalog().findByScan("TS-RED-M").orElseThrow().skuId();
        harness.app.stock().adjust(new StockAdjustment(teeSku, MovementKind.RECEIVED, 6, "", "", ""));
        robot.clickOn("#products-low-stock");
        awaitCodes("the filter keeps only low stock", "MUG-WHT");
    }

    // --- helpers ---

    private void awaitCodes(String what, String... codes) {
        await(what + " " + List.of(codes), () -> rows().stream().map(SkuRow::code).toList().equals(List.of(codes))
                && !harness.screen().list().loadingProperty().get());
    }

    private List<SkuRow> rows() { return onFx(() -> List.copyOf(harness.screen().list().rows())); }

    private List<StockMovement> historyRows() { return onFx(() -> List.copyOf(harness.screen().detail().history())); }

    private String selectedCode() {
        return onFx(() -> {
            SkuRow row = table().getSelectionModel().getSelectedItem();
            return row == null ? null : row.code();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<SkuRow> table() { return robot.lookup("#products-table").queryAs(TableView.class); }

    private void clickRow(String code) {
        Node cell = onFx(() -> robot.lookup(".table-cell").match((Labeled l) -> code.equals(l.getText())).query());
        robot.clickOn(cell);
        await(code + " is selected", () -> code.equals(selectedCode()));
    }

    private String cellText(String code, String columnId) {
        return onFx(() -> {
            TableView<SkuRow> table = table();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).code().equals(code)) {
                    Object value = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                            .orElseThrow().getCellData(i);
                    return value == null ? null : value.toString();
                }
            }
            return null;
        });
    }

    private List<String> lowStockCodes() {
        return onFx(() -> robot.lookup(".table-row-cell." + ProductTable.LOW_STOCK_CLASS).queryAll().stream()
                .filter(n -> !robot.from(n).lookup(".low-stock-badge").queryAll().isEmpty())
                .map(n -> ((javafx.scene.control.TableRow<?>) n).getItem())
                .map(item -> ((SkuRow) item).code()).sorted().toList());
    }

    private void tabUntil(String id) {
        for (int i = 0; i < 25 && !robot.focusedId().equals(id); i++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(robot.focusedId()).as("Tab reaches %s", id).isEqualTo(id);
    }

    private List<String> errorLines() {
        return onFx(() -> robot.lookup("#form-errors .hyperlink").queryAll().stream().map(n -> ((Labeled) n).getText()).toList());
    }

    /** Opens a combo box and clicks the entry of its popup list that says {@code text}. */
    private void choose(String comboQuery, String text) {
        robot.clickOn(comboQuery);
        await("the list of " + comboQuery + " offers " + text, () -> robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled cell) -> text.equals(cell.getText())).tryQuery().isPresent());
        Node entry = onFx(() -> robot.lookup(".combo-box-popup .list-cell").match((Labeled cell) -> text.equals(cell.getText())).query());
        robot.clickOn(entry);
    }

    private long countAll() {
        return harness.app.catalog().search(new ProductQuery("", EnumSet.allOf(ProductStatus.class), null, false,
                ProductQuery.Sort.TITLE, false, 0, 10)).total();
    }
}
