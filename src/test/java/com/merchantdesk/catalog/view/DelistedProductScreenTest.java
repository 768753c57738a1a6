package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A product the platform delisted reads "not published" in the list and in the detail; the others do not. */
class DelistedProductScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private ScreenHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    /** The shop, with the tote delisted by the platform (as a pulled product's listing is stored). */
    private static void seed(AppContext app) {
        ShopFixture.seed(app);
        String productId = app.catalog().findByScan("TOTE-NAT").orElseThrow().productId();
        app.database().write(c -> {
            try (var ps = c.prepareStatement("UPDATE product SET listing = 'DELISTED' WHERE id = ?")) {
                ps.setString(1, productId);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void theListAndTheDetailSayNotPublished() throws Exception {
        harness = ScreenHarness.open(temp.resolve("data"), DelistedProductScreenTest::seed);
        await("the list shows the shop", () -> rows().size() == 4 && !harness.screen().list().loadingProperty().get());
        String notPublished = Messages.get("products.listing.statusDelisted", Messages.get("products.status.active"),
                Messages.get("products.listing.delisted"));

        await("only the tote's title carries the not-published badge", () -> badgedTitles().equals(List.of("Canvas Tote Bag")));

        clickRow("TOTE-NAT");
        await("the detail's status says not published", () -> robot.lookup("#sku-facts").lookup(".label").queryAll().stream()
                .anyMatch(n -> notPublished.equals(((Labeled) n).getText())));
        await("the detail says the platform delisted it", () -> robot.lookup("#detail-delisted").tryQuery()
                .map(n -> ((Labeled) n).getText()).filter(Messages.get("products.listing.delistedNote")::equals).isPresent());
        clickRow("TS-RED-M");
        await("a listed product's detail has no such note", () -> "Linen T-Shirt".equals(robot.text("#detail-title"))
                && robot.lookup("#detail-delisted").tryQuery().isEmpty());
    }

    private List<String> badgedTitles() {
        return onFx(() -> robot.lookup(".table-cell")
                .queryAll().stream().filter(n -> n instanceof ProductTable.TitleCell)
                .filter(n -> !robot.from(n).lookup("." + ProductTable.TitleCell.BADGE_CLASS).queryAll().isEmpty())
                .map(n -> ((Labeled) n).getText()).sorted().toList());
    }

    private List<SkuRow> rows() { return onFx(() -> List.copyOf(harness.screen().list().rows())); }

    @SuppressWarnings("unchecked")
    private TableView<SkuRow> table() { return robot.lookup("#products-table").queryAs(TableView.class); }

    private void clickRow(String code) {
        Node cell = onFx(() -> robot.lookup(".table-cell").match((Labeled l) -> code.equals(l.getText())).query());
        robot.clickOn(cell);
        await(code + " is selected", () -> onFx(() -> {
            SkuRow row = table().getSelectionModel().getSelectedItem();
            return row != null && code.equals(row.code());
        }));
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
}
