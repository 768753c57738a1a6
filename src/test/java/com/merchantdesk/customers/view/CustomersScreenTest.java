package com.merchantdesk.customers.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
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

/** Drives the real customers screen on a real SQLite folder: search, order history, create and edit. */
class CustomersScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;

    private void open() throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> {
            OrderShop shop = OrderShop.seed(h.app);
            Order first = h.app.orders().create(OrderShop.draft("Kim Minji", "010-1234-5678", true, shop.tote, 2));
            h.app.orders().create(new com.merchantdesk.orders.OrderDraft(OrderShop.USD, com.merchantdesk.orders.Channel.PHONE, first.customerId(), null,
                    com.merchantdesk.customers.Address.EMPTY, List.of(com.merchantdesk.orders.OrderDraft.LineDraft.of(shop.mug, 1)),
                    "", "", "", com.merchantdesk.orders.PaymentMethod.CASH, false, "", null, false));
            Order cancelled = OrderShop.order(h.app, "Lee Seojun", "010-9876-5432", shop.teeRed, 1);
            h.app.orders().cancel(cancelled.id(), "seller");
            OrderShop.order(h.app, "Emma Walsh", "555-0134", shop.teeBlue, 1);
        }, context -> new CustomersScreen(context, OrdersHarness.ZONE));
        await("the customers are listed", () -> names().size() == 3);
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theListShowsOrdersAndSpendingAndTheDetailTheHistory() throws Exception {
        open();
        assertThat(names()).containsExactly("Emma Walsh", "Kim Minji", "Lee Seojun");
        assertThat(cell("Kim Minji", "col-customer-orders")).isEqualTo("2");
        // Money spent is what was paid: her unpaid second order and a cancelled one do not count.
        assertThat(cell("Kim Minji", "col-customer-spent")).isEqualTo("$24.00");
        assertThat(cell("Lee Seojun", "col-customer-spent")).isEqualTo("$0.00");

        clickRow("Kim Minji");
        await("the detail shows her two orders", () -> onFx(() -> robot.lookup("#customer-orders").queryAs(TableView.class).getItems().size()) == 2);
        assertThat(robot.text("#customer-detail-name")).isEqualTo("Kim Minji");
        assertThat(robot.text("#customer-detail-phone")).isEqualTo("010-1234-5678");

        robot.clickOn("#customers-search").write("5432");
        await("a phone number finds its customer", () -> names().equals(List.of("Lee Seojun")));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("emm");
        await("the start of a name finds its customer", () -> names().equals(List.of("Emma Walsh")));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("nobody");
        await("no match says so", () -> names().isEmpty()
                && Messages.get("customers.view.empty.noMatch").equals(robot.text("#customers-placeholder")));
        await("the page bar counts customers, not orders",
                () -> Messages.get("customers.view.page.none").equals(robot.text("#customers-page-label")));
    }

    @Test
    void aCustomerIsCreatedAndEditedWithErrorsOnTheirFields() throws Exception {
        open();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await("the form is open on the name", () -> "customer-form-name".equals(robot.focusedId()));
        robot.typeInto("#customer-form");
        robot.push(KeyCode.TAB).write("not a phone");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the name is required", () -> robot.hasError("#customer-form-name", Messages.get("validation.required")));
        assertThat(robot.hasError("#customer-form-phone", Messages.get("orders.validation.phone"))).isTrue();
        assertThat(harness.app.customers().search(CustomerQuery.of("", 10), OrderShop.USD).total()).isEqualTo(3);

        robot.clickOn("#customer-form-name").write("Park Jiwoo");
        await("typing the name clears its error", () -> !robot.hasError("#customer-form-name", Messages.get("validation.required")));
        robot.clickOn("#customer-form-phone").push(KeyCode.CONTROL, KeyCode.A).write("010-5555-0192");
        robot.clickOn("#customer-form-email").write("jiwoo@example.com");
        robot.clickOn("#customer-form-city").write("Busan");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await("the form has closed", () -> robot.lookup("#customer-form").tryQuery().isEmpty());
        await("the new customer is listed and selected", () -> names().contains("Park Jiwoo") && "Park Jiwoo".equals(selectedName()));
        Customer created = harness.app.customers().findMatching("Park Jiwoo", "010-5555-0192").orElseThrow();
        assertThat(created.email()).isEqualTo("jiwoo@example.com");
        assertThat(created.address().city()).isEqualTo("Busan");
        assertThat(harness.changesSaved.get()).isEqualTo(1);

        // Enter on the selected row edits it.
        robot.clickOn("#customers-table").push(KeyCode.ENTER);
        await("the edit form is open", () -> "customer-form-name".equals(robot.focusedId()));
        robot.typeInto("#customer-form");
        assertThat(robot.text("#customer-form-phone")).isEqualTo("010-5555-0192");
        robot.clickOn("#customer-form-email").push(KeyCode.CONTROL, KeyCode.A).write("jiwoo@");
        robot.push(KeyCode.ENTER);
        await("a bad email is refused on its field", () -> robot.hasError("#customer-form-email", Messages.get("orders.validation.email")));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("jiwoo@example.kr");
        robot.push(KeyCode.ENTER);
        await("the form has closed", () -> robot.lookup("#customer-form").tryQuery().isEmpty());
        assertThat(harness.app.customers().find(created.id()).orElseThrow().email()).isEqualTo("jiwoo@example.kr");
        await("the detail shows the new email", () -> "jiwoo@example.kr".equals(robot.text("#customer-detail-email")));
    }

    // ---- helpers ----

    private List<String> names() {
        return onFx(() -> harness.customers().list().rows().stream().map(s -> s.customer().name()).toList());
    }

    private String selectedName() {
        return onFx(() -> {
            CustomerSummary s = harness.customers().list().selectedProperty().get();
            return s == null ? "" : s.customer().name();
        });
    }

    private void clickRow(String name) {
        Node cell = onFx(() -> robot.lookup("#customers-table .table-cell").match((Labeled c) -> name.equals(c.getText())).query());
        robot.clickOn(cell);
    }

    private String cell(String name, String columnId) {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#customers-table").queryAs(TableView.class);
            var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((CustomerSummary) table.getItems().get(i)).customer().name().equals(name)) {
                    return String.valueOf(column.getCellData(i));
                }
            }
            return "";
        });
    }
}
