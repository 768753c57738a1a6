package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.SkuAvailability;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the order being entered: the SKU picked (by autocomplete or scan), its catalogue title and price,
 * and what the seller typed for quantity, unit price (blank = catalogue price) and line discount.
 */
public final class EntryLine {

    public static final String QUANTITY = "quantity";
    public static final String UNIT_PRICE = "unitPrice";
    public static final String DISCOUNT = "discount";
    public static final String SKU = "sku";

    private final String skuId;
    private final String code;
    private final String title;
    private final String optionLabel;
    private final Money catalogPrice;
    private final StringProperty quantity = new SimpleStringProperty(this, QUANTITY, "1");
    private final StringProperty unitPrice = new SimpleStringProperty(this, UNIT_PRICE, "");
    private final StringProperty discount = new SimpleStringProperty(this, DISCOUNT, "");
    private final ReadOnlyObjectWrapper<SkuAvailability> availability = new ReadOnlyObjectWrapper<>(this, "availability");
    private final ReadOnlyBooleanWrapper oversold = new ReadOnlyBooleanWrapper(this, "oversold");
    private final StringBinding amount;
    /** Refusals of the service, by field ({@code quantity}, ...), until that field is edited. */
    private final Map<String, String> serverErrors = new HashMap<>();

    EntryLine(SkuRow sku, long quantity) {
        this.skuId = sku.skuId();
        this.code = sku.code();
        this.title = sku.title();
        this.optionLabel = sku.optionLabel() == null ? "" : sku.optionLabel();
        this.catalogPrice = sku.price();
        this.quantity.set(Long.toString(quantity));
        this.amount = Bindings.createStringBinding(() -> net().map(OrderFormats::money).orElse(""),
                this.quantity, unitPrice, discount);
    }

    public String skuId() { return skuId; }
    public String code() { return code; }
    public String title() { return title; }
    public String optionLabel() { return optionLabel; }
    /** "Title / Red / M". */
    public String label() { return optionLabel.isEmpty() ? title : title + " / " + optionLabel; }
    public Money catalogPrice() { return catalogPrice; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty unitPriceProperty() { return unitPrice; }
    public StringProperty discountProperty() { return discount; }
    /** Null until the stock of the SKU has been read. */
    public ReadOnlyObjectProperty<SkuAvailability> availabilityProperty() { return availability.getReadOnlyProperty(); }
    /** Together with the other lines of the same SKU, this one takes more than is available. */
    public ReadOnlyBooleanProperty oversoldProperty() { return oversold.getReadOnlyProperty(); }
    /** The line's amount as typed so far (empty while a number does not parse). */
    public StringBinding amount() { return amount; }

    List<StringProperty> fields() { return List.of(quantity, unitPrice, discount); }

    Map<String, String> serverErrors() { return serverErrors; }

    void setAvailability(SkuAvailability value) { availability.set(value); }

    void setOversold(boolean value) { oversold.set(value); }

    OrderDraft.LineDraft toDraft() {
        return new OrderDraft.LineDraft(skuId, quantity.get(), unitPrice.get(), discount.get());
    }

    /** The quantity typed, or empty when it is not a whole number. */
    Optional<Long> parsedQuantity() {
        String t = normalize(quantity.get());
        try {
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Unit price x quantity − discount, when all three parse. */
    Optional<Money> net() {
        Optional<Long> units = parsedQuantity();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        try {
            Money price = normalize(unitPrice.get()).isEmpty() ? catalogPrice : Money.parse(unitPrice.get(), catalogPrice.currency());
            Money off = normalize(discount.get()).isEmpty() ? Money.zero(catalogPrice.currency())
                    : Money.parse(discount.get(), catalogPrice.currency());
            return Optional.of(price.times(units.get()).minus(off));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
