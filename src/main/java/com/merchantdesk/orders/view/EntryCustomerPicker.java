package com.merchantdesk.orders.view;

import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.customers.view.AddressFields;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.FormLayout;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The order entry form's customer part: name, phone and e-mail with suggestions from the customers as they are
 * typed (Enter moves on, or takes the highlighted suggestion), who the order is for, and the shipping address.
 * Its state is {@link EntryCustomerPickerModel}.
 */
final class EntryCustomerPicker {

    private final EntryCustomerPickerModel model;
    private final Runnable afterPick;
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final SuggestionPopup<CustomerSummary> nameSuggestions;
    private final SuggestionPopup<CustomerSummary> phoneSuggestions;
    private final Node node;

    EntryCustomerPicker(EntryCustomerPickerModel model, FieldErrors errors, Runnable afterPick) {
        this.model = model;
        this.afterPick = afterPick;
        Function<CustomerSummary, String> customerText = EntryCustomerPicker::describe;
        nameSuggestions = new SuggestionPopup<>("customer-suggestions", name, model.suggestions(), customerText,
                s -> pick(s.customer()), model::dismissSuggestions);
        phoneSuggestions = new SuggestionPopup<>("customer-suggestions-phone", phone, model.suggestions(), customerText,
                s -> pick(s.customer()), model::dismissSuggestions);
        node = section(errors);
    }

    Node node() { return node; }

    TextField nameField() { return name; }

    boolean suggestionsShowing() { return nameSuggestions.isShowing() || phoneSuggestions.isShowing(); }

    private Node section(FieldErrors errors) {
        name.setId("customer-name");
        name.setPromptText(Messages.get("orders.view.entry.customer.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        errors.register(name, OrderEntryViewModel.CUSTOMER_NAME);
        phone.setId("customer-phone");
        phone.setPromptText(Messages.get("orders.view.entry.customer.phone.prompt"));
        phone.textProperty().bindBidirectional(model.phoneProperty());
        errors.register(phone, OrderEntryViewModel.CUSTOMER_PHONE);
        email.setId("customer-email");
        email.setPromptText(Messages.get("orders.view.entry.customer.email.prompt"));
        email.textProperty().bindBidirectional(model.emailProperty());
        errors.register(email, OrderEntryViewModel.CUSTOMER_EMAIL);
        enterPicksOrMovesOn(name, nameSuggestions, phone);
        enterPicksOrMovesOn(phone, phoneSuggestions, email);

        Label who = new Label();
        who.setId("customer-state");
        who.getStyleClass().add("customer-state");
        who.setWrapText(true);
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            Customer picked = model.customerProperty().get();
            if (picked != null) {
                return Messages.get("orders.view.entry.customer.existing", picked.name());
            }
            boolean blank = model.nameProperty().get().isBlank() && model.phoneProperty().get().isBlank();
            return Messages.get(blank ? "orders.view.entry.customer.none" : "orders.view.entry.customer.new");
        }, model.customerProperty(), model.nameProperty(), model.phoneProperty()));
        FontIcon whoIcon = new FontIcon(Feather.USER_CHECK);
        who.graphicProperty().bind(Bindings.when(model.customerProperty().isNotNull()).then((Node) whoIcon).otherwise((Node) null));

        AddressFields address = new AddressFields("address-", model.address());
        TextField line1 = address.line1();
        TextField line2 = address.line2();
        TextField city = address.city();
        TextField region = address.region();
        TextField postal = address.postal();
        TextField country = address.country();
        for (TextField f : List.of(email, line1, line2, city, region, postal, country)) {
            f.setOnAction(e -> FormLayout.moveFocus(f, true));
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(FormLayout.labelColumn(), FormLayout.growColumn(2),
                FormLayout.growColumn(1.4), FormLayout.growColumn(1.4));
        grid.addRow(0, FormLayout.mnemonic("orders.view.entry.customer", name), name, phone, email);
        grid.add(who, 1, 1, 3, 1);
        grid.addRow(2, FormLayout.label("orders.view.entry.address", line1), line1, line2, city);
        HBox postalAndCountry = new HBox(8, postal, country);
        HBox.setHgrow(postal, Priority.ALWAYS);
        HBox.setHgrow(country, Priority.ALWAYS);
        grid.add(region, 1, 3);
        grid.add(postalAndCountry, 2, 3);
        return grid;
    }

    private void pick(Customer customer) {
        model.pick(customer);
        afterPick.run();
    }

    /** Enter takes the highlighted suggestion (then on to the items), or moves to {@code next}. */
    private void enterPicksOrMovesOn(TextField field, SuggestionPopup<CustomerSummary> suggestions, TextField next) {
        field.setOnAction(e -> {
            CustomerSummary chosen = suggestions.highlighted();
            if (chosen != null) {
                pick(chosen.customer());
            } else {
                model.dismissSuggestions();
                next.requestFocus();
            }
        });
    }

    private static String describe(CustomerSummary s) {
        Customer c = s.customer();
        String who = c.phone().isEmpty() ? c.name() : c.name() + " \u00b7 " + c.phone();
        return Messages.get("orders.view.entry.customer.suggestion", who, OrderFormats.count(s.orderCount()));
    }
}
