package com.merchantdesk.shipping.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.shipping.fulfilment.PdfPages;
import com.merchantdesk.shipping.pool.PoolEntry;
import com.merchantdesk.shipping.pool.WaybillPool;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Ship selected" on the real cockpit: choose orders, ship them with pool numbers and get one PDF of their paper. */
class BatchShipScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;
    private final List<Order> orders = new ArrayList<>();

    private void open(int poolSize) throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> {
            OrderShop shop = OrderShop.seed(h.app);
            h.app.shipping().savePolicy(h.app.shipping().policy().withShop("KR", "UTC"));
            orders.add(h.app.orders().create(draft("김민지", shop.mug, 2)));
            orders.add(h.app.orders().create(draft("Lee Seojun", shop.tote, 1)));
            orders.add(h.app.orders().create(draft("王芳", shop.teeRed, 1)));
            List<PoolEntry> numbers = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                numbers.add(new PoolEntry("line " + (i + 1), DemoCarriers.HANA.trackingNumberFor(5000 + i)));
            }
            new WaybillPool(h.app.database(), h.clock).add("HANA", numbers);
        }, ToShipScreen::new);
        await("the open orders are listed", () -> onFx(() -> ((ToShipScreen) harness.screen()).list().rows().size()) == 3);
    }

    private static OrderDraft draft(String name, String sku, int quantity) {
        return new OrderDraft(OrderShop.USD, Channel.PHONE, null, CustomerInput.named(name, "010-1234-5678"),
                new Address(name, "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", "KR"),
                List.of(OrderDraft.LineDraft.of(sku, quantity)), "", "", "", PaymentMethod.CARD, true, "", MemoFlag.NONE, false);
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void shippingTwoSelectedOrdersMakesOnePdfOfLabelsPickListAndPackingSlips() throws Exception {
        open(10);
        clickRow(orders.get(0).number());
        robot.press(KeyCode.CONTROL);
        clickRow(orders.get(2).number());
        robot.release(KeyCode.CONTROL);
        await("two orders are chosen", () -> onFx(() -> ((ToShipScreen) harness.screen()).chosenOrderIds()).size() == 2);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        await("the batch window opens", () -> robot.lookup("#batch-ship").tryQuery().isPresent());
        assertThat(onFx(() -> {
            javafx.scene.control.ChoiceBox<?> carrier = robot.lookup("#batch-carrier").queryAs(javafx.scene.control.ChoiceBox.class);
            @SuppressWarnings("unchecked")
            var converter = (javafx.util.StringConverter<Object>) carrier.getConverter();
            return converter.toString(carrier.getValue());
        })).isEqualTo("Hana Express (HANA) · 10 free, running low");
        Path pdf = temp.resolve("out").resolve("today.pdf");
        runFx(() -> robot.lookup("#batch-pdf").queryAs(TextField.class).setText(pdf.toString()));
        robot.clickOn("#batch-start");
        await("the window closes once done", () -> robot.lookup("#batch-ship").tryQuery().isEmpty());

        assertThat(pdf).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        List<String> pages = PdfPages.texts(bytes);
        assertThat(pages).hasSize(5); // two labels, the pick list, two packing slips
        assertThat(pages.get(0)).contains("김민지", orders.get(0).number());
        assertThat(pages.get(1)).contains("王芳", orders.get(2).number());
        assertThat(pages.get(2)).contains("Pick list", "2 orders");
        assertThat(PdfPages.barcodes(bytes, 0)).extracting(PdfPages.Found::text)
                .containsOnly(DemoCarriers.HANA.trackingNumberFor(5000));
        for (int i : new int[] {0, 2}) {
            assertThat(harness.app.orders().find(orders.get(i).id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        }
        assertThat(harness.app.orders().find(orders.get(1).id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        await("the status bar says what was done", () -> onFx(() -> harness.status.messageProperty().get())
                .startsWith("2 orders shipped; 5 pages saved to " + pdf));
        await("the shipped orders leave the list", () -> onFx(() -> ((ToShipScreen) harness.screen()).list().rows().stream()
                .map(ToShipRow::orderNumber).toList()).equals(List.of(orders.get(1).number())));
    }

    @Test
    void aPoolTooSmallIsRefusedInTheWindowAndNothingShips() throws Exception {
        open(2);
        clickRow(orders.get(0).number());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        await("all three are chosen", () -> onFx(() -> ((ToShipScreen) harness.screen()).chosenOrderIds()).size() == 3);
        robot.clickOn("#to-ship-ship-selected");
        await("the batch window opens", () -> robot.lookup("#batch-ship").tryQuery().isPresent());
        Path pdf = temp.resolve("never.pdf");
        runFx(() -> robot.lookup("#batch-pdf").queryAs(TextField.class).setText(pdf.toString()));
        robot.clickOn("#batch-start");
        await("the refusal is shown", () -> robot.text("#batch-error").contains("has only 2 free numbers; 3 are needed"));
        assertThat(pdf).doesNotExist();
        assertThat(orders).allSatisfy(o -> assertThat(harness.app.orders().find(o.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.PAID));
        robot.clickOn("#batch-cancel");
        await("the window closes", () -> robot.lookup("#batch-ship").tryQuery().isEmpty());
    }

    private void clickRow(String number) {
        Node cell = onFx(() -> robot.lookup("#to-ship-table .table-cell").match((Labeled c) -> number.equals(c.getText())).query());
        robot.clickOn(cell);
    }
}
