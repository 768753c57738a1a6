package com.merchantdesk.customers.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The customers list on a real SQLite folder: waits for the shop's currency, searches as you type, keeps the selection. */
@ExtendWith(EnglishMessages.class)
class CustomerListViewModelTest {

    @TempDir Path temp;
    private CustomerShop shop;
    private CustomerListViewModel list;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        shop = new CustomerShop(temp.resolve("data"));
        list = onFx(() -> new CustomerListViewModel(shop.app.customers(), shop.work));
    }

    @AfterEach
    void close() {
        runFx(() -> list.searchTextProperty().set("")); // no search pause left running
        shop.close();
    }

    @Test
    void nothingIsAskedUntilTheShopsCurrencyIsKnownThenEveryoneIsListedByName() {
        runFx(list::refresh);
        assertThat(shop.executor.queued()).as("no query without a currency").isZero();
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("customers.view.page.none"));

        runFx(() -> list.currencyProperty().set(OrderShop.USD));
        shop.executor.runAll();

        assertThat(names()).containsExactly("Emma Walsh", "Kim Minji", "Lee Seojun");
        CustomerSummary kim = onFx(() -> list.find(shop.kim)).orElseThrow();
        assertThat(kim.orderCount()).isEqualTo(2);
        assertThat(kim.totalSpent()).as("only her paid order counts").isEqualTo(Money.parse("24.00", OrderShop.USD));
        assertThat(onFx(() -> list.find(shop.lee)).orElseThrow().totalSpent()).as("a cancelled order is not spending")
                .isEqualTo(Money.zero(OrderShop.USD));
        assertThat(onFx(() -> list.totalProperty().get())).isEqualTo(3);
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("controls.page.range", "1", "3", "3"));
    }

    @Test
    void typingAsksOnceAfterThePauseAndFindsByNamePhoneOrItsDigits() {
        listEveryone();
        // Three keystrokes in one step: the pause starts again at each, so one query follows the last.
        runFx(() -> {
            list.searchTextProperty().set("k");
            list.searchTextProperty().set("ki");
            list.searchTextProperty().set("kim");
        });
        await("the search is asked after the pause", () -> shop.executor.queued() == 1);
        shop.executor.runAll();
        assertThat(names()).containsExactly("Kim Minji");

        search("5432");
        assertThat(names()).containsExactly("Lee Seojun");
        search("01098765432");
        assertThat(names()).as("the phone's digits without dashes").containsExactly("Lee Seojun");
        search("nobody");
        assertThat(names()).isEmpty();
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("customers.view.page.none"));
        search("");
        assertThat(names()).hasSize(3);
    }

    @Test
    void theSelectionStaysOnTheSameCustomerAndMovesToOneJustSaved() {
        listEveryone();
        runFx(() -> list.selectedProperty().set(list.find(shop.lee).orElseThrow()));

        // A new customer sorts before Lee: the selection follows Lee, not the row position.
        shop.app.customers().save(CustomerInput.named("Jung Hoseok", "010-2222-3333"));
        runFx(list::refresh);
        shop.executor.runAll();
        assertThat(names()).containsExactly("Emma Walsh", "Jung Hoseok", "Kim Minji", "Lee Seojun");
        assertThat(onFx(() -> list.selectedProperty().get().customer().id())).isEqualTo(shop.lee);

        String park = shop.app.customers().save(CustomerInput.named("Park Jiwoo", "")).id();
        runFx(() -> list.refreshSelecting(park));
        shop.executor.runAll();
        assertThat(onFx(() -> list.selectedProperty().get().customer().name())).isEqualTo("Park Jiwoo");

        search("emma");
        assertThat(onFx(() -> list.selectedProperty().get())).as("Park is not on the page any more").isNull();
    }

    private void listEveryone() {
        runFx(() -> list.currencyProperty().set(OrderShop.USD));
        shop.executor.runAll();
        assertThat(names()).hasSize(3);
    }

    /** Types {@code text} and runs the query that follows the pause. */
    private void search(String text) {
        runFx(() -> list.searchTextProperty().set(text));
        await("the search for '" + text + "' is asked", () -> shop.executor.queued() > 0);
        shop.executor.runAll();
    }

    private List<String> names() { return onFx(() -> list.rows().stream().map(s -> s.customer().name()).toList()); }
}
