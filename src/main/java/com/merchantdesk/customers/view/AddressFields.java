package com.merchantdesk.customers.view;

import com.merchantdesk.i18n.Messages;
import java.util.List;
import javafx.scene.control.TextField;

/**
 * The six address text fields bound to an {@link AddressModel}, each with its prompt; the owning form lays them
 * out. Ids are {@code idPrefix} + {@code line1}, {@code line2}, {@code city}, {@code region}, {@code postal},
 * {@code country}.
 */
public final class AddressFields {

    private final TextField line1;
    private final TextField line2;
    private final TextField city;
    private final TextField region;
    private final TextField postal;
    private final TextField country;

    public AddressFields(String idPrefix, AddressModel model) {
        line1 = field(idPrefix + "line1", model.line1Property(), "orders.view.entry.address.line1");
        line2 = field(idPrefix + "line2", model.line2Property(), "orders.view.entry.address.line2");
        city = field(idPrefix + "city", model.cityProperty(), "orders.view.entry.address.city");
        region = field(idPrefix + "region", model.regionProperty(), "orders.view.entry.address.region");
        postal = field(idPrefix + "postal", model.postalCodeProperty(), "orders.view.entry.address.postalCode");
        country = field(idPrefix + "country", model.countryProperty(), "orders.view.entry.address.country");
    }

    public TextField line1() { return line1; }
    public TextField line2() { return line2; }
    public TextField city() { return city; }
    public TextField region() { return region; }
    public TextField postal() { return postal; }
    public TextField country() { return country; }

    /** The six fields in screen (and Tab) order. */
    public List<TextField> all() { return List.of(line1, line2, city, region, postal, country); }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
