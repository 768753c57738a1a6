package com.merchantdesk.orders.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.view.OrderEntryViewModel.Oversell;
import com.merchantdesk.testsupport.EnglishMessages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The oversell step's question (the screen test answers it in the real form). */
@ExtendWith(EnglishMessages.class)
class EntryOversellStepTest {

    @Test
    void theQuestionNamesEachOversoldSkuWithWhatIsOrderedAndWhatIsAvailable() {
        String question = EntryOversellStep.question(List.of(new Oversell("MUG-WHT", "Ceramic Mug", 5, 2),
                new Oversell("TS-BLU-L", "Linen T-Shirt / Blue / L", 1200, -3)));
        assertThat(question).isEqualTo(Messages.get("orders.view.entry.oversell.text",
                "MUG-WHT Ceramic Mug: 5 ordered, 2 available\nTS-BLU-L Linen T-Shirt / Blue / L: 1,200 ordered, -3 available"));
        assertThat(question).startsWith("This order takes more than is available:\nMUG-WHT Ceramic Mug");
    }
}
