package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The query the orders list asks for, from its filters, in the seller's time zone. */
@ExtendWith(EnglishMessages.class)
class OrderListViewModelTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir Path temp;
    private AppContext app;
    private OrderListViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), new SettableClock(OrdersHarness.START));
        // Work runs at once on the calling (FX) thread, so no query outlives the test.
        vm = onFx(() -> new OrderListViewModel(app.orders(), new BackgroundRunner(Runnable::run, new StatusBarModel()), SEOUL));
    }

    @AfterEach
    void close() {
        runFx(() -> vm.searchTextProperty().set(""));
        app.close();
    }

    @Test
    void theListOpensOnEverythingNewestFirst() {
        OrderQuery q = onFx(vm::query);
        assertThat(q.statuses()).isEqualTo(EnumSet.allOf(OrderStatus.class));
        assertThat(q.channels()).isEqualTo(EnumSet.allOf(Channel.class));
        assertThat(q.sort()).isEqualTo(OrderQuery.Sort.CREATED);
        assertThat(q.descending()).isTrue();
        assertThat(q.createdFrom()).isNull();
        assertThat(onFx(() -> vm.filtered().get())).isFalse();
    }

    @Test
    void datesAreWholeDaysInTheSellersZone() {
        runFx(() -> {
            vm.fromProperty().set(LocalDate.of(2026, 3, 1));
            vm.toProperty().set(LocalDate.of(2026, 3, 31));
        });
        OrderQuery q = onFx(vm::query);
        assertThat(q.createdFrom()).isEqualTo(Instant.parse("2026-02-28T15:00:00Z"));
        assertThat(q.createdBefore()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
        runFx(() -> vm.toProperty().set(LocalDate.of(2026, 2, 1)));
        assertThat(onFx(() -> vm.datesReversed().get())).isTrue();
        assertThat(onFx(vm::query)).isNull();
    }

    @Test
    void aCounterFiltersAndClickingItAgainShowsEverything() {
        runFx(() -> vm.toggleCounter(StatusChoice.AFTER_SALE));
        assertThat(onFx(vm::query).statuses()).isEqualTo(EnumSet.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED));
        runFx(() -> vm.toggleCounter(StatusChoice.PAID));
        assertThat(onFx(vm::query).statuses()).isEqualTo(EnumSet.of(OrderStatus.PAID));
        runFx(() -> vm.toggleCounter(StatusChoice.PAID));
        assertThat(onFx(() -> vm.statusProperty().get())).isEqualTo(StatusChoice.ALL);
        runFx(() -> {
            vm.channelProperty().set(Channel.WHOLESALE);
            vm.searchTextProperty().set("kim");
            vm.sortBy(OrderQuery.Sort.TOTAL, false);
        });
        OrderQuery q = onFx(vm::query);
        assertThat(q.channels()).containsExactly(Channel.WHOLESALE);
        assertThat(q.text()).isEqualTo("kim");
        assertThat(q.sort()).isEqualTo(OrderQuery.Sort.TOTAL);
        assertThat(q.descending()).isFalse();
        runFx(vm::clearFilters);
        assertThat(onFx(() -> vm.filtered().get())).isFalse();
    }
}
