package com.merchantdesk.ui.shell;

import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Channel;
import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The real shell with the real feature screens, registered as the app registers them, on a temporary data folder
 * with a product, an order and its customer: every screen of the rail opens and shows its rows.
 */
@ExtendWith(EnglishMessages.class)
class RealScreensSmokeTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private ShellFixture shell;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.close();
        }
        Themes.apply(Settings.LIGHT, Locale.ENGLISH);
    }

    @Test
    void everyScreenOfTheRailOpensOnItsRealContent() throws Exception {
        Path data = temp.resolve("shop");
        Order order;
        try (AppContext app = AppContext.open(new DataDirectory(data), Clock.systemUTC())) {
            Product tee = app.catalog().save(new ProductInput(null, "Linen T-Shirt", "", "Apparel", "active", List.of("Colour"),
                    List.of(new ProductInput.SkuInput(null, "TS-RED", List.of("Red"), "", "19.90", "", "", "", "")),
                    List.of(), null), USD);
            app.catalog().save(new ProductInput(null, "Canvas Tote Bag", "", "Bags", "active", List.of(),
                    List.of(new ProductInput.SkuInput(null, "TOTE-NAT", List.of(), "", "12.00", "", "", "", "")),
                    List.of(), null), USD);
            String red = tee.skus().get(0).id();
            app.stock().adjust(new StockAdjustment(red, MovementKind.RECEIVED, 10, "Opening stock", "", ""));
            order = app.orders().create(new OrderDraft(USD, Channel.PHONE, null, CustomerInput.named("Kim Minji", "010-1234-5678"),
                    Address.EMPTY, List.of(OrderDraft.LineDraft.of(red, 2)), "", "", "", PaymentMethod.CASH, true, "", MemoFlag.NONE, false));
        }

        shell = ShellFixture.startWithScreens(data, ScreenProviders.discover().entries());
        MainWindow window = shell.awaitWindow();
        assertThat(window.screenIds()).containsExactly("products", "orders", "to-ship", "shipments", "customers", "sales", "sync", "settings");

        // The window opens on the first screen of the rail.
        await("the products screen shows the catalogue", () -> showsCell("#products-table", "TS-RED")
                && showsCell("#products-table", "TOTE-NAT"));
        assertThat(title()).isEqualTo(Messages.get("products.title"));
        assertThat(showsCell("#products-table", "Linen T-Shirt")).isTrue();

        robot.clickOn("#rail-orders");
        await("the orders screen shows the order", () -> showsCell("#orders-table", order.number()));
        assertThat(window.shownScreenId()).isEqualTo("orders");
        assertThat(title()).isEqualTo(Messages.get("orders.view.title"));
        assertThat(showsCell("#orders-table", "Kim Minji \u00b7 010-1234-5678")).isTrue();

        // The order has no ship-to address, so it makes no promise: nothing to ship, no parcel yet.
        robot.clickOn("#rail-to-ship");
        await("the cockpit says there is nothing to ship", () -> Messages.get("shipping.view.toShip.empty")
                .equals(robot.text("#to-ship-placeholder")));
        assertThat(title()).isEqualTo(Messages.get("shipping.view.toShip.title"));
        robot.clickOn("#rail-shipments");
        await("the shipments screen says there are none", () -> Messages.get("shipping.view.shipments.empty")
                .equals(robot.text("#shipments-placeholder")));

        robot.clickOn("#rail-customers");
        await("the customers screen shows the customer", () -> showsCell("#customers-table", "Kim Minji"));
        assertThat(window.shownScreenId()).isEqualTo("customers");
        assertThat(title()).isEqualTo(Messages.get("customers.view.title"));
        assertThat(showsCell("#customers-table", "010-1234-5678")).isTrue();

        robot.clickOn("#rail-sales");
        await("the sales screen shows the paid order's revenue", () -> onFx(() -> robot.lookup("#sales-kpi-revenue")
                .tryQuery().map(n -> "$39.80".equals(((Labeled) n).getText())).orElse(false)));
        assertThat(window.shownScreenId()).isEqualTo("sales");
        assertThat(title()).isEqualTo(Messages.get("sales.view.title"));

        // No platform is set up: the Sync screen lists what waits, in words, and says why nothing goes.
        robot.clickOn("#rail-sync");
        await("the sync screen lists the order's change", () -> showsCell("#sync-outbox-table", "Order " + order.number() + ": new"));
        assertThat(window.shownScreenId()).isEqualTo("sync");
        await("the sync screen says no platform is set up", () -> Messages.get("sync.view.note.notConnected")
                .equals(robot.text("#sync-note")));

        robot.clickOn("#rail-settings");
        await("the settings screen shows the shop's settings", () -> robot.lookup("#settings-currency").tryQuery().isPresent());
        assertThat(window.shownScreenId()).isEqualTo("settings");
        assertThat(onFx(() -> robot.lookup("#settings-currency").queryAs(ComboBox.class).getValue())).isEqualTo(USD);
        String folder = Messages.get("settings.dataFolder", data.toAbsolutePath());
        assertThat(onFx(() -> robot.lookup(".label").match((Label l) -> folder.equals(l.getText())).tryQuery().isPresent()))
                .as("the data folder is named").isTrue();

        // Back to the first screen: built once, its rows read again.
        robot.clickOn("#rail-products");
        await("the products screen shows the catalogue again", () -> showsCell("#products-table", "TS-RED"));
        assertThat(window.shownScreenId()).isEqualTo("products");
    }

    /** A cell of the table {@code table} on screen says exactly {@code text}. */
    private boolean showsCell(String table, String text) {
        return onFx(() -> robot.lookup(table + " .table-cell").match((Labeled cell) -> text.equals(cell.getText()))
                .tryQuery().isPresent());
    }

    private String title() { return robot.text("#screen-title"); }
}
