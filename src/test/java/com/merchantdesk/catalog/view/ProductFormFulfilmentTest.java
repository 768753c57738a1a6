package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product form's picking and customs grid, on the real products screen and a real SQLite folder, headless. */
class ProductFormFulfilmentTest {

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
    void binHsCodeAndOriginAreEditedCheckedSavedAndShownAgain() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the list shows the shop", () -> rows().size() == 4 && !harness.screen().list().loadingProperty().get());
        long queued = outboxRows();
        clickRow("TS-BLU-L");
        robot.push(KeyCode.ENTER);
        await("the edit form is open", () -> robot.lookup("#sku-1-bin-location").tryQuery().isPresent());
        assertThat(robot.text("#sku-1-bin-location")).isEmpty();

        robot.clickOn("#sku-1-bin-location").write("A-01-2");
        robot.clickOn("#sku-1-hs-code").write("6109.1");
        robot.clickOn("#sku-1-origin-country").write("kr");
        String shortCode = Messages.get("validation.sku.hsCode.length", "6109.1", 5);
        await("the HS code field shows its error", () -> robot.hasError("#sku-1-hs-code", shortCode));
        assertThat(errorLines()).contains(Messages.get("products.form.errorLine",
                Messages.get("products.form.skuField", 2, Messages.get("products.form.sku.hsCode")), shortCode));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the keyboard goes to the HS code", () -> robot.focusedId().equals("sku-1-hs-code"));
        assertThat(skuOfCode("TS-BLU-L").binLocation()).as("nothing saved while a field is wrong").isEmpty();

        robot.push(KeyCode.END).write("0");
        await("the error is gone once the code is whole", () -> !robot.hasError("#sku-1-hs-code", shortCode));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the form has closed", () -> robot.lookup("#product-form").tryQuery().isEmpty());

        Sku saved = skuOfCode("TS-BLU-L");
        assertThat(List.of(saved.binLocation(), saved.hsCode(), saved.originCountry())).containsExactly("A-01-2", "610910", "KR");
        assertThat(skuOfCode("TS-RED-M").binLocation()).isEmpty();
        assertThat(outboxRows()).as("desk-only fields: nothing queued for the platform").isEqualTo(queued);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        await("Ctrl+E opens the product again", () -> robot.lookup("#sku-1-bin-location").tryQuery().isPresent());
        assertThat(List.of(robot.text("#sku-1-bin-location"), robot.text("#sku-1-hs-code"), robot.text("#sku-1-origin-country")))
                .containsExactly("A-01-2", "610910", "KR");
        robot.push(KeyCode.ESCAPE);
        await("an unchanged form closes on Esc", () -> robot.lookup("#product-form").tryQuery().isEmpty());
    }

    @Test
    void aNewSkuLineTakesTheHsCodeAndOriginOfTheOneBeforeButNotItsBin() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), ShopFixture::seed);
        await("the list shows the shop", () -> rows().size() == 4 && !harness.screen().list().loadingProperty().get());
        clickRow("TS-BLU-L");
        robot.push(KeyCode.ENTER);
        await("the edit form is open", () -> robot.lookup("#sku-1-hs-code").tryQuery().isPresent());
        robot.clickOn("#sku-1-bin-location").write("A-01-2");
        robot.clickOn("#sku-1-hs-code").write("6109.10");
        robot.clickOn("#sku-1-origin-country").write("PT");

        robot.clickOn("#add-sku");

        await("a third line is there", () -> robot.lookup("#sku-2-hs-code").tryQuery().isPresent());
        assertThat(List.of(robot.text("#sku-2-bin-location"), robot.text("#sku-2-hs-code"), robot.text("#sku-2-origin-country")))
                .containsExactly("", "6109.10", "PT");
        robot.push(KeyCode.ESCAPE);
        robot.clickDialogButton(Messages.get("products.form.discard.yes"));
        await("the form has closed without saving", () -> robot.lookup("#product-form").tryQuery().isEmpty());
        assertThat(skuOfCode("TS-BLU-L").hsCode()).isEmpty();
    }

    private Sku skuOfCode(String code) {
        SkuRow row = harness.app.catalog().findByScan(code).orElseThrow();
        Product product = harness.app.catalog().find(row.productId()).orElseThrow();
        return product.skus().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private long outboxRows() { return harness.app.database().read(c -> (long) Outbox.pending(c, 1000).size()); }

    private List<SkuRow> rows() { return onFx(() -> List.copyOf(harness.screen().list().rows())); }

    private List<String> errorLines() {
        return onFx(() -> robot.lookup("#form-errors .hyperlink").queryAll().stream().map(n -> ((Labeled) n).getText()).toList());
    }

    @SuppressWarnings("unchecked")
    private void clickRow(String code) {
        Node cell = onFx(() -> robot.lookup(".table-cell").match((Labeled l) -> code.equals(l.getText())).query());
        robot.clickOn(cell);
        await(code + " is selected", () -> onFx(() -> {
            SkuRow row = robot.lookup("#products-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() instanceof SkuRow r ? r : null;
            return row != null && code.equals(row.code());
        }));
    }
}
