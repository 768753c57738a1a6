package com.merchantdesk.customers.view;

import com.merchantdesk.customers.Address;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The six typed address lines (line 1, line 2, city, region, postal code, country), shared by the customer form
 * and the order entry form, which both show them with {@link AddressFields}.
 */
public final class AddressModel {

    private final StringProperty line1;
    private final StringProperty line2;
    private final StringProperty city;
    private final StringProperty region;
    private final StringProperty postalCode;
    private final StringProperty country;

    /** {@code bean} and {@code namePrefix} name the properties, as the owning form's own properties are named. */
    public AddressModel(Object bean, String namePrefix) {
        line1 = new SimpleStringProperty(bean, namePrefix + "line1", "");
        line2 = new SimpleStringProperty(bean, namePrefix + "line2", "");
        city = new SimpleStringProperty(bean, namePrefix + "city", "");
        region = new SimpleStringProperty(bean, namePrefix + "region", "");
        postalCode = new SimpleStringProperty(bean, namePrefix + "postalCode", "");
        country = new SimpleStringProperty(bean, namePrefix + "country", "");
    }

    public StringProperty line1Property() { return line1; }
    public StringProperty line2Property() { return line2; }
    public StringProperty cityProperty() { return city; }
    public StringProperty regionProperty() { return region; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty countryProperty() { return country; }

    /** The six lines in screen order, for listening to any change. */
    public List<StringProperty> properties() { return List.of(line1, line2, city, region, postalCode, country); }

    /** Shows {@code address}'s lines (its name and phone belong to the form). */
    public void fill(Address address) {
        line1.set(address.line1());
        line2.set(address.line2());
        city.set(address.city());
        region.set(address.region());
        postalCode.set(address.postalCode());
        country.set(address.country());
    }

    /** True when nothing but blanks is typed. */
    public boolean isBlank() {
        return properties().stream().allMatch(p -> p.get().isBlank());
    }

    /** The typed lines as an address for {@code name} and {@code phone}. */
    public Address toAddress(String name, String phone) {
        return new Address(name, phone, line1.get(), line2.get(), city.get(), region.get(), postalCode.get(), country.get());
    }
}
