package com.merchantdesk.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.RefundLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records read ahead by the thread that fetched the page are the ones the appliers would read themselves. */
class DecodedRecordsTest {

    private final Order order = Pulled.online("P-2026-0000301", List.of(Pulled.line(Pulled.id(), "MUG-1", "Mug", 1250, 2)));
    private final Refund refund = Pulled.refund(order, 1250, true, new RefundLine(order.lines().get(0).id(), 1));

    @Test
    void ordersAndRefundsAreReadAheadAsTheirWireRecords() {
        Change orderChange = Pulled.change(order);
        Change refundChange = Pulled.change(refund);
        Change product = new Change(ChangeKind.PRODUCT, Pulled.id(), false, null,
                JsonNodeFactory.instance.objectNode().put("id", "x"));

        DecodedRecords decoded = DecodedRecords.of(List.of(orderChange, refundChange, product));

        assertThat(decoded.size()).as("products are merged field by field, not read whole").isEqualTo(2);
        assertThat(decoded.read(orderChange, Order.class)).isEqualTo(PulledRecord.read(orderChange, Order.class))
                .isEqualTo(order);
        assertThat(decoded.read(refundChange, Refund.class)).isEqualTo(refund);
    }

    @Test
    void aChangeNotReadAheadIsReadWhenAskedAndAnUnreadableOneIsReportedThen() {
        Change orderChange = Pulled.change(order);
        Change unreadable = new Change(ChangeKind.ORDER, order.id(), false, null,
                JsonNodeFactory.instance.objectNode().put("lines", "not a list"));

        DecodedRecords decoded = DecodedRecords.of(List.of(unreadable));

        assertThat(decoded.size()).isZero();
        assertThat(decoded.read(orderChange, Order.class)).as("another object than the page's").isEqualTo(order);
        assertThatThrownBy(() -> decoded.read(unreadable, Order.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The pulled order " + order.id() + " cannot be read");
    }
}
