package com.merchantdesk.customers.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.CustomerOrder;
import com.merchantdesk.customers.CustomerSummary;
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

/** The selected customer's detail on a real SQLite folder: summary and history, and only the latest selection's. */
@ExtendWith(EnglishMessages.class)
class CustomerDetailViewModelTest {

    @TempDir Path temp;
    private CustomerShop shop;
    private CustomerDetailViewModel detail;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        shop = new CustomerShop(temp.resolve("data"));
        detail = onFx(() -> new CustomerDetailViewModel(shop.app.customers(), shop.work));
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void theSelectedCustomersSummaryAndOrdersNewestFirst() {
        runFx(() -> {
            detail.currencyProperty().set(OrderShop.USD);
            detail.customerIdProperty().set(shop.kim);
        });
        shop.executor.runAll();

        CustomerSummary kim = onFx(() -> detail.summaryProperty().get());
        assertThat(kim.customer().name()).isEqualTo("Kim Minji");
        assertThat(kim.customer().phone()).isEqualTo("010-1234-5678");
        assertThat(kim.orderCount()).isEqualTo(2);
        assertThat(kim.totalSpent()).isEqualTo(Money.parse("24.00", OrderShop.USD));
        assertThat(orderNumbers()).containsExactly(shop.kimsSecond.number(), shop.kimsFirst.number());
        assertThat(onFx(() -> detail.orderTotalProperty().get())).isEqualTo(2);
    }

    @Test
    void onlyTheLatestSelectionsAnswerIsShownAndNoSelectionShowsNothing() {
        runFx(() -> detail.currencyProperty().set(OrderShop.USD));
        runFx(() -> detail.customerIdProperty().set(shop.kim));
        runFx(() -> detail.customerIdProperty().set(shop.lee));
        assertThat(shop.executor.queued()).isEqualTo(2);

        shop.executor.runNewest();
        assertThat(onFx(() -> detail.summaryProperty().get().customer().name())).isEqualTo("Lee Seojun");
        shop.executor.runOldest(); // Kim's answer comes in late
        assertThat(onFx(() -> detail.summaryProperty().get().customer().name())).isEqualTo("Lee Seojun");
        assertThat(onFx(() -> detail.orders().stream().map(CustomerOrder::number).toList())).containsExactly(shop.leesOrder);
        assertThat(onFx(() -> detail.orderTotalProperty().get())).isEqualTo(1);

        runFx(() -> detail.customerIdProperty().set(shop.emma));
        runFx(() -> detail.customerIdProperty().set(null));
        assertThat(onFx(() -> detail.summaryProperty().get())).isNull();
        assertThat(orderNumbers()).isEmpty();
        shop.executor.runAll(); // Emma's answer, asked before the selection was cleared
        assertThat(onFx(() -> detail.summaryProperty().get())).isNull();
        assertThat(orderNumbers()).isEmpty();
        assertThat(onFx(() -> detail.orderTotalProperty().get())).isZero();
    }

    private List<String> orderNumbers() { return onFx(() -> detail.orders().stream().map(CustomerOrder::number).toList()); }
}
