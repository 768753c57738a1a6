package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.testsupport.EnglishMessages;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishMessages.class)
class PlainMessagesTest {

    @Test
    void storeProblemsAreShownAsTheyAreWorded() {
        assertThat(PlainMessages.of(new StoreException("The backup file /x.db already exists; choose a new name.")))
                .isEqualTo("The backup file /x.db already exists; choose a new name.");
    }

    @Test
    void validationListsEveryReasonInTheSellersLanguage() {
        ValidationException invalid = new ValidationException(List.of(FieldError.of("title", "validation.required"),
                FieldError.of("skus[0].code", "validation.sku.spaces")));
        assertThat(PlainMessages.of(invalid)).isEqualTo("This field is required.\nA SKU code must not contain spaces.");
    }

    @Test
    void wrappersAreLookedThroughAndNoClassNameIsShown() {
        String text = PlainMessages.of(new ExecutionException(new IllegalArgumentException("bad month")));
        assertThat(text).isEqualTo("Unexpected problem: bad month");
        assertThat(PlainMessages.of(new NullPointerException())).isEqualTo("Unexpected problem: no details were given");
    }
}
