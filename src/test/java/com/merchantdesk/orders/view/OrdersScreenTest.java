package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.orders.StatusChange;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real orders screen (list, counters, detail, lifecycle, refund, memo) on a real SQLite folder, headless. */
class OrdersScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;
    private OrderShop shop;

    private void open(Consumer<OrdersHarness> orders) throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> {
            shop = OrderShop.seed(h.app);
            orders.accept(h);
        }, context -> new OrdersScreen(context, OrdersHarness.ZONE));
        await("the list has loaded", () -> harness.orders().list().loadedProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void cancellingAnOrderAsksFirstAndPutsItsStockBack() throws Exception {
        Order[] taken = new Order[1];
        open(h -> taken[0] = OrderShop.order(h.app, "Kim Minji", "010-1234-5678", shop.teeRed, 3, shop.tote, 2));
        assertThat(harness.app.stock().onHand(shop.teeRed)).isEqualTo(7);
        clickRow(taken[0].number());
        await("the detail shows the order", () -> taken[0].number().equals(robot.text("#detail-number")));
        assertThat(robot.text("#detail-status")).isEqualTo(Messages.get("orders.status.PENDING_PAYMENT"));
        assertThat(onFx(() -> robot.lookup("#detail-lines").queryAs(TableView.class).getItems().size())).isEqualTo(2);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        await("cancelling asks first", () -> robot.lookup("#cancel-confirm").tryQuery().isPresent());
        robot.typeInto("#cancel-confirm");
        robot.push(KeyCode.ENTER);
        await("Enter keeps the order", () -> robot.lookup("#cancel-confirm").tryQuery().isEmpty());
        assertThat(harness.app.orders().find(taken[0].id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        robot.clickOn("#action-cancel");
        await("cancelling asks again", () -> robot.lookup("#cancel-confirm").tryQuery().isPresent());
        robot.clickDialogButton(Messages.get("orders.view.cancel.yes"));
        await("the detail shows it cancelled", () -> Messages.get("orders.status.CANCELLED").equals(robot.text("#detail-status")));
        assertThat(harness.app.orders().find(taken[0].id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(harness.app.stock().onHand(shop.teeRed)).isEqualTo(10);
        assertThat(harness.app.stock().onHand(shop.tote)).isEqualTo(20);
        await("the list row says cancelled", () -> Messages.get("orders.status.CANCELLED").equals(cell(taken[0].number(), "col-status")));
        await("the history names the step", () -> historyTexts().contains(
                Messages.get("orders.view.history.moved", Messages.get("orders.status.PENDING_PAYMENT"), Messages.get("orders.status.CANCELLED"))));
        assertThat(harness.changesSaved.get()).isPositive();
        // A cancelled order is final: every action is off and says why.
        for (OrderAction action : OrderAction.ALL) {
            assertThat(onFx(() -> robot.lookup("#action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .queryAs(Button.class).isDisabled())).as(action.name()).isTrue();
        }
        assertThat(onFx(() -> harness.orders().detailPane().reasonShown(OrderAction.MARK_PAID))).isEqualTo(
                Messages.get("orders.transition.final", Messages.get("orders.status.CANCELLED"), Messages.get("orders.status.PAID")));
    }

    @Test
    void theLifecycleButtonsMoveAnOrderStepByStepAndIllegalOnesSayWhy() throws Exception {
        Order[] taken = new Order[1];
        open(h -> taken[0] = OrderShop.order(h.app, "Emma Walsh", "555-0134", shop.teeBlue, 1));
        clickRow(taken[0].number());
        await("the detail shows the order", () -> taken[0].number().equals(robot.text("#detail-number")));
        assertThat(disabled("#action-mark-paid")).isFalse();
        assertThat(disabled("#action-mark-shipped")).isTrue();
        assertThat(onFx(() -> harness.orders().detailPane().reasonShown(OrderAction.MARK_SHIPPED))).isEqualTo(
                Messages.get("orders.transition.skip", Messages.get("orders.status.PENDING_PAYMENT"), Messages.get("orders.status.SHIPPED")));
        assertThat(onFx(() -> harness.orders().detailPane().reasonShown(OrderAction.REFUND))).isEqualTo(
                Messages.get("orders.transition.refundBeforeShipping", Messages.get("orders.status.PENDING_PAYMENT"),
                        Messages.get("orders.status.PARTIALLY_REFUNDED")));

        robot.clickOn("#action-mark-paid");
        await("it is paid", () -> Messages.get("orders.status.PAID").equals(robot.text("#detail-status")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        await("Ctrl+Shift+K packs it", () -> Messages.get("orders.status.PACKED").equals(robot.text("#detail-status")));
        // Shipped opens the ship form (issue 15): the parcel's tracking number ships the order.
        robot.clickOn("#action-mark-shipped");
        await("the ship form opens", () -> robot.lookup("#ship-form").tryQuery().isPresent());
        robot.clickOn("#ship-form-tracking").write(com.merchantdesk.platform.carriers.DemoCarriers.HANA.trackingNumberFor(42));
        robot.clickOn("#ship-form-save");
        await("it is shipped", () -> Messages.get("orders.status.SHIPPED").equals(robot.text("#detail-status")));
        assertThat(disabled("#action-cancel")).isTrue();
        assertThat(onFx(() -> harness.orders().detailPane().reasonShown(OrderAction.CANCEL))).isEqualTo(
                Messages.get("orders.transition.cancelAfterShipping", Messages.get("orders.status.SHIPPED"), Messages.get("orders.status.CANCELLED")));
        assertThat(disabled("#action-refund")).isFalse();

        Order now = harness.app.orders().find(taken[0].id()).orElseThrow();
        assertThat(now.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(now.paymentState()).isEqualTo(PaymentState.PAID);
        List<StatusChange> history = harness.app.orders().history(taken[0].id());
        assertThat(history).extracting(StatusChange::to).containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID,
                OrderStatus.PACKED, OrderStatus.SHIPPED);
        assertThat(history.get(1).actor()).isEqualTo(OrdersScreen.actor());
        await("the pane lists every step", () -> historyTexts().size() == 4);
        assertThat(harness.changesSaved.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void partOfAShippedOrderIsRefundedAndRestocked() throws Exception {
        Order[] taken = new Order[1];
        open(h -> {
            Order o = OrderShop.order(h.app, "Zhang Wei", "138-0013-8000", shop.tote, 3, shop.mug, 1);
            for (OrderStatus step : List.of(OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED)) {
                o = h.app.orders().transition(o.id(), step, "seller");
            }
            taken[0] = o;
        });
        assertThat(harness.app.stock().onHand(shop.tote)).isEqualTo(17);
        clickRow(taken[0].number());
        await("the detail shows the shipped order", () -> Messages.get("orders.status.SHIPPED").equals(robot.text("#detail-status")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        await("the refund window is open on the first line", () -> "refund-quantity-0".equals(robot.focusedId()));
        robot.typeInto("#refund-dialog");
        robot.write("5");
        robot.push(KeyCode.ENTER);
        String tooMany = Messages.get("orders.refund.tooMany", "3", "TOTE-NAT");
        await("more than was ordered is refused on the field", () -> robot.hasError("#refund-quantity-0", tooMany));
        assertThat(harness.app.orders().find(taken[0].id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);

        robot.push(KeyCode.CONTROL, KeyCode.A).write("1");
        await("the amount follows the returned units", () -> "12.00".equals(robot.text("#refund-amount")));
        robot.clickOn("#refund-reason").write("Wrong colour");
        robot.push(KeyCode.ENTER);
        await("the refund window has closed", () -> robot.lookup("#refund-dialog").tryQuery().isEmpty());

        Order refunded = harness.app.orders().find(taken[0].id()).orElseThrow();
        assertThat(refunded.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.refunded().minorUnits()).isEqualTo(1200);
        assertThat(refunded.lines().get(0).refundedQuantity()).isEqualTo(1);
        assertThat(harness.app.stock().onHand(shop.tote)).isEqualTo(18);
        await("the detail shows the refund", () -> Messages.get("orders.status.PARTIALLY_REFUNDED").equals(robot.text("#detail-status"))
                && "$12.00".equals(robot.text("#total-refunded")));
        await("the after-sale counter counts it", () -> "1".equals(robot.text("#counter-after-sale-value")));
    }

    @Test
    void theCountersCountAndFilterTheList() throws Exception {
        open(h -> {
            OrderShop.order(h.app, "A Pay", "", shop.tote, 1);
            OrderShop.order(h.app, "B Pay", "", shop.tote, 1);
            Order paid = OrderShop.order(h.app, "C Pack", "", shop.tote, 1);
            h.app.orders().transition(paid.id(), OrderStatus.PAID, "seller");
            Order packed = OrderShop.order(h.app, "D Ship", "", shop.tote, 1);
            h.app.orders().transition(packed.id(), OrderStatus.PAID, "seller");
            h.app.orders().transition(packed.id(), OrderStatus.PACKED, "seller");
        });
        await("all four are listed", () -> customers().size() == 4);
        await("the counters count", () -> "2".equals(robot.text("#counter-to-pay-value")) && "1".equals(robot.text("#counter-to-pack-value"))
                && "1".equals(robot.text("#counter-to-ship-value")) && "0".equals(robot.text("#counter-after-sale-value")));

        robot.clickOn("#counter-to-pack");
        await("to pack shows the paid order", () -> customers().equals(List.of("C Pack")));
        assertThat(onFx(() -> harness.orders().list().statusProperty().get())).isEqualTo(StatusChoice.PAID);
        robot.clickOn("#counter-to-pay");
        await("to pay shows the unpaid ones", () -> customers().size() == 2 && customers().containsAll(List.of("A Pay", "B Pay")));
        robot.clickOn("#counter-to-pay");
        await("clicking it again shows everything", () -> customers().size() == 4);
        robot.push(KeyCode.ALT, KeyCode.DIGIT3);
        await("Alt+3 shows what is to ship", () -> customers().equals(List.of("D Ship")));
    }

    @Test
    void textChannelAndDatesNarrowTheList() throws Exception {
        open(h -> {
            OrderShop.order(h.app, "Kim Minji", "010-1234-5678", shop.teeRed, 1);
            h.clock.advance(Duration.ofDays(3));
            OrderShop.order(h.app, "Lee Seojun", "010-9876-5432", shop.mug, 1);
            h.clock.advance(Duration.ofDays(3));
            h.app.orders().create(new com.merchantdesk.orders.OrderDraft(OrderShop.USD, com.merchantdesk.orders.Channel.STALL, null, null,
                    com.merchantdesk.customers.Address.EMPTY, List.of(com.merchantdesk.orders.OrderDraft.LineDraft.of(shop.tote, 1)),
                    "", "", "", com.merchantdesk.orders.PaymentMethod.CASH, true, "", MemoFlag.NONE, false));
        });
        await("all three are listed", () -> customers().size() == 3);
        robot.clickOn("#orders-search").write("5432");
        await("a phone number finds its order", () -> customers().equals(List.of("Lee Seojun")));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("ts-red");
        await("a SKU code finds its order", () -> customers().equals(List.of("Kim Minji")));
        robot.push(KeyCode.ESCAPE);
        await("Esc clears the search", () -> customers().size() == 3);

        runFx(() -> harness.orders().list().channelProperty().set(com.merchantdesk.orders.Channel.STALL));
        await("the stall channel shows the walk-up sale", () -> customers().equals(List.of("")));
        runFx(() -> harness.orders().list().channelProperty().set(null));

        // Day 1 is 2 March; the orders were taken on 2, 5 and 8 March.
        robot.clickOn("#orders-from").write("2026-03-04").push(KeyCode.ENTER);
        await("from 4 March", () -> customers().size() == 2 && !customers().contains("Kim Minji"));
        robot.clickOn("#orders-to").write("2026-03-05").push(KeyCode.ENTER);
        await("4 to 5 March, the whole last day included", () -> customers().equals(List.of("Lee Seojun")));
        assertThat(onFx(() -> harness.orders().list().toProperty().get())).isEqualTo(LocalDate.of(2026, 3, 5));
        runFx(() -> harness.orders().list().toProperty().set(LocalDate.of(2026, 3, 1)));
        await("a range that ends before it starts matches nothing and says so",
                () -> customers().isEmpty() && Messages.get("orders.view.filter.datesReversed").equals(robot.text("#orders-placeholder")));
    }

    @Test
    void theMemoAndItsFlagAreSavedWithCtrlEnter() throws Exception {
        Order[] taken = new Order[1];
        open(h -> taken[0] = OrderShop.order(h.app, "Choi Yuna", "010-3141-5926", shop.tote, 1));
        clickRow(taken[0].number());
        await("the detail shows the order", () -> taken[0].number().equals(robot.text("#detail-number")));
        assertThat(disabled("#detail-memo-save")).isTrue();
        robot.clickOn("#detail-memo").write("Call before delivery");
        runFx(() -> harness.orders().detail().memoFlagProperty().set(MemoFlag.RED));
        assertThat(disabled("#detail-memo-save")).isFalse();
        robot.clickOn("#detail-memo").push(KeyCode.CONTROL, KeyCode.ENTER);
        await("the memo is saved", () -> "Call before delivery".equals(harness.app.orders().find(taken[0].id()).orElseThrow().memo()));
        assertThat(harness.app.orders().find(taken[0].id()).orElseThrow().memoFlag()).isEqualTo(MemoFlag.RED);
        await("the save button rests again", () -> disabled("#detail-memo-save"));
        await("the list shows the red flag", () -> onFx(() -> robot.lookup("#orders-table .memo-flag.flag-red").tryQuery().isPresent()));
    }

    // ---- helpers ----

    private List<String> customers() {
        return onFx(() -> harness.orders().list().rows().stream().map(OrderRow::customerName).toList());
    }

    private void clickRow(String number) {
        await("the list shows " + number, () -> harness.orders().list().find(rowId(number)).isPresent());
        Node cell = onFx(() -> robot.lookup("#orders-table .table-cell")
                .match((Labeled c) -> number.equals(c.getText())).query());
        robot.clickOn(cell);
    }

    private String rowId(String number) {
        return onFx(() -> harness.orders().list().rows().stream().filter(r -> r.number().equals(number))
                .map(OrderRow::id).findFirst().orElse("none"));
    }

    private String cell(String number, String columnId) {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#orders-table").queryAs(TableView.class);
            int index = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((OrderRow) table.getItems().get(i)).number().equals(number)) {
                    index = i;
                }
            }
            var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
            Object value = index < 0 ? null : column.getCellData(index);
            return value == null ? "" : value.toString();
        });
    }

    private List<String> historyTexts() {
        return onFx(() -> robot.lookup("#detail-history .history-what").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
    }

    private boolean disabled(String query) {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }
}
