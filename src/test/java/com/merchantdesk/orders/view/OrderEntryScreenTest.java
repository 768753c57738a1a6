package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Takes orders in the real entry form on a real SQLite folder, with the keyboard alone, headless. */
class OrderEntryScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;
    private OrderShop shop;

    private void open() throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> shop = OrderShop.seed(h.app),
                context -> new OrdersScreen(context, OrdersHarness.ZONE));
        await("the empty list has loaded", () -> harness.orders().list().loadedProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anOrderIsTakenWithTheKeyboardAloneIncludingAScannedBarcode() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the entry form is open with the customer name focused", () -> "customer-name".equals(robot.focusedId()));
        robot.typeInto("#order-entry");
        robot.write("Kim Minji").push(KeyCode.ENTER);
        await("Enter moves on to the phone", () -> "customer-phone".equals(robot.focusedId()));
        robot.write("010-1234-5678");
        robot.push(KeyCode.ALT, KeyCode.A);
        await("Alt+A jumps to the add-item field", () -> "item-field".equals(robot.focusedId()));

        // A scanner types the code and Enter; scanning it again adds one more.
        robot.write(OrderShop.TEE_BARCODE).push(KeyCode.ENTER);
        await("the scanned shirt is a line", () -> lineCodes().equals(List.of("TS-RED-M")));
        robot.write(OrderShop.TEE_BARCODE).push(KeyCode.ENTER);
        await("the second scan makes it two", () -> "2".equals(robot.text("#line-0-quantity")));
        // Typing words shows suggestions; Down picks the first, Enter adds it.
        robot.write("tote");
        await("the tote is suggested", () -> suggestionCount("#item-suggestions") == 1);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        await("the tote is a line", () -> lineCodes().equals(List.of("TS-RED-M", "TOTE-NAT")));
        // Up goes to the last line's quantity; Enter comes back to the add-item field.
        robot.push(KeyCode.UP);
        await("Up goes to the tote's quantity", () -> "line-1-quantity".equals(robot.focusedId()));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("3").push(KeyCode.ENTER);
        await("Enter returns to the add-item field", () -> "item-field".equals(robot.focusedId()));
        await("the total is shown as typed", () -> "$75.80".equals(robot.text("#entry-total")));
        await("available stock is shown per line", () -> "10".equals(stockText(0)) && "20".equals(stockText(1)));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the form has closed", () -> robot.lookup("#order-entry").tryQuery().isEmpty());

        List<OrderRow> rows = harness.app.orders().search(OrderQuery.newest(10)).items();
        assertThat(rows).hasSize(1);
        Order order = harness.app.orders().find(rows.get(0).id()).orElseThrow();
        assertThat(order.customerName()).isEqualTo("Kim Minji");
        assertThat(order.customerPhone()).isEqualTo("010-1234-5678");
        assertThat(order.channel()).isEqualTo(Channel.PHONE);
        assertThat(order.lines()).extracting(OrderLine::skuCode, OrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TS-RED-M", 2L), org.assertj.core.groups.Tuple.tuple("TOTE-NAT", 3L));
        assertThat(order.total().minorUnits()).isEqualTo(7580);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.oversold()).isFalse();
        assertThat(harness.app.stock().onHand(shop.teeRed)).isEqualTo(8);
        assertThat(harness.app.stock().onHand(shop.tote)).isEqualTo(17);

        await("the new order is in the list and selected", () -> order.number().equals(selectedNumber()));
        await("its detail is shown", () -> order.number().equals(robot.text("#detail-number")));
        assertThat(harness.changesSaved.get()).isPositive();
        assertThat(harness.status.messageProperty().get()).isEqualTo(Messages.get("orders.view.created", order.number(), "$75.80"));
        assertThat(harness.app.customers().findMatching("Kim Minji", "010-1234-5678")).isPresent();
    }

    @Test
    void refusalsAreShownOnTheirFieldsAndNothingIsSaved() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the entry form is open", () -> "customer-name".equals(robot.focusedId()));
        robot.typeInto("#order-entry");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        String noLines = Messages.get("orders.validation.noLines");
        await("an empty order is refused on the add-item field", () -> robot.hasError("#item-field", noLines));
        assertThat(robot.focusedId()).isEqualTo("item-field");

        robot.write("TOTE-NAT").push(KeyCode.ENTER);
        await("the tote is a line", () -> lineCodes().equals(List.of("TOTE-NAT")));
        robot.write("NO-SUCH-CODE").push(KeyCode.ENTER);
        String unknown = Messages.get("orders.view.entry.item.unknown", "NO-SUCH-CODE");
        await("an unknown code is reported on the field", () -> robot.hasError("#item-field", unknown));
        assertThat(robot.text("#item-field")).isEqualTo("NO-SUCH-CODE");

        robot.clickOn("#customer-phone").write("call me");
        robot.clickOn("#shipping-fee").write("1.2.3");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        String badPhone = Messages.get("orders.validation.phone");
        await("the phone shows the service's refusal", () -> robot.hasError("#customer-phone", badPhone));
        // A phone alone makes a new customer, who needs a name.
        assertThat(robot.hasError("#customer-name", Messages.get("validation.required"))).isTrue();
        assertThat(robot.hasError("#shipping-fee", Messages.get("validation.money.format"))).isTrue();
        assertThat(robot.text("#entry-problems")).contains(Messages.get("orders.view.entry.field.customer_phone"));
        assertThat(robot.lookup("#order-entry").tryQuery()).isPresent();
        assertThat(harness.app.orders().search(OrderQuery.newest(10)).total()).isZero();
        assertThat(harness.app.stock().onHand(shop.tote)).isEqualTo(20);

        // Fixing a field takes its error away at once.
        robot.clickOn("#shipping-fee").push(KeyCode.CONTROL, KeyCode.A).write("2.50");
        await("the fee error is gone once edited", () -> !robot.hasError("#shipping-fee", Messages.get("validation.money.format")));
        robot.clickOn("#customer-phone").push(KeyCode.CONTROL, KeyCode.A).write("010-9999-0000");
        robot.clickOn("#customer-name").write("Lee Seojun");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the form has closed", () -> robot.lookup("#order-entry").tryQuery().isEmpty());
        assertThat(harness.app.orders().search(OrderQuery.newest(10)).items()).singleElement()
                .satisfies(row -> assertThat(row.total().minorUnits()).isEqualTo(1450));
    }

    @Test
    void sellingMoreThanIsAvailableAsksAndSavesTheOrderFlaggedOversold() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the entry form is open", () -> "customer-name".equals(robot.focusedId()));
        robot.typeInto("#order-entry");
        robot.push(KeyCode.ALT, KeyCode.A);
        await("the add-item field has the keyboard", () -> "item-field".equals(robot.focusedId()));
        robot.write(OrderShop.MUG_BARCODE).push(KeyCode.ENTER);
        await("the mug is a line with its stock", () -> "2".equals(stockText(0)));
        robot.push(KeyCode.UP).push(KeyCode.CONTROL, KeyCode.A).write("5").push(KeyCode.ENTER);
        await("the line warns that it takes more than is available",
                () -> onFx(() -> robot.lookup("#line-0 .entry-stock").queryAs(Label.class).getGraphic() != null));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the seller is asked", () -> robot.lookup("#oversell-confirm").tryQuery().isPresent());
        robot.typeInto("#oversell-confirm");
        assertThat(onFx(() -> robot.lookup("#oversell-confirm").queryAs(DialogPane.class).getContentText()))
                .contains("MUG-WHT").contains("5").contains("2");
        // Enter means "go back": selling stock that is not there takes a deliberate choice.
        robot.push(KeyCode.ENTER);
        await("the question is gone", () -> robot.lookup("#oversell-confirm").tryQuery().isEmpty());
        robot.typeInto("#order-entry");
        assertThat(robot.lookup("#order-entry").tryQuery()).isPresent();
        assertThat(harness.app.orders().search(OrderQuery.newest(10)).total()).isZero();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the seller is asked again", () -> robot.lookup("#oversell-confirm").tryQuery().isPresent());
        robot.clickDialogButton(Messages.get("orders.view.entry.oversell.yes"));
        await("the form has closed", () -> robot.lookup("#order-entry").tryQuery().isEmpty());
        Order order = harness.app.orders().find(harness.app.orders().search(OrderQuery.newest(10)).items().get(0).id()).orElseThrow();
        assertThat(order.oversold()).isTrue();
        assertThat(order.paymentState()).isEqualTo(PaymentState.UNPAID);
        assertThat(harness.app.stock().onHand(shop.mug)).isEqualTo(-3);
        await("the list marks it oversold", () -> onFx(() -> robot.lookup("#orders-table .oversold-badge").tryQuery().isPresent()));
        assertThat(harness.status.messageProperty().get()).isEqualTo(
                Messages.get("orders.view.created.oversold", order.number(), "$42.50"));
    }

    @Test
    void escapeClosesAnUntouchedFormAtOnceAndAsksWhenSomethingWasTyped() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the entry form is open", () -> "customer-name".equals(robot.focusedId()));
        robot.typeInto("#order-entry");
        robot.push(KeyCode.ESCAPE);
        await("an untouched form closes on Esc", () -> robot.lookup("#order-entry").tryQuery().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the entry form is open again", () -> "customer-name".equals(robot.focusedId()));
        robot.typeInto("#order-entry");
        robot.write("Walk-in");
        robot.push(KeyCode.ESCAPE);
        await("closing asks first", () -> robot.lookup("#entry-discard").tryQuery().isPresent());
        robot.typeInto("#entry-discard");
        robot.push(KeyCode.ENTER);
        await("Enter keeps the work", () -> robot.lookup("#entry-discard").tryQuery().isEmpty());
        robot.typeInto("#order-entry");
        assertThat(robot.text("#customer-name")).isEqualTo("Walk-in");
        robot.push(KeyCode.ESCAPE);
        await("closing asks again", () -> robot.lookup("#entry-discard").tryQuery().isPresent());
        robot.clickDialogButton(Messages.get("orders.view.entry.discard.yes"));
        await("the form has closed", () -> robot.lookup("#order-entry").tryQuery().isEmpty());
        assertThat(harness.app.orders().search(OrderQuery.newest(10)).total()).isZero();
    }

    private List<String> lineCodes() {
        return onFx(() -> robot.lookup(".entry-line").queryAll().stream()
                .map(n -> ((Label) n.lookup(".entry-code")).getText()).toList());
    }

    private String stockText(int line) {
        return onFx(() -> robot.lookup("#line-" + line).tryQuery()
                .map(n -> ((Label) n.lookup(".entry-stock")).getText()).orElse(""));
    }

    private int suggestionCount(String id) {
        return onFx(() -> robot.lookup(id).tryQuery()
                .filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.ListView<?>) n).getItems().size()).orElse(0));
    }

    private String selectedNumber() {
        return onFx(() -> {
            OrderRow row = harness.orders().list().selectedProperty().get();
            return row == null ? "" : row.number();
        });
    }
}
