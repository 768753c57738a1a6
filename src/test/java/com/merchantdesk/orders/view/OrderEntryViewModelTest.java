package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.WriterProbe;
import com.merchantdesk.testsupport.ChildJvm;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The entry form's state against a real database, without its controls. */
@ExtendWith(EnglishMessages.class)
class OrderEntryViewModelTest {

    @TempDir Path temp;
    private AppContext app;
    private ExecutorService executor;
    private OrderShop shop;
    private OrderEntryViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), new SettableClock(OrdersHarness.START));
        shop = OrderShop.seed(app);
        executor = Executors.newSingleThreadExecutor();
        vm = onFx(() -> new OrderEntryViewModel(new OrderEntryViewModel.Services(app.orders(), app.customers(), app.catalog(),
                new BackgroundRunner(executor, new StatusBarModel())), OrderShop.USD));
    }

    @AfterEach
    void close() {
        runFx(vm::dispose);
        executor.shutdownNow();
        app.close();
    }

    private void enter(String typed) {
        runFx(() -> {
            vm.itemTextProperty().set(typed);
            vm.enterItem(null);
        });
    }

    private List<String> lines() {
        return onFx(() -> vm.lines().stream().map(l -> l.code() + " x" + l.quantityProperty().get()).toList());
    }

    @Test
    void scansAddLinesAndScanningAgainAddsOneMore() {
        enter(OrderShop.TEE_BARCODE);
        await("the shirt is a line", () -> lines().equals(List.of("TS-RED-M x1")));
        enter(OrderShop.TEE_BARCODE);
        await("scanning again makes two", () -> lines().equals(List.of("TS-RED-M x2")));
        enter("3*tote-nat");
        await("3*CODE adds three", () -> lines().equals(List.of("TS-RED-M x2", "TOTE-NAT x3")));
        enter("ceramic");
        await("words naming one product add it", () -> lines().size() == 3);
        assertThat(onFx(() -> vm.itemTextProperty().get())).isEmpty();
        await("the stock of each line is read", () -> onFx(() -> vm.lines().stream().allMatch(l -> l.availabilityProperty().get() != null)));
        assertThat(onFx(() -> vm.lines().get(0).availabilityProperty().get().available())).isEqualTo(10);
        await("the totals follow", () -> onFx(() -> vm.totalsProperty().get().total().minorUnits()) == 2 * 1990 + 3 * 1200 + 850);
        assertThat(onFx(() -> vm.dirtyProperty().get())).isTrue();
    }

    @Test
    void aCodeThatNamesNothingIsReportedOnTheItemField() {
        enter("NOPE-123");
        await("the item field says so", () -> Messages.get("orders.view.entry.item.unknown", "NOPE-123")
                .equals(onFx(() -> vm.errorsProperty().get().get(OrderEntryViewModel.ITEM))));
        enter("linen");
        await("words that match two SKUs ask for a choice", () -> Messages.get("orders.view.entry.item.ambiguous", "linen")
                .equals(onFx(() -> vm.errorsProperty().get().get(OrderEntryViewModel.ITEM))));
        assertThat(lines()).isEmpty();
    }

    @Test
    void theDraftNamesAPickedCustomerOrCarriesANewOneOrNone() {
        OrderDraft anonymous = onFx(() -> vm.draft(false));
        assertThat(anonymous.customerId()).isNull();
        assertThat(anonymous.newCustomer()).isNull();
        assertThat(anonymous.channel()).isEqualTo(Channel.PHONE);
        assertThat(anonymous.paymentMethod()).isEqualTo(PaymentMethod.CASH);

        runFx(() -> {
            vm.customerNameProperty().set("Park Jiwoo");
            vm.customerPhoneProperty().set("010-5555-0192");
            vm.line1Property().set("12 Sejong-daero");
            vm.cityProperty().set("Seoul");
        });
        OrderDraft fresh = onFx(() -> vm.draft(true));
        assertThat(fresh.customerId()).isNull();
        assertThat(fresh.newCustomer().name()).isEqualTo("Park Jiwoo");
        assertThat(fresh.newCustomer().address().city()).isEqualTo("Seoul");
        assertThat(fresh.shippingAddress().recipient()).isEqualTo("Park Jiwoo");
        assertThat(fresh.confirmOversell()).isTrue();

        Customer kim = app.customers().save(CustomerInput.named("Kim Minji", "010-1234-5678"));
        runFx(() -> vm.pickCustomer(kim));
        OrderDraft picked = onFx(() -> vm.draft(false));
        assertThat(picked.customerId()).isEqualTo(kim.id());
        assertThat(picked.newCustomer()).isNull();
        assertThat(onFx(() -> vm.customerPhoneProperty().get())).isEqualTo("010-1234-5678");
        // Typing over the picked name means someone else.
        runFx(() -> vm.customerNameProperty().set("Kim Minji Jr"));
        assertThat(onFx(() -> vm.customerProperty().get())).isNull();
        assertThat(onFx(() -> vm.draft(false)).newCustomer().name()).isEqualTo("Kim Minji Jr");
    }

    @Test
    void customersAreSuggestedAsTheNameIsTyped() {
        app.customers().save(CustomerInput.named("Kim Minji", "010-1234-5678"));
        app.customers().save(CustomerInput.named("Lee Seojun", "010-9876-5432"));
        runFx(() -> vm.customerNameProperty().set("kim"));
        await("Kim is suggested", () -> onFx(() -> vm.customerSuggestions().stream().map(s -> s.customer().name()).toList())
                .equals(List.of("Kim Minji")));
        runFx(() -> vm.pickCustomer(vm.customerSuggestions().get(0).customer()));
        assertThat(onFx(() -> vm.customerSuggestions().isEmpty())).isTrue();
    }

    @Test
    void overSellingAsksAndSayingNoSavesNothing() {
        enter(OrderShop.MUG_BARCODE);
        await("the mug's stock is read", () -> onFx(() -> !vm.lines().isEmpty() && vm.lines().get(0).availabilityProperty().get() != null));
        runFx(() -> vm.lines().get(0).quantityProperty().set("3"));
        List<List<OrderEntryViewModel.Oversell>> asked = new ArrayList<>();
        boolean started = onFx(() -> vm.save(over -> {
            asked.add(over);
            return false;
        }, o -> { }));
        assertThat(started).isFalse();
        assertThat(asked).singleElement().satisfies(over -> assertThat(over)
                .containsExactly(new OrderEntryViewModel.Oversell("MUG-WHT", "Ceramic Mug", 3, 2)));
        assertThat(onFx(() -> vm.lines().get(0).oversoldProperty().get())).isTrue();
        assertThat(app.orders().search(OrderQuery.newest(5)).total()).isZero();

        AtomicReference<Order> saved = new AtomicReference<>();
        runFx(() -> vm.save(over -> true, saved::set));
        await("the order is saved", () -> saved.get() != null);
        assertThat(saved.get().oversold()).isTrue();
        assertThat(app.stock().onHand(shop.mug)).isEqualTo(-1);
        assertThat(onFx(() -> vm.dirtyProperty().get())).isFalse();
    }

    @Test
    void stockThatMovedSinceItWasReadIsAskedAboutBeforeSaving() {
        enter("TS-BLU-L");
        await("the shirt's stock is read", () -> onFx(() -> !vm.lines().isEmpty() && vm.lines().get(0).availabilityProperty().get() != null));
        runFx(() -> vm.lines().get(0).quantityProperty().set("3"));
        // Another order takes the shirts after the form read the stock (4 then, 1 now).
        OrderShop.order(app, null, null, shop.teeBlue, 3);
        List<List<OrderEntryViewModel.Oversell>> asked = new ArrayList<>();
        AtomicReference<Order> saved = new AtomicReference<>();
        runFx(() -> vm.save(over -> {
            asked.add(over);
            return true;
        }, saved::set));
        await("the order is saved after asking", () -> saved.get() != null);
        assertThat(asked).singleElement().satisfies(over -> assertThat(over)
                .containsExactly(new OrderEntryViewModel.Oversell("TS-BLU-L", "Linen T-Shirt / Blue / L", 3, 1)));
        assertThat(saved.get().oversold()).isTrue();
    }

    @Test
    void removingALineForgetsItAndAnEmptyOrderIsRefused() {
        enter("TOTE-NAT");
        await("the tote is a line", () -> lines().size() == 1);
        runFx(() -> vm.removeLine(vm.lines().get(0)));
        boolean started = onFx(() -> vm.save(over -> true, o -> { }));
        assertThat(started).isFalse();
        assertThat(onFx(() -> vm.errorsProperty().get())).containsEntry(OrderEntryViewModel.LINES, Messages.get("orders.validation.noLines"));
        assertThat(OrderEntryViewModel.fieldLabel("lines[1].quantity")).isEqualTo("Line 2 \u00b7 Quantity");
        assertThat(OrderEntryViewModel.fieldLabel("customer.name")).isEqualTo("Customer name");
        assertThat(OrderEntryViewModel.fieldLabel("currency")).isEmpty();
    }

    @Test
    void aSaveThatWaitsForAnotherProcessSaysForWhomAndThenSaves() throws Exception {
        enter(OrderShop.TEE_BARCODE);
        await("the shirt is a line", () -> lines().equals(List.of("TS-RED-M x1")));
        try (ChildJvm importing = ChildJvm.start(WriterProbe.class, "hold", app.dataDirectory().database().toString(),
                "products import")) {
            importing.awaitOut("that it holds the write lock", "HOLDING"::equals);
            AtomicReference<Order> saved = new AtomicReference<>();
            runFx(() -> vm.save(over -> true, saved::set));
            String expected = Messages.get("wait.writing",
                    Messages.get("wait.holder.command", "products import", Long.toString(importing.pid())));
            WaitForAsyncUtils.waitFor(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS,
                    () -> onFx(() -> expected.equals(vm.waitingForWriterProperty().get())));
            assertThat(onFx(() -> vm.savingProperty().get())).as("still saving").isTrue();
            assertThat(saved.get()).isNull();

            importing.closeInput();
            WaitForAsyncUtils.waitFor(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS, () -> saved.get() != null);
            assertThat(importing.awaitExit()).isZero();
        }
        assertThat(onFx(() -> vm.waitingForWriterProperty().get())).isEmpty();
        assertThat(app.orders().search(OrderQuery.newest(5)).total()).isEqualTo(1);
    }
}
