package com.merchantdesk.orders.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.testsupport.EnglishMessages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where the entry form shows each of the service's refusals, and how long. */
@ExtendWith(EnglishMessages.class)
class EntryErrorsTest {

    private final EntryErrors errors = new EntryErrors(List.of());

    @Test
    void refusalsOfTheCustomerAndTheOrderShowOnTheFormsFields() {
        errors.showRefusal(List.of(
                FieldError.of("newCustomer.phone", "orders.validation.phone"),
                FieldError.of("customerId", "validation.required"),
                FieldError.of("shippingFee", "validation.money.format"),
                FieldError.of("id", "validation.required"),
                FieldError.of("id", "orders.validation.noLines")));
        assertThat(errors.property().get()).containsOnlyKeys(OrderEntryViewModel.CUSTOMER_PHONE, OrderEntryViewModel.CUSTOMER_NAME,
                OrderEntryViewModel.SHIPPING_FEE, OrderEntryViewModel.GENERAL);
        assertThat(errors.property().get().get(OrderEntryViewModel.GENERAL)).as("both, as neither has a field")
                .isEqualTo(Messages.get("validation.required") + " " + Messages.get("orders.validation.noLines"));
        assertThat(errors.shows(OrderEntryViewModel.SHIPPING_FEE)).isTrue();
    }

    @Test
    void editingAFieldTakesAwayItsErrorAndTheOneThatBelongsToNoField() {
        errors.showRefusal(List.of(FieldError.of("shippingFee", "validation.money.format"),
                FieldError.of("taxRate", "validation.money.format"), FieldError.of("id", "validation.required")));
        errors.clear(OrderEntryViewModel.SHIPPING_FEE);
        assertThat(errors.property().get()).containsOnlyKeys(OrderEntryViewModel.TAX_RATE);
        errors.clearAll();
        assertThat(errors.property().get()).isEmpty();
    }
}
