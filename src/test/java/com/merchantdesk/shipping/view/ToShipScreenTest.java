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
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real cockpit on a real SQLite folder: countdown, late and at-risk rows, shipping part of an order. */
class ToShipScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;
    private Order late;
    private Order atRisk;
    private Order comfortable;
    private ExecutorService watcherThreads;

    /**
     * A shop in UTC that works every day with no cut-off, so each order's ship-by is payment + 12 h: one late by an
     * hour, one with an hour left (at risk: the margin is 2 h), one with ten hours left and two lines.
     */
    private void open() throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> {
            OrderShop shop = OrderShop.seed(h.app);
            ShippingPolicy policy = h.app.shipping().policy();
            h.app.shipping().savePolicy(policy.withShop("KR", "UTC").withCalendar(EnumSet.allOf(DayOfWeek.class), Set.of()));
            Carrier hana = h.app.shipping().carriers().get(0);
            h.app.shipping().saveCarrier(new Carrier(hana.definition(), null));
            Instant start = OrdersHarness.START;
            h.clock.set(start.minus(Duration.ofHours(13)));
            late = h.app.orders().create(draft("Kim Minji", shop.mug, 1, null, 0));
            h.clock.set(start.minus(Duration.ofHours(11)));
            atRisk = h.app.orders().create(draft("Lee Seojun", shop.tote, 1, null, 0));
            h.clock.set(start.minus(Duration.ofHours(2)));
            comfortable = h.app.orders().create(draft("Park Jiwoo", shop.teeRed, 2, shop.teeBlue, 1));
            h.clock.set(start);
        }, ToShipScreen::new);
        await("the open orders are listed", () -> numbers().size() == 3);
    }

    private static OrderDraft draft(String name, String sku, int quantity, String other, int otherQuantity) {
        List<OrderDraft.LineDraft> lines = other == null ? List.of(OrderDraft.LineDraft.of(sku, quantity))
                : List.of(OrderDraft.LineDraft.of(sku, quantity), OrderDraft.LineDraft.of(other, otherQuantity));
        return new OrderDraft(OrderShop.USD, Channel.PHONE, null, CustomerInput.named(name, "010-1234-5678"),
                new Address(name, "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", "KR"), lines, "", "", "",
                PaymentMethod.CARD, true, "", MemoFlag.NONE, false);
    }

    @AfterEach
    void close() throws Exception {
        if (watcherThreads != null) {
            watcherThreads.shutdownNow();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void leastTimeLeftFirstWithALiveCountdownAndLateAndAtRiskRowsMarked() throws Exception {
        open();
        assertThat(numbers()).containsExactly(late.number(), atRisk.number(), comfortable.number());
        assertThat(cell(atRisk.number(), "col-to-ship-left")).isEqualTo("1 h 00 min");
        assertThat(cell(late.number(), "col-to-ship-left")).isEqualTo("late 1 h 00 min");
        await("the late order's row is red", () -> rowMarked(late.number(), "late"));
        await("the order with an hour left is highlighted at risk", () -> rowMarked(atRisk.number(), "at-risk"));
        assertThat(rowMarked(comfortable.number(), "at-risk") || rowMarked(comfortable.number(), "late")).isFalse();
        assertThat(robot.text("#to-ship-filter-late")).isEqualTo("Late (1)");
        assertThat(robot.text("#to-ship-filter-at-risk")).isEqualTo("At risk (1)");

        // The countdown follows the clock without a query: 55 minutes later, 5 minutes left (seconds now shown).
        harness.clock.advance(Duration.ofMinutes(55));
        await("the countdown moved", () -> "5 min 00 s".equals(cell(atRisk.number(), "col-to-ship-left")));
        harness.clock.advance(Duration.ofMinutes(6));
        await("past its ship-by it is late", () -> rowMarked(atRisk.number(), "late"));

        robot.clickOn("#to-ship-filter-late");
        await("the late filter lists both late orders", () -> numbers().equals(List.of(late.number(), atRisk.number())));
    }

    @Test
    void shippingPartOfAnOrderShowsItPartlyShipped() throws Exception {
        open();
        clickRow(comfortable.number());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        await("the ship form opens", () -> robot.lookup("#ship-form").tryQuery().isPresent());
        assertThat(robot.text("#ship-form-qty-0")).isEqualTo("2");
        robot.doubleClickOn("#ship-form-qty-1").write("0");
        robot.clickOn("#ship-form-tracking").write("12345");
        robot.clickOn("#ship-form-save");
        await("a wrong number is refused on its field", () -> robot.hasError("#ship-form-tracking",
                Messages.get("shipping.validation.trackingPattern", "12345", "Hana Express", DemoCarriers.HANA.trackingNumberFor(12_345_678))));
        robot.doubleClickOn("#ship-form-tracking").push(KeyCode.CONTROL, KeyCode.A).write(DemoCarriers.HANA.trackingNumberFor(777));
        robot.clickOn("#ship-form-save");
        await("the form closes once shipped", () -> robot.lookup("#ship-form").tryQuery().isEmpty());
        await("the row says partly shipped", () -> cell(comfortable.number(), "col-to-ship-state")
                .equals(Messages.get("orders.status.PACKED") + " · " + Messages.get("shipping.view.partlyShipped")));
        assertThat(harness.app.orders().find(comfortable.id()).orElseThrow().status()).isEqualTo(OrderStatus.PACKED);
        assertThat(harness.app.shipping().parcels(comfortable.id()).orElseThrow().shipped(0)).isEqualTo(2);

        robot.clickOn("#to-ship-filter-partly");
        await("the partly shipped filter finds it", () -> numbers().equals(List.of(comfortable.number())));
    }

    @Test
    void theStatusBarCountsLateAndAtRiskAndAnnouncesANewlyAtRiskOrder() throws Exception {
        open();
        watcherThreads = Executors.newSingleThreadExecutor();
        CockpitWatcher watcher = onFx(() -> new CockpitWatcher(harness.app.shipping(), harness.app.clock(), watcherThreads,
                harness.status, () -> harness.stage()));
        runFx(watcher::refreshNow);
        await("the counts are in the indicators", () -> "1 late".equals(onFx(() -> watcher.lateIndicator().text().get()))
                && "1 at risk".equals(onFx(() -> watcher.atRiskIndicator().text().get())));
        // Eight hours later the third order has two hours... minus a minute: it becomes at risk and is announced.
        harness.clock.advance(Duration.ofHours(8).plusMinutes(1));
        runFx(watcher::refreshNow);
        await("the newly at-risk order is announced", () -> onFx(() -> harness.status.messageProperty().get())
                .contains(comfortable.number()));
        assertThat(onFx(() -> watcher.lateIndicator().text().get())).isEqualTo("2 late");
        runFx(watcher::close);
    }

    private List<String> numbers() {
        return onFx(() -> harness.screen() instanceof ToShipScreen s ? s.list().rows().stream().map(ToShipRow::orderNumber).toList()
                : List.of());
    }

    private void clickRow(String number) {
        Node cell = onFx(() -> robot.lookup("#to-ship-table .table-cell").match((Labeled c) -> number.equals(c.getText())).query());
        robot.clickOn(cell);
    }

    private String cell(String number, String columnId) {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#to-ship-table").queryAs(TableView.class);
            var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((ToShipRow) table.getItems().get(i)).orderNumber().equals(number)) {
                    return String.valueOf(column.getCellData(i));
                }
            }
            return "";
        });
    }

    private boolean rowMarked(String number, String styleClass) {
        return onFx(() -> robot.lookup("#to-ship-table .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .anyMatch(r -> r.getItem() instanceof ToShipRow row && row.orderNumber().equals(number)
                        && r.getStyleClass().contains(styleClass)));
    }
}
