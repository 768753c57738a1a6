package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.Sku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One SKU line of the product form, as text the seller types. Field names match the domain's
 * {@code FieldError} names under {@code skus[i]}: code, optionValues, barcode, price, compareAtPrice, cost,
 * weight, reorderPoint, binLocation, hsCode, originCountry.
 */
public final class SkuFormRow {

    public static final String CODE = "code";
    public static final String OPTION_VALUES = "optionValues";
    public static final String BARCODE = "barcode";
    public static final String PRICE = "price";
    public static final String COMPARE_AT = "compareAtPrice";
    public static final String COST = "cost";
    public static final String WEIGHT = "weight";
    public static final String REORDER_POINT = "reorderPoint";
    public static final String BIN_LOCATION = "binLocation";
    public static final String HS_CODE = "hsCode";
    public static final String ORIGIN_COUNTRY = "originCountry";

    /** Null for a SKU not saved yet. */
    private final String id;
    private final StringProperty code = new SimpleStringProperty(this, CODE, "");
    private final List<StringProperty> optionValues = new ArrayList<>();
    private final StringProperty barcode = new SimpleStringProperty(this, BARCODE, "");
    private final StringProperty price = new SimpleStringProperty(this, PRICE, "");
    private final StringProperty compareAt = new SimpleStringProperty(this, COMPARE_AT, "");
    private final StringProperty cost = new SimpleStringProperty(this, COST, "");
    private final StringProperty weight = new SimpleStringProperty(this, WEIGHT, "");
    private final StringProperty reorderPoint = new SimpleStringProperty(this, REORDER_POINT, "");
    private final StringProperty binLocation = new SimpleStringProperty(this, BIN_LOCATION, "");
    private final StringProperty hsCode = new SimpleStringProperty(this, HS_CODE, "");
    private final StringProperty originCountry = new SimpleStringProperty(this, ORIGIN_COUNTRY, "");
    /** What the service refused on this row (code taken, barcode taken), until the seller edits that field. */
    private final ObservableMap<String, String> serverErrors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();

    SkuFormRow(String id) {
        this.id = id;
        for (int i = 0; i < com.merchantdesk.catalog.Product.MAX_OPTIONS; i++) {
            optionValues.add(new SimpleStringProperty(this, OPTION_VALUES, ""));
        }
    }

    /** A row showing a saved SKU; {@code optionSlots} says which of the three option fields each value fills. */
    static SkuFormRow of(Sku sku, List<Integer> optionSlots) {
        SkuFormRow row = new SkuFormRow(sku.id());
        row.code.set(sku.code());
        for (int i = 0; i < sku.optionValues().size() && i < optionSlots.size(); i++) {
            row.optionValues.get(optionSlots.get(i)).set(sku.optionValues().get(i));
        }
        row.barcode.set(sku.barcode() == null ? "" : sku.barcode().value());
        row.price.set(sku.price().toPlainString());
        row.compareAt.set(sku.compareAtPrice() == null ? "" : sku.compareAtPrice().toPlainString());
        row.cost.set(sku.cost() == null ? "" : sku.cost().toPlainString());
        row.weight.set(sku.weightGrams() == null ? "" : Integer.toString(sku.weightGrams()));
        row.reorderPoint.set(sku.reorderPoint() == 0 ? "" : Integer.toString(sku.reorderPoint()));
        row.binLocation.set(sku.binLocation());
        row.hsCode.set(sku.hsCode());
        row.originCountry.set(sku.originCountry());
        return row;
    }

    public String id() { return id; }
    public boolean isSaved() { return id != null; }
    public StringProperty codeProperty() { return code; }
    public StringProperty optionValueProperty(int slot) { return optionValues.get(slot); }
    public StringProperty barcodeProperty() { return barcode; }
    public StringProperty priceProperty() { return price; }
    public StringProperty compareAtProperty() { return compareAt; }
    public StringProperty costProperty() { return cost; }
    public StringProperty weightProperty() { return weight; }
    public StringProperty reorderPointProperty() { return reorderPoint; }
    public StringProperty binLocationProperty() { return binLocation; }
    public StringProperty hsCodeProperty() { return hsCode; }
    public StringProperty originCountryProperty() { return originCountry; }
    ObservableMap<String, String> serverErrors() { return serverErrors; }
    Set<String> touched() { return touched; }

    /** Every editable field with its name, for listeners that track edits. */
    List<StringProperty> fields() {
        List<StringProperty> all = new ArrayList<>(List.of(code, barcode, price, compareAt, cost, weight, reorderPoint,
                binLocation, hsCode, originCountry));
        all.addAll(optionValues);
        return all;
    }

    ProductInput.SkuInput toInput(List<Integer> activeSlots) {
        List<String> values = activeSlots.stream().map(slot -> optionValues.get(slot).get()).toList();
        return new ProductInput.SkuInput(id, code.get(), values, barcode.get(), price.get(), compareAt.get(),
                cost.get(), weight.get(), reorderPoint.get(), binLocation.get(), hsCode.get(), originCountry.get());
    }
}
