package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.customers.view.AddressModel;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.SkuAvailability;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.WaitingForWriter;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The offline order being typed, put together from its parts: who it is for ({@link EntryCustomerPickerModel}),
 * the add-item field ({@link EntryItemPickerModel}), the lines with their stock ({@link EntryLinesModel}), and
 * here the money fields, channel, payment and memo. Totals come from {@link OrderService#previewTotals} as the
 * seller types; the service checks the whole draft when it is saved, and each refusal is shown on its field
 * ({@link EntryErrors}). Selling more than is available is asked about first (the oversell step,
 * {@link EntryOversell}).
 */
public final class OrderEntryViewModel {

    public static final String CUSTOMER_NAME = "customer.name";
    public static final String CUSTOMER_PHONE = "customer.phone";
    public static final String CUSTOMER_EMAIL = "customer.email";
    public static final String CUSTOMER = "customer";
    /** The add-item field: a code that names no product. */
    public static final String ITEM = "item";
    public static final String LINES = "lines";
    public static final String ORDER_DISCOUNT = "orderDiscount";
    public static final String SHIPPING_FEE = "shippingFee";
    public static final String TAX_RATE = "taxRate";
    public static final String CHANNEL = "channel";
    public static final String PAYMENT_METHOD = "paymentMethod";
    public static final String MEMO = "memo";
    /** Errors that belong to no field (the disk failed). */
    public static final String GENERAL = "form";
    public static final int SUGGESTIONS = 8;
    static final Duration TYPING_DELAY = Duration.millis(150);
    static final String OVERSELL_KEY = "orders.validation.oversell";

    /** What the form needs from the app. */
    public record Services(OrderService orders, CustomerService customers, CatalogService catalog, BackgroundRunner work) {}

    /** A SKU on the order whose lines take more than is available. */
    public record Oversell(String code, String title, long ordered, long available) {}

    private final OrderService orders;
    private final BackgroundRunner work;
    private final Currency currency;
    private final ObservableList<EntryLine> lineList = FXCollections.observableArrayList();
    private final EntryErrors errors = new EntryErrors(lineList);
    private final EntryCustomerPickerModel customer;
    private final EntryLinesModel lines;
    private final EntryItemPickerModel itemPicker;

    private final StringProperty orderDiscount = new SimpleStringProperty(this, ORDER_DISCOUNT, "");
    private final StringProperty shippingFee = new SimpleStringProperty(this, SHIPPING_FEE, "");
    private final StringProperty taxRate = new SimpleStringProperty(this, TAX_RATE, "");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, CHANNEL, Channel.PHONE);
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(this, PAYMENT_METHOD, PaymentMethod.CASH);
    private final BooleanProperty paid = new SimpleBooleanProperty(this, "paid");
    private final StringProperty memo = new SimpleStringProperty(this, MEMO, "");
    private final ObjectProperty<MemoFlag> memoFlag = new SimpleObjectProperty<>(this, "memoFlag", MemoFlag.NONE);

    private final ReadOnlyObjectWrapper<OrderTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final WaitingForWriter writeWait = new WaitingForWriter();
    private final PauseTransition totalsDelay = new PauseTransition(TYPING_DELAY);
    private long totalsGeneration;
    private boolean disposed;

    public OrderEntryViewModel(Services services, Currency currency) {
        this.orders = services.orders();
        this.work = services.work();
        this.currency = currency;
        customer = new EntryCustomerPickerModel(services.customers(), work, currency, errors, this::edited);
        lines = new EntryLinesModel(lineList, orders, work, errors, () -> {
            edited();
            totalsDelay.playFromStart();
        });
        itemPicker = new EntryItemPickerModel(services.catalog(), work, errors, lines::add);

        totalsDelay.setOnFinished(e -> computeTotals());
        for (StringProperty p : List.of(orderDiscount, shippingFee, taxRate)) {
            watch(p, true);
        }
        for (Property<?> p : List.<Property<?>>of(channel, paymentMethod, paid, memo, memoFlag)) {
            watch(p, false);
        }
        totals.set(OrderTotals.compute(List.of(), Money.zero(currency), Money.zero(currency), 0));
    }

    public Currency currency() { return currency; }
    EntryCustomerPickerModel customerPicker() { return customer; }
    EntryItemPickerModel itemPicker() { return itemPicker; }
    EntryLinesModel lineModel() { return lines; }
    public StringProperty customerNameProperty() { return customer.nameProperty(); }
    public StringProperty customerPhoneProperty() { return customer.phoneProperty(); }
    public StringProperty customerEmailProperty() { return customer.emailProperty(); }
    /** The existing customer the order is for; null for a new customer (or none). */
    public ReadOnlyObjectProperty<Customer> customerProperty() { return customer.customerProperty(); }
    public ObservableList<CustomerSummary> customerSuggestions() { return customer.suggestions(); }
    /** The shipping address lines, shown with the customer form's {@link com.merchantdesk.customers.view.AddressFields}. */
    public AddressModel address() { return customer.address(); }
    public StringProperty line1Property() { return address().line1Property(); }
    public StringProperty cityProperty() { return address().cityProperty(); }
    public ObservableList<EntryLine> lines() { return lineList; }
    /** The add-item field: a SKU code, barcode or words of the title. */
    public StringProperty itemTextProperty() { return itemPicker.textProperty(); }
    public StringProperty orderDiscountProperty() { return orderDiscount; }
    public StringProperty shippingFeeProperty() { return shippingFee; }
    public StringProperty taxRateProperty() { return taxRate; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<PaymentMethod> paymentMethodProperty() { return paymentMethod; }
    public BooleanProperty paidProperty() { return paid; }
    public StringProperty memoProperty() { return memo; }
    public ObjectProperty<MemoFlag> memoFlagProperty() { return memoFlag; }
    /** The totals of the draft as typed so far (lines that do not parse count 0). */
    public ReadOnlyObjectProperty<OrderTotals> totalsProperty() { return totals.getReadOnlyProperty(); }
    /** Field name ({@code customer.name}, {@code lines[1].quantity}) to the message shown on it. */
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.property(); }
    /** Something was typed: closing asks first. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** While the save waits for another writer of the data folder (a command, say): what it waits for; else empty. */
    public ReadOnlyStringProperty waitingForWriterProperty() { return writeWait.textProperty(); }

    /** The order is for this existing customer; their phone, email and address fill the form. */
    public void pickCustomer(Customer picked) { customer.pick(picked); }

    /** Enter in the add-item field, with the highlighted suggestion or none: see {@link EntryItemPickerModel#enter}. */
    public void enterItem(SkuRow chosen) { itemPicker.enter(chosen); }

    public void removeLine(EntryLine line) { lines.remove(line); }

    /** SKUs whose lines together take more than is available, by what was last read of the stock. */
    public List<Oversell> oversells() { return lines.oversells(); }

    /** Label of a field in the list of problems: "Line 2 · Quantity", "Customer name". */
    public static String fieldLabel(String field) { return EntryErrors.fieldLabel(field); }

    /** The form closed: typing delays stop and answers still on their way are ignored. */
    public void dispose() {
        totalsDelay.stop();
        totalsGeneration++;
        customer.dispose();
        itemPicker.dispose();
        lines.dispose();
        disposed = true;
    }

    public Address shippingAddress() { return customer.shippingAddress(); }

    /** The draft as typed; {@code confirmOversell} when the seller agreed to sell more than is available. */
    public OrderDraft draft(boolean confirmOversell) {
        Customer picked = customer.customerProperty().get();
        Address address = shippingAddress();
        return new OrderDraft(currency, channel.get(), picked == null ? null : picked.id(), customer.newCustomer(address),
                address, lines.drafts(), orderDiscount.get(), shippingFee.get(), taxRate.get(), paymentMethod.get(), paid.get(),
                memo.get(), memoFlag.get(), confirmOversell);
    }

    /**
     * Saves the order in the background. When lines take more than is available, {@code confirmOversell} is
     * asked first (on the FX thread); saying no changes nothing. Returns false when nothing was started.
     */
    public boolean save(Predicate<List<Oversell>> confirmOversell, Consumer<Order> onSaved) {
        if (saving.get()) {
            return false;
        }
        errors.clearAll();
        if (lineList.isEmpty()) {
            errors.put(LINES, Messages.get("orders.validation.noLines"));
            return false;
        }
        List<Oversell> over = oversells();
        if (!over.isEmpty() && !confirmOversell.test(over)) {
            return false;
        }
        submit(!over.isEmpty(), confirmOversell, onSaved);
        return true;
    }

    private void submit(boolean confirmed, Predicate<List<Oversell>> confirmOversell, Consumer<Order> onSaved) {
        OrderDraft draft = draft(confirmed);
        List<String> skuIds = lines.skuIds();
        record Outcome(Order saved, Map<String, SkuAvailability> stockNow, List<FieldError> oversold) {}
        saving.set(true);
        work.run(writeWait.around(() -> {
            try {
                return new Outcome(orders.create(draft), null, null);
            } catch (ValidationException e) {
                if (!confirmed && EntryOversell.onlyOversell(e)) {
                    // Stock moved since it was last read (another order, a sync): read it again and ask.
                    return new Outcome(null, orders.availability(skuIds), e.errors());
                }
                throw e;
            }
        }), outcome -> {
            writeWait.clear();
            saving.set(false);
            if (outcome.saved() != null) {
                dirty.set(false);
                onSaved.accept(outcome.saved());
                return;
            }
            lines.stockRead(outcome.stockNow());
            List<Oversell> over = oversells();
            if (over.isEmpty()) {
                over = EntryOversell.fromRefusal(outcome.oversold(), lineList);
            }
            if (confirmOversell.test(over)) {
                submit(true, confirmOversell, onSaved);
            } else {
                errors.showRefusal(outcome.oversold());
            }
        }, error -> {
            if (error instanceof ValidationException refused) {
                errors.showRefusal(refused.errors());
            } else {
                errors.put(GENERAL, Messages.get("orders.view.entry.saveFailed", BackgroundRunner.describe(error)));
            }
            writeWait.clear();
            saving.set(false);
        });
    }

    private void computeTotals() {
        if (disposed) {
            return;
        }
        OrderDraft draft = draft(false);
        long mine = ++totalsGeneration;
        work.run(() -> orders.previewTotals(draft), t -> {
            if (mine == totalsGeneration) {
                totals.set(t);
            }
        }, error -> {
            // A number that cannot be read yet is the seller still typing; the field shows why once saved.
            if (!(error instanceof ValidationException)) {
                work.report("orders.view.error.load", error);
            }
        });
    }

    /** An edit of {@code property} takes its error away, marks the form edited and, for money, recomputes the totals. */
    private void watch(Property<?> property, boolean moneyField) {
        property.addListener((o, before, now) -> {
            errors.clear(property.getName());
            edited();
            if (moneyField) {
                totalsDelay.playFromStart();
            }
        });
    }

    private void edited() {
        dirty.set(true);
    }
}
