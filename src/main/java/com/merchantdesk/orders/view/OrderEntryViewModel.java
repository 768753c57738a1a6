package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.customers.view.AddressModel;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
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
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The offline order being typed: the customer (picked from the customers or new), the lines (added by
 * autocomplete or a scanned code), money fields, channel, payment and memo. Totals come from
 * {@link OrderService#previewTotals} as the seller types, stock per line from {@link OrderService#availability};
 * the service checks the whole draft when it is saved, and each refusal is shown on its field.
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

    static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    /** "3*TS-RED-M" or "3 x 4006381333931": a quantity before the code. */
    private static final Pattern QUANTITY_PREFIX = Pattern.compile("(\\d{1,6})\\s*[*xX\u00d7]\\s*(\\S.*)");

    /** What the form needs from the app. */
    public record Services(OrderService orders, CustomerService customers, CatalogService catalog, BackgroundRunner work) {}

    /** A SKU on the order whose lines take more than is available. */
    public record Oversell(String code, String title, long ordered, long available) {}

    private final OrderService orders;
    private final CustomerService customers;
    private final CatalogService catalog;
    private final BackgroundRunner work;
    private final Currency currency;

    private final StringProperty customerName = new SimpleStringProperty(this, CUSTOMER_NAME, "");
    private final StringProperty customerPhone = new SimpleStringProperty(this, CUSTOMER_PHONE, "");
    private final StringProperty customerEmail = new SimpleStringProperty(this, CUSTOMER_EMAIL, "");
    private final ReadOnlyObjectWrapper<Customer> customer = new ReadOnlyObjectWrapper<>(this, CUSTOMER);
    private final ObservableList<CustomerSummary> customerSuggestions = FXCollections.observableArrayList();
    private final AddressModel address = new AddressModel(this, "address.");

    private final ObservableList<EntryLine> lines = FXCollections.observableArrayList();
    private final StringProperty itemText = new SimpleStringProperty(this, ITEM, "");
    private final ObservableList<SkuRow> itemSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");

    private final StringProperty orderDiscount = new SimpleStringProperty(this, ORDER_DISCOUNT, "");
    private final StringProperty shippingFee = new SimpleStringProperty(this, SHIPPING_FEE, "");
    private final StringProperty taxRate = new SimpleStringProperty(this, TAX_RATE, "");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, CHANNEL, Channel.PHONE);
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(this, PAYMENT_METHOD, PaymentMethod.CASH);
    private final BooleanProperty paid = new SimpleBooleanProperty(this, "paid");
    private final StringProperty memo = new SimpleStringProperty(this, MEMO, "");
    private final ObjectProperty<MemoFlag> memoFlag = new SimpleObjectProperty<>(this, "memoFlag", MemoFlag.NONE);

    private final ReadOnlyObjectWrapper<OrderTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final WaitingForWriter writeWait = new WaitingForWriter();
    private final Map<String, SkuAvailability> availability = new HashMap<>();
    private final Map<String, String> headerErrors = new LinkedHashMap<>();

    private final PauseTransition totalsDelay = new PauseTransition(TYPING_DELAY);
    private final PauseTransition itemDelay = new PauseTransition(TYPING_DELAY);
    private final PauseTransition customerDelay = new PauseTransition(TYPING_DELAY);
    private Task<?> itemSearch;
    private Task<?> customerSearch;
    private long totalsGeneration;
    private long itemGeneration;
    private long customerGeneration;
    private String customerQueryText = "";
    /** Fields are being filled from a picked customer; that is not the seller typing. */
    private boolean applyingCustomer;
    private boolean disposed;

    public OrderEntryViewModel(Services services, Currency currency) {
        this.orders = services.orders();
        this.customers = services.customers();
        this.catalog = services.catalog();
        this.work = services.work();
        this.currency = currency;

        totalsDelay.setOnFinished(e -> computeTotals());
        itemDelay.setOnFinished(e -> searchItems());
        customerDelay.setOnFinished(e -> searchCustomers());

        itemText.addListener((o, before, now) -> {
            clearHeaderError(ITEM);
            clearHeaderError(LINES);
            itemDelay.playFromStart();
        });
        for (StringProperty p : List.of(customerName, customerPhone, customerEmail)) {
            p.addListener((o, before, now) -> customerTyped(p, now));
        }
        for (StringProperty p : address.properties()) {
            p.addListener((o, before, now) -> edited());
        }
        for (ObservableValue<?> p : List.of(orderDiscount, shippingFee, taxRate)) {
            watch(p, ((javafx.beans.property.Property<?>) p).getName(), true);
        }
        watch(channel, CHANNEL, false);
        watch(paymentMethod, PAYMENT_METHOD, false);
        watch(paid, "paid", false);
        watch(memo, MEMO, false);
        watch(memoFlag, "memoFlag", false);
        lines.addListener((ListChangeListener<EntryLine>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchLine);
            }
            clearHeaderError(LINES);
            updateOversold();
            edited();
            totalsDelay.playFromStart();
        });
        totals.set(OrderTotals.compute(List.of(), com.merchantdesk.kernel.Money.zero(currency),
                com.merchantdesk.kernel.Money.zero(currency), 0));
    }

    public Currency currency() { return currency; }
    public StringProperty customerNameProperty() { return customerName; }
    public StringProperty customerPhoneProperty() { return customerPhone; }
    public StringProperty customerEmailProperty() { return customerEmail; }
    /** The existing customer the order is for; null for a new customer (or none). */
    public ReadOnlyObjectProperty<Customer> customerProperty() { return customer.getReadOnlyProperty(); }
    public ObservableList<CustomerSummary> customerSuggestions() { return customerSuggestions; }
    /** The shipping address lines, shown with the customer form's {@link com.merchantdesk.customers.view.AddressFields}. */
    public AddressModel address() { return address; }
    public StringProperty line1Property() { return address.line1Property(); }
    public StringProperty line2Property() { return address.line2Property(); }
    public StringProperty cityProperty() { return address.cityProperty(); }
    public StringProperty regionProperty() { return address.regionProperty(); }
    public StringProperty postalCodeProperty() { return address.postalCodeProperty(); }
    public StringProperty countryProperty() { return address.countryProperty(); }
    public ObservableList<EntryLine> lines() { return lines; }
    /** The add-item field: a SKU code, barcode or words of the title. */
    public StringProperty itemTextProperty() { return itemText; }
    public ObservableList<SkuRow> itemSuggestions() { return itemSuggestions; }
    /** A typed or scanned code is being looked up. */
    public ReadOnlyBooleanProperty addingProperty() { return adding.getReadOnlyProperty(); }
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
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.getReadOnlyProperty(); }
    /** Something was typed: closing asks first. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** While the save waits for another writer of the data folder (a command, say): what it waits for; else empty. */
    public ReadOnlyStringProperty waitingForWriterProperty() { return writeWait.textProperty(); }

    /** The field name of {@code line}'s {@code field} as errors name it, or null when the line is gone. */
    public String lineField(EntryLine line, String field) {
        int index = lines.indexOf(line);
        return index < 0 ? null : "lines[" + index + "]." + field;
    }

    /** The form closed: typing delays stop and answers still on their way are ignored. */
    public void dispose() {
        totalsDelay.stop();
        itemDelay.stop();
        customerDelay.stop();
        totalsGeneration++;
        itemGeneration++;
        customerGeneration++;
        disposed = true;
    }

    // ---- customer ----

    /** The order is for this existing customer; their phone, email and address fill the form. */
    public void pickCustomer(Customer picked) {
        applyingCustomer = true;
        try {
            customer.set(picked);
            customerName.set(picked.name());
            customerPhone.set(picked.phone());
            customerEmail.set(picked.email());
            if (shippingAddress().equals(Address.EMPTY)) {
                address.fill(picked.address());
            }
        } finally {
            applyingCustomer = false;
        }
        customerDelay.stop();
        customerSuggestions.clear();
        List.of(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_EMAIL, CUSTOMER).forEach(this::clearHeaderError);
        edited();
    }

    private void customerTyped(StringProperty field, String now) {
        if (applyingCustomer) {
            return;
        }
        clearHeaderError(field.getName());
        Customer picked = customer.get();
        if (picked != null && !now.equals(valueOf(picked, field))) {
            // Typing over a picked customer's name or phone means someone else: a new customer.
            customer.set(null);
        }
        if (field != customerEmail) {
            customerQueryText = now == null ? "" : now.strip();
            customerDelay.playFromStart();
        }
        edited();
    }

    private String valueOf(Customer c, StringProperty field) {
        return field == customerName ? c.name() : field == customerPhone ? c.phone() : c.email();
    }

    private void searchCustomers() {
        if (disposed) {
            return;
        }
        String text = customerQueryText;
        long mine = ++customerGeneration;
        if (customerSearch != null) {
            customerSearch.cancel(false);
        }
        if (text.isEmpty() || customer.get() != null) {
            customerSuggestions.clear();
            return;
        }
        customerSearch = work.run(() -> customers.search(CustomerQuery.of(text, SUGGESTIONS), currency), page -> {
            if (mine == customerGeneration && customer.get() == null) {
                customerSuggestions.setAll(page.items());
            }
        }, error -> work.report("orders.view.error.load", error));
    }

    /** Hides the customer suggestions (Esc, or the field lost focus). */
    public void dismissCustomerSuggestions() {
        customerDelay.stop();
        customerGeneration++;
        customerSuggestions.clear();
    }

    // ---- lines ----

    private void searchItems() {
        if (disposed) {
            return;
        }
        String text = itemText.get().strip();
        long mine = ++itemGeneration;
        if (itemSearch != null) {
            itemSearch.cancel(false);
        }
        Matcher m = QUANTITY_PREFIX.matcher(text);
        String words = m.matches() ? m.group(2) : text;
        if (words.isEmpty()) {
            itemSuggestions.clear();
            return;
        }
        ProductQuery query = new ProductQuery(words, EnumSet.of(ProductStatus.ACTIVE, ProductStatus.DRAFT), null, false,
                ProductQuery.Sort.TITLE, false, 0, SUGGESTIONS);
        itemSearch = work.run(() -> catalog.search(query), page -> {
            if (mine == itemGeneration) {
                itemSuggestions.setAll(page.items());
            }
        }, error -> work.report("orders.view.error.load", error));
    }

    /** Hides the item suggestions (Esc). */
    public void dismissItemSuggestions() {
        itemDelay.stop();
        itemGeneration++;
        itemSuggestions.clear();
    }

    /**
     * Enter in the add-item field. With a suggestion chosen, adds that SKU; otherwise what was typed or scanned
     * is looked up as an exact barcode or SKU code ({@code 3*CODE} adds three), and when that names nothing
     * but exactly one product matches the words, that one is added. A code that names nothing is reported on
     * the field and stays there to be corrected.
     */
    public void enterItem(SkuRow chosen) {
        String typed = itemText.get().strip();
        Matcher m = QUANTITY_PREFIX.matcher(typed);
        long quantity = m.matches() ? Long.parseLong(m.group(1)) : 1;
        if (chosen != null) {
            addSku(chosen, Math.max(1, quantity));
            return;
        }
        String code = m.matches() ? m.group(2).strip() : typed;
        if (code.isEmpty()) {
            return;
        }
        itemDelay.stop();
        long mine = ++itemGeneration;
        if (itemSearch != null) {
            itemSearch.cancel(false);
        }
        adding.set(true);
        record Found(Optional<SkuRow> exact, List<SkuRow> matches) {}
        work.run(() -> {
            Optional<SkuRow> exact = catalog.findByScan(code);
            if (exact.isPresent()) {
                return new Found(exact, List.of());
            }
            Page<SkuRow> page = catalog.search(new ProductQuery(code, EnumSet.of(ProductStatus.ACTIVE, ProductStatus.DRAFT),
                    null, false, ProductQuery.Sort.TITLE, false, 0, 2));
            return new Found(Optional.empty(), page.items());
        }, found -> {
            adding.set(false);
            if (mine != itemGeneration) {
                return;
            }
            if (found.exact().isPresent()) {
                addSku(found.exact().get(), Math.max(1, quantity));
            } else if (found.matches().size() == 1) {
                addSku(found.matches().get(0), Math.max(1, quantity));
            } else {
                headerErrors.put(ITEM, Messages.get(found.matches().isEmpty() ? "orders.view.entry.item.unknown"
                        : "orders.view.entry.item.ambiguous", code));
                recompute();
            }
        }, error -> {
            adding.set(false);
            work.report("orders.view.error.load", error);
        });
    }

    /** Adds {@code quantity} of the SKU: a new line, or more on the line that already has it. */
    public void addSku(SkuRow sku, long quantity) {
        dismissItemSuggestions();
        itemText.set("");
        clearHeaderError(ITEM);
        Optional<EntryLine> same = lines.stream().filter(l -> l.skuId().equals(sku.skuId())).findFirst();
        if (same.isPresent()) {
            EntryLine line = same.get();
            long now = line.parsedQuantity().orElse(0L);
            line.quantityProperty().set(Long.toString(now + quantity));
        } else {
            EntryLine line = new EntryLine(sku, quantity);
            line.setAvailability(availability.get(sku.skuId()));
            lines.add(line);
        }
        loadAvailability();
    }

    public void removeLine(EntryLine line) {
        lines.remove(line);
        // Errors of the other lines were named by their old places; the next save names them again.
        lines.forEach(l -> l.serverErrors().clear());
        recompute();
    }

    private void loadAvailability() {
        List<String> ids = lines.stream().map(EntryLine::skuId).distinct().toList();
        if (ids.isEmpty() || disposed) {
            return;
        }
        work.run(() -> orders.availability(ids), found -> {
            availability.putAll(found);
            for (EntryLine line : lines) {
                line.setAvailability(availability.get(line.skuId()));
            }
            updateOversold();
        }, error -> work.report("orders.view.error.load", error));
    }

    /** SKUs whose lines together take more than is available, by what was last read of the stock. */
    public List<Oversell> oversells() {
        return EntryOversell.fromStock(lines, availability);
    }

    private void updateOversold() {
        List<String> over = oversells().stream().map(Oversell::code).toList();
        lines.forEach(l -> l.setOversold(over.contains(l.code())));
    }

    // ---- totals ----

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

    // ---- saving ----

    public Address shippingAddress() {
        if (address.toAddress("", "").equals(Address.EMPTY)) {
            return Address.EMPTY;
        }
        return address.toAddress(customerName.get(), customerPhone.get());
    }

    /** The draft as typed; {@code confirmOversell} when the seller agreed to sell more than is available. */
    public OrderDraft draft(boolean confirmOversell) {
        Customer picked = customer.get();
        Address address = shippingAddress();
        CustomerInput newCustomer = null;
        if (picked == null && !(customerName.get().isBlank() && customerPhone.get().isBlank() && customerEmail.get().isBlank())) {
            newCustomer = new CustomerInput(null, customerName.get(), customerPhone.get(), customerEmail.get(), address, "");
        }
        return new OrderDraft(currency, channel.get(), picked == null ? null : picked.id(),
                newCustomer, address, lines.stream().map(EntryLine::toDraft).toList(), orderDiscount.get(), shippingFee.get(),
                taxRate.get(), paymentMethod.get(), paid.get(), memo.get(),
                memoFlag.get(), confirmOversell);
    }

    /**
     * Saves the order in the background. When lines take more than is available, {@code confirmOversell} is
     * asked first (on the FX thread); saying no changes nothing. Returns false when nothing was started.
     */
    public boolean save(Predicate<List<Oversell>> confirmOversell, Consumer<Order> onSaved) {
        if (saving.get()) {
            return false;
        }
        clearServerErrors();
        if (lines.isEmpty()) {
            headerErrors.put(LINES, Messages.get("orders.validation.noLines"));
            recompute();
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
        List<String> skuIds = lines.stream().map(EntryLine::skuId).distinct().toList();
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
            availability.putAll(outcome.stockNow());
            lines.forEach(l -> l.setAvailability(availability.get(l.skuId())));
            updateOversold();
            List<Oversell> over = oversells();
            if (over.isEmpty()) {
                over = EntryOversell.fromRefusal(outcome.oversold(), lines);
            }
            if (confirmOversell.test(over)) {
                submit(true, confirmOversell, onSaved);
            } else {
                showRefusal(outcome.oversold());
            }
        }, error -> {
            if (error instanceof ValidationException refused) {
                showRefusal(refused.errors());
            } else {
                headerErrors.put(GENERAL, Messages.get("orders.view.entry.saveFailed", BackgroundRunner.describe(error)));
                recompute();
            }
            writeWait.clear();
            saving.set(false);
        });
    }

    private void showRefusal(List<FieldError> refused) {
        for (FieldError e : refused) {
            Matcher m = LINE_FIELD.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
                EntryLine line = lines.get(Integer.parseInt(m.group(1)));
                String field = EntryLine.SKU.equals(m.group(2)) ? EntryLine.QUANTITY : m.group(2);
                line.serverErrors().putIfAbsent(field, e.message());
            } else if ("customerId".equals(e.field()) || "customer".equals(e.field())) {
                headerErrors.putIfAbsent(CUSTOMER_NAME, e.message());
            } else if (e.field().startsWith("newCustomer.")) {
                headerErrors.putIfAbsent("customer." + e.field().substring("newCustomer.".length()), e.message());
            } else if (e.field().equals("id")) {
                headerErrors.merge(GENERAL, e.message(), (a, b) -> a + " " + b);
            } else {
                headerErrors.putIfAbsent(e.field(), e.message());
            }
        }
        recompute();
    }

    private void clearServerErrors() {
        headerErrors.clear();
        lines.forEach(l -> l.serverErrors().clear());
        recompute();
    }

    private void clearHeaderError(String field) {
        boolean changed = headerErrors.remove(field) != null;
        changed |= headerErrors.remove(GENERAL) != null;
        if (changed) {
            recompute();
        }
    }

    private void recompute() {
        Map<String, String> visible = new LinkedHashMap<>(headerErrors);
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "lines[" + i + "].";
            lines.get(i).serverErrors().forEach((f, message) -> visible.putIfAbsent(prefix + f, message));
        }
        Map<String, String> result = Collections.unmodifiableMap(visible);
        if (!result.equals(errors.get())) {
            errors.set(result);
        }
    }

    private void watch(ObservableValue<?> property, String field, boolean moneyField) {
        property.addListener((o, before, now) -> {
            clearHeaderError(field);
            edited();
            if (moneyField) {
                totalsDelay.playFromStart();
            }
        });
    }

    private void watchLine(EntryLine line) {
        for (StringProperty p : line.fields()) {
            p.addListener((o, before, now) -> {
                if (line.serverErrors().remove(p.getName()) != null) {
                    recompute();
                }
                clearHeaderError(GENERAL);
                if (EntryLine.QUANTITY.equals(p.getName())) {
                    updateOversold();
                }
                edited();
                totalsDelay.playFromStart();
            });
        }
    }

    private void edited() {
        dirty.set(true);
    }

    /** Label of a field in the list of problems: "Line 2 · Quantity", "Customer name". */
    public static String fieldLabel(String field) {
        Matcher m = LINE_FIELD.matcher(field);
        if (m.matches()) {
            return Messages.get("orders.view.entry.lineField", Integer.parseInt(m.group(1)) + 1,
                    Messages.get("orders.view.entry.field." + m.group(2)));
        }
        String key = "orders.view.entry.field." + field.replace('.', '_');
        // A field the form has no name for (the service may report one) is listed by its message alone.
        return GENERAL.equals(field) || !Messages.bundle().containsKey(key) ? "" : Messages.get(key);
    }
}
