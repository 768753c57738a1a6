package com.merchantdesk.customers.view;

import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PagedListModel;
import java.util.Currency;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

/**
 * State of the customers list: the search text (name, phone or email, as you type), the page on screen and the
 * selected customer. Totals spent are counted in the shop's currency.
 */
public final class CustomerListViewModel extends PagedListModel<CustomerSummary> {

    public static final int PAGE_SIZE = 100;
    static final Duration SEARCH_DELAY = Duration.millis(200);

    private final CustomerService customers;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>(this, "currency");
    private final BooleanProperty notOnPlatform = new SimpleBooleanProperty(this, "notOnPlatform");
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);

    public CustomerListViewModel(CustomerService customers, BackgroundRunner work) {
        super(work, PAGE_SIZE, "customers.view.error.load", "customers.view.page.none");
        this.customers = customers;
        searchDelay.setOnFinished(e -> reloadFromStart());
        searchText.addListener((o, before, now) -> searchDelay.playFromStart());
        currency.addListener((o, before, now) -> refresh());
        notOnPlatform.addListener((o, before, now) -> reloadFromStart());
    }

    public StringProperty searchTextProperty() { return searchText; }
    /** The shop's currency; the list stays empty until it is known. */
    public ObjectProperty<Currency> currencyProperty() { return currency; }
    /** Only customers the platform has not received yet. */
    public BooleanProperty notOnPlatformProperty() { return notOnPlatform; }

    @Override
    protected Callable<com.merchantdesk.kernel.Page<CustomerSummary>> fetch(int offset, int limit) {
        Currency shop = currency.get();
        if (shop == null) {
            return null;
        }
        CustomerQuery query = new CustomerQuery(searchText.get(), offset, limit, notOnPlatform.get());
        return () -> customers.search(query, shop);
    }

    @Override
    protected String idOf(CustomerSummary row) { return row.customer().id(); }

    @Override
    protected void beforeLoad() { searchDelay.stop(); }
}
