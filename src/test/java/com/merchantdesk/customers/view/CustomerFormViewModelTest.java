package com.merchantdesk.customers.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerOrder;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The customer form on a real SQLite folder: refusals on their fields, new and edited customers saved. */
@ExtendWith(EnglishMessages.class)
class CustomerFormViewModelTest {

    @TempDir Path temp;
    private CustomerShop shop;
    private final List<Customer> saved = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() { shop = new CustomerShop(temp.resolve("data")); }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void eachRefusalIsShownOnItsFieldNothingIsSavedAndEditingAFieldClearsOnlyItsError() {
        CustomerFormViewModel form = onFx(() -> CustomerFormViewModel.forNew(shop.app.customers(), shop.work));
        runFx(() -> {
            form.phoneProperty().set("not a phone");
            form.emailProperty().set("jiwoo@");
            form.save(saved::add);
        });
        shop.executor.runAll();

        assertThat(errors(form)).containsExactly(
                Map.entry(CustomerFormViewModel.NAME, Messages.get("validation.required")),
                Map.entry(CustomerFormViewModel.PHONE, Messages.get("orders.validation.phone")),
                Map.entry(CustomerFormViewModel.EMAIL, Messages.get("orders.validation.email")));
        assertThat(saved).isEmpty();
        assertThat(onFx(() -> form.savingProperty().get())).isFalse();
        assertThat(shop.customerCount()).isEqualTo(3);

        runFx(() -> form.nameProperty().set("Park Jiwoo"));
        assertThat(errors(form)).containsOnlyKeys(CustomerFormViewModel.PHONE, CustomerFormViewModel.EMAIL);
        runFx(() -> form.phoneProperty().set("010-5555-0192"));
        assertThat(errors(form)).containsOnlyKeys(CustomerFormViewModel.EMAIL);
    }

    @Test
    void aNewCustomerIsSavedOnceWithItsAddressAndTheFormIsCleanAfterwards() {
        CustomerFormViewModel form = onFx(() -> CustomerFormViewModel.forNew(shop.app.customers(), shop.work));
        assertThat(onFx(form::isNew)).isTrue();
        runFx(() -> {
            form.nameProperty().set("Park Jiwoo");
            form.phoneProperty().set("010-5555-0192");
            form.emailProperty().set("jiwoo@example.com");
            form.line1Property().set("12 Haeundae-ro");
            form.cityProperty().set("Busan");
            form.countryProperty().set("KR");
            form.noteProperty().set("Prefers morning delivery");
        });
        assertThat(onFx(() -> form.dirtyProperty().get())).isTrue();

        // A second Ctrl+S while the first save runs is ignored.
        boolean savingAtOnce = onFx(() -> {
            form.save(saved::add);
            form.save(saved::add);
            return form.savingProperty().get();
        });
        assertThat(savingAtOnce).isTrue();
        assertThat(shop.executor.queued()).isEqualTo(1);
        shop.executor.runAll();

        assertThat(saved).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Park Jiwoo"));
        assertThat(onFx(() -> form.dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> form.savingProperty().get())).isFalse();
        assertThat(errors(form)).isEmpty();
        Customer stored = shop.app.customers().find(saved.get(0).id()).orElseThrow();
        assertThat(stored.email()).isEqualTo("jiwoo@example.com");
        assertThat(stored.note()).isEqualTo("Prefers morning delivery");
        assertThat(stored.address()).isEqualTo(new Address("Park Jiwoo", "010-5555-0192", "12 Haeundae-ro", "", "Busan", "", "", "KR"));
        assertThat(shop.customerCount()).isEqualTo(4);
    }

    @Test
    void aCustomerWithoutAnyAddressPartIsSavedWithoutAnAddress() {
        CustomerFormViewModel form = onFx(() -> CustomerFormViewModel.forNew(shop.app.customers(), shop.work));
        runFx(() -> {
            form.nameProperty().set("Walk-up buyer");
            form.save(saved::add);
        });
        shop.executor.runAll();
        assertThat(shop.app.customers().find(saved.get(0).id()).orElseThrow().address().blank()).isTrue();
    }

    @Test
    void theEditFormStartsFromTheStoredCustomerAndUpdatesThatCustomer() {
        Customer kim = shop.app.customers().find(shop.kim).orElseThrow();
        CustomerFormViewModel form = onFx(() -> CustomerFormViewModel.forEdit(shop.app.customers(), shop.work, kim));
        assertThat(onFx(form::isNew)).isFalse();
        assertThat(onFx(() -> List.of(form.nameProperty().get(), form.phoneProperty().get(), form.emailProperty().get())))
                .containsExactly("Kim Minji", "010-1234-5678", "");
        assertThat(onFx(() -> form.dirtyProperty().get())).as("nothing typed yet").isFalse();

        runFx(() -> {
            form.emailProperty().set("minji@example.kr");
            form.save(saved::add);
        });
        shop.executor.runAll();

        assertThat(saved).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(shop.kim));
        assertThat(shop.app.customers().find(shop.kim).orElseThrow().email()).isEqualTo("minji@example.kr");
        assertThat(shop.app.customers().find(shop.kim).orElseThrow().phone()).isEqualTo("010-1234-5678");
        assertThat(shop.customerCount()).as("no new customer").isEqualTo(3);
    }

    @Test
    void aSaveThatFailsForAnotherReasonSaysWhyOnTheFormUntilTheNextEdit() {
        CustomerService failing = new FailingSaves(shop.app.customers(), "The database file is locked");
        CustomerFormViewModel form = onFx(() -> CustomerFormViewModel.forNew(failing, shop.work));
        runFx(() -> {
            form.nameProperty().set("Park Jiwoo");
            form.save(saved::add);
        });
        shop.executor.runAll();

        assertThat(errors(form)).containsExactly(Map.entry(CustomerFormViewModel.GENERAL,
                Messages.get("customers.view.form.saveFailed", "The database file is locked")));
        assertThat(errors(form).get(CustomerFormViewModel.GENERAL)).contains("The database file is locked");
        assertThat(saved).isEmpty();
        assertThat(onFx(() -> form.dirtyProperty().get())).as("the typed customer is kept").isTrue();

        runFx(() -> form.noteProperty().set("call first"));
        assertThat(errors(form)).isEmpty();
    }

    private static Map<String, String> errors(CustomerFormViewModel form) { return onFx(() -> form.errorsProperty().get()); }

    /** The real service, except that saving fails the way a broken disk or a held lock would. */
    private record FailingSaves(CustomerService real, String reason) implements CustomerService {
        @Override public Page<CustomerSummary> search(CustomerQuery query, Currency currency) { return real.search(query, currency); }
        @Override public Customer save(CustomerInput input) { throw new StoreException(reason); }
        @Override public Optional<Customer> find(String customerId) { return real.find(customerId); }
        @Override public Optional<Customer> findMatching(String name, String phone) { return real.findMatching(name, phone); }
        @Override public Page<CustomerOrder> orders(String customerId, int offset, int limit) { return real.orders(customerId, offset, limit); }
        @Override public Optional<CustomerSummary> summary(String customerId, Currency currency) { return real.summary(customerId, currency); }
    }
}
