package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.SkuRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What the seller reads must not be cut: at the space the products screen has in a 1200 x 760 window (beside
 * the navigation rail, under the header), SKU codes, barcodes and the facts of the selected SKU are shown whole.
 */
class ProductsLayoutTest {

    /** The screen's share of a 1200 x 760 window: the rail, the header and the status bar take the rest. */
    private static final double WIDTH = 1108;
    private static final double HEIGHT = 680;

    @TempDir Path temp;
    private final FxRobot robot = new FxRobot();
    private ScreenHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void codesBarcodesAndFactsAreShownWhole() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), app -> app.catalog().save(new ProductInput(null,
                "Classic Chef's Knife", "Forged steel.", "Kitchen", "active", List.of("Size"), List.of(
                        new SkuInput(null, "KIT-0129-18CM", List.of("18 cm"), "8805123104329", "58.90", "", "29.10", "280", "8"),
                        new SkuInput(null, "KIT-0129-23CM", List.of("23 cm"), "8805123104343", "73.90", "", "31.45", "325", "13")),
                List.of(), null), ShopFixture.USD));
        robot.interact(() -> {
            harness.stage().setWidth(WIDTH);
            harness.stage().setHeight(HEIGHT);
        });
        await("the knives are listed", () -> harness.screen().list().rows().size() == 2);
        Node row = onFx(() -> robot.lookup(".table-row-cell").match((TableRow<SkuRow> r) -> r.getItem() != null
                && "KIT-0129-23CM".equals(r.getItem().code())).query());
        robot.clickOn(row);
        await("the facts of the 23 cm knife are shown", () -> robot.lookup("#sku-facts .fact-value").tryQuery().isPresent()
                && harness.screen().detail().productProperty().get() != null);

        for (String code : List.of("KIT-0129-18CM", "KIT-0129-23CM", "8805123104343")) {
            assertThat(shownCells(code)).as("cells showing %s", code).isNotEmpty().allMatch(code::equals);
        }
        List<Label> values = onFx(() -> robot.lookup("#sku-facts .fact-value").queryAllAs(Label.class).stream().toList());
        assertThat(values).extracting(Label::getText).contains("8805123104343", "Kitchen", "$73.90", "$31.45", "325 g");
        double lineHeight = onFx(() -> robot.lookup("#sku-facts .fact-name").queryAs(Label.class).getHeight());
        for (Label value : values) {
            assertThat(shown(value)).as("what the %s fact shows", value.getText()).isEqualTo(value.getText());
            assertThat(onFx(value::getHeight)).as("%s stays on one line", value.getText()).isLessThan(lineHeight * 1.5);
        }
    }

    /** The text the table's cells really draw for {@code full} (ending in "..." when cut). */
    private List<String> shownCells(String full) {
        return onFx(() -> robot.lookup("#products-table .table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> full.equals(cell.getText())).map(this::shown).toList());
    }

    private String shown(Labeled labeled) {
        return onFx(() -> robot.from(labeled).lookup(".text").queryAllAs(Text.class).stream()
                .map(Text::getText).findFirst().orElse(""));
    }
}
