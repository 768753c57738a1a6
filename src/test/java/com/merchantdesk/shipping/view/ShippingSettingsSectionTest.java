package com.merchantdesk.shipping.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.settings.view.SettingsScreens;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.shell.FakeFilePicker;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ShellControls;
import com.merchantdesk.ui.shell.ShellSettings;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipping rules on the Settings screen (issue 15): a carrier's cut-off changed there moves the ship-by of an
 * open order, in the section's example and in the To ship cockpit's list.
 */
class ShippingSettingsSectionTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;
    private Order order;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    /**
     * A shop in UTC working every day; Hana Express (the domestic default, 12 h dispatch) with a 16:00 cut-off. The
     * order is paid on Monday 2 March 2026 at 09:00, before the cut-off: ship by 21:00 the same day.
     */
    private void open() throws Exception {
        Path data = temp.resolve("data");
        harness = OrdersHarness.open(data, h -> {
            OrderShop shop = OrderShop.seed(h.app);
            ShippingPolicy policy = h.app.shipping().policy();
            h.app.shipping().savePolicy(policy.withShop("KR", "UTC").withCalendar(EnumSet.allOf(DayOfWeek.class), Set.of()));
            Carrier hana = h.app.shipping().carriers().stream().filter(c -> c.code().equals("HANA")).findFirst().orElseThrow();
            h.app.shipping().saveCarrier(new Carrier(hana.definition(), LocalTime.of(16, 0)));
            order = h.app.orders().create(new OrderDraft(OrderShop.USD, Channel.PHONE, null,
                    CustomerInput.named("Kim Minji", "010-1234-5678"),
                    new Address("Kim Minji", "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", "KR"),
                    List.of(OrderDraft.LineDraft.of(shop.mug, 1)), "", "", "", PaymentMethod.CARD, true, "", MemoFlag.NONE, false));
        }, context -> {
            DataDirectory dir = new DataDirectory(data);
            ShellSettings settings = new ShellSettings(new SettingsStore(dir.settingsFile()), Settings.defaults(),
                    context.background());
            ScreenContext withShell = new ScreenContext(context.app(), context.background(), context.status(), context.owner(),
                    new ShellControls(settings, new FakeFilePicker(), backup -> { }));
            return new SettingsScreens().entries().get(0).factory().apply(withShell);
        });
        await("the shipping section shows the carriers", () -> robot.lookup("#shipping-settings-cutoff-HANA").tryQuery().isPresent());
    }

    @Test
    void aCutOffChangedInSettingsMovesTheShipBy() throws Exception {
        open();
        assertThat(robot.text("#shipping-settings-example-domestic"))
                .isEqualTo(Messages.get("shipping.view.settings.example.domestic", "2026-03-02 21:00", "2026-03-03 09:00"));
        assertThat(shipBy()).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));

        // A 08:00 cut-off: paid at 09:00 is after it, so the count starts at midnight, ship by Tuesday noon.
        Node cutOff = visible("#shipping-settings-cutoff-HANA");
        robot.doubleClickOn(cutOff).push(KeyCode.CONTROL, KeyCode.A).write("08:00");
        robot.clickOn(visible("#shipping-settings-save"));
        await("the section says the rules are saved",
                () -> robot.text("#shipping-settings-saved").equals(Messages.get("shipping.view.settings.saved")));

        assertThat(robot.text("#shipping-settings-example-domestic"))
                .isEqualTo(Messages.get("shipping.view.settings.example.domestic", "2026-03-03 12:00", "2026-03-04 00:00"));
        assertThat(robot.text("#shipping-settings-cutoff-HANA")).isEqualTo("08:00");
        assertThat(harness.app.shipping().carriers().stream().filter(c -> c.code().equals("HANA")).findFirst().orElseThrow()
                .cutOff()).isEqualTo(LocalTime.of(8, 0));
        assertThat(shipBy()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
    }

    @Test
    void aWrongCutOffIsNamedAndNothingIsSaved() throws Exception {
        open();
        robot.doubleClickOn(visible("#shipping-settings-cutoff-HANA")).push(KeyCode.CONTROL, KeyCode.A).write("25:99");
        robot.clickOn(visible("#shipping-settings-save"));
        await("the error names the carrier and the time", () -> robot.text("#shipping-settings-error")
                .equals(Messages.get("shipping.view.settings.badTime", "HANA", "25:99")));
        assertThat(harness.app.shipping().carriers().stream().filter(c -> c.code().equals("HANA")).findFirst().orElseThrow()
                .cutOff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(shipBy()).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));
    }

    /** The order's ship-by as the To ship cockpit lists it. */
    private Instant shipBy() {
        return harness.app.shipping().toShip(new ToShipQuery(ToShipQuery.Filter.ALL, OrdersHarness.START, 0, 10)).items().stream()
                .filter(r -> r.orderId().equals(order.id())).findFirst().map(ToShipRow::deadlines).orElseThrow().shipBy();
    }

    /** Scrolls the settings page until {@code query} is in view, so a click lands on it. */
    private Node visible(String query) {
        Node node = onFx(() -> robot.lookup(query).query());
        runFx(() -> {
            Node content = robot.lookup(".settings-page").query();
            Node parent = content.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane scroll = (ScrollPane) parent;
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 2;
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, target / room)));
        });
        await(query + " is in view", () -> onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Bounds window = harness.stage().getScene().getRoot().localToScreen(harness.stage().getScene().getRoot().getBoundsInLocal());
            return b != null && window.contains(b.getCenterX(), b.getCenterY());
        }));
        return node;
    }
}
