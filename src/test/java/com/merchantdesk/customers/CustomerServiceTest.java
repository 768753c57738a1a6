package com.merchantdesk.customers;

import com.merchantdesk.orders.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.orders.Shop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.merchantdesk.testsupport.WireRequests;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {

    @TempDir Path dir;
    private Shop shop;

    @BeforeEach
    void open() { shop = new Shop(dir); }

    @AfterEach
    void close() { shop.close(); }

    private static final Address HOME = new Address("Park Seoyeon", "010-2222-3333", "12 Teheran-ro", "Apt 301", "Seoul",
            "", "06234", "KR");

    @Test
    void createsAndUpdatesWithOutboxRows() {
        Customer c = shop.customers().save(new CustomerInput(null, " Park Seoyeon ", "０１０-2222-3333", "seo@example.com", HOME,
                "likes gift wrap"));
        assertThat(c.name()).isEqualTo("Park Seoyeon");
        assertThat(c.phone()).as("full-width digits become ASCII").isEqualTo("010-2222-3333");
        assertThat(shop.customers().find(c.id())).contains(c);

        shop.clock.advance(Duration.ofDays(1));
        Customer changed = shop.customers().save(new CustomerInput(c.id(), "Park Seo-yeon", "010-2222-4444", "", HOME, ""));
        assertThat(changed.id()).isEqualTo(c.id());
        assertThat(changed.createdAt()).isEqualTo(c.createdAt());
        assertThat(changed.updatedAt()).isEqualTo(Shop.START.plus(Duration.ofDays(1)));
        assertThat(shop.customers().find(c.id()).orElseThrow().address()).isEqualTo(HOME);
        assertThat(shop.strings("SELECT operation FROM outbox WHERE entity_type = 'customer' AND entity_id = ?", c.id()))
                .containsExactly("create", "patch");
        List<String> payloads = shop.strings("SELECT payload FROM outbox WHERE entity_type = 'customer' AND entity_id = ? "
                + "ORDER BY seq", c.id());
        WireRequests.assertAccepted("POST", "/v1/customers", payloads.get(0));
        // Only what changed, and nothing of the desk's own note; the base version is added when it is sent.
        assertThat(payloads.get(1)).isEqualTo("{\"changes\":{\"name\":\"Park Seo-yeon\",\"phone\":\"010-2222-4444\",\"email\":\"\"}}");
        WireRequests.assertAccepted("PATCH", "/v1/customers/" + c.id(),
                payloads.get(1).replace("{\"changes\"", "{\"base_version\":1,\"changes\""));
        // The search follows the edit.
        assertThat(search("4444")).containsExactly("Park Seo-yeon");
        assertThat(search("3333")).isEmpty();
    }

    @Test
    void badInputIsRefusedByFieldAndChangesNothing() {
        List<Long> before = shop.footprint();
        assertThatThrownBy(() -> shop.customers().save(new CustomerInput(null, " ", "call me", "not-an-email", null, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "phone", "email"));
        assertThatThrownBy(() -> shop.customers().save(new CustomerInput("no-such", "X", "", "", null, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("id"));
        assertThatThrownBy(() -> shop.customers().save(CustomerInput.named("x".repeat(Customer.MAX_NAME_LENGTH + 1), "")))
                .isInstanceOf(ValidationException.class);
        assertThat(shop.footprint()).isEqualTo(before);
    }

    @Test
    void searchByNamePhoneDigitsOrEmail() {
        shop.customers().save(new CustomerInput(null, "Kim Minji", "010-1234-5678", "minji@example.com", null, ""));
        shop.customers().save(CustomerInput.named("김민지", "010 5555 6666"));
        shop.customers().save(CustomerInput.named("Lee Jiwoo", ""));

        assertThat(search("")).containsExactly("Kim Minji", "Lee Jiwoo", "김민지");
        assertThat(search("ki")).containsExactly("Kim Minji");
        assertThat(search("김")).containsExactly("김민지");
        assertThat(search("01055556666")).containsExactly("김민지");
        assertThat(search("5678")).containsExactly("Kim Minji");
        assertThat(search("minji@example")).containsExactly("Kim Minji");
        Page<CustomerSummary> paged = shop.customers().search(new CustomerQuery("", 1, 1), Shop.USD);
        assertThat(paged.total()).isEqualTo(3);
        assertThat(paged.items()).extracting(s -> s.customer().name()).containsExactly("Lee Jiwoo");
    }

    @Test
    void findMatchingPrefersThePhoneThenAUniqueName() {
        Customer kim = shop.customers().save(CustomerInput.named("Kim Minji", "010-1234-5678"));
        Customer other = shop.customers().save(CustomerInput.named("Lee Jiwoo", ""));
        assertThat(shop.customers().findMatching("Minji", "01012345678")).contains(kim);
        assertThat(shop.customers().findMatching("lee jiwoo", null)).contains(other);
        assertThat(shop.customers().findMatching("Lee Jiwoo", "010-0000-0000")).isEmpty();
        shop.customers().save(CustomerInput.named("Lee Jiwoo", "010-7777-8888"));
        assertThat(shop.customers().findMatching("Lee Jiwoo", "")).as("two of that name: ask, don't guess").isEmpty();
    }

    @Test
    void orderHistoryAndTotalSpent() {
        String mug = shop.sku("Mug", "MUG-1", "10.00", 100);
        Customer kim = shop.customers().save(CustomerInput.named("Kim Minji", "010-1234-5678"));
        Order paid = order(kim, mug, 2, true);                       // 20.00 paid
        shop.clock.advance(Duration.ofHours(1));
        order(kim, mug, 1, false);                                   // unpaid: not spent yet
        shop.clock.advance(Duration.ofHours(1));
        Order cancelled = order(kim, mug, 5, true);                  // cancelled: not spent
        shop.orders().cancel(cancelled.id(), "t");
        shop.clock.advance(Duration.ofHours(1));
        Order refunded = order(kim, mug, 3, true);                   // 30.00 less 7.50 refunded
        shop.orders().transition(refunded.id(), OrderStatus.PACKED, "t");
        shop.orders().transition(refunded.id(), OrderStatus.SHIPPED, "t");
        shop.orders().refund(refunded.id(), new RefundRequest("7.50", List.of(), false, ""), "t");

        CustomerSummary s = shop.customers().summary(kim.id(), Shop.USD).orElseThrow();
        assertThat(s.orderCount()).isEqualTo(4);
        assertThat(s.totalSpent().minorUnits()).isEqualTo(2000 + 3000 - 750);
        assertThat(s.lastOrderAt()).isEqualTo(refunded.createdAt());
        assertThat(shop.customers().summary(kim.id(), Currency.getInstance("KRW")).orElseThrow().totalSpent().minorUnits())
                .as("other currencies are not summed").isZero();
        assertThat(shop.customers().search(CustomerQuery.of("kim", 10), Shop.USD).items().get(0).totalSpent())
                .isEqualTo(s.totalSpent());

        Page<CustomerOrder> history = shop.customers().orders(kim.id(), 0, 10);
        assertThat(history.total()).isEqualTo(4);
        assertThat(history.items().get(0).number()).isEqualTo(refunded.number());
        assertThat(history.items().get(0).statusMessageKey())
                .isEqualTo(shop.orders().find(refunded.id()).orElseThrow().status().messageKey());
        assertThat(history.items().get(0).total()).isEqualTo(refunded.total());
        assertThat(history.items().get(3).number()).isEqualTo(paid.number());

        Customer nobody = shop.customers().save(CustomerInput.named("New Person", ""));
        CustomerSummary none = shop.customers().summary(nobody.id(), Shop.USD).orElseThrow();
        assertThat(none.orderCount()).isZero();
        assertThat(none.lastOrderAt()).isNull();
        assertThat(shop.customers().summary("missing", Shop.USD)).isEmpty();
    }

    private Order order(Customer c, String sku, int quantity, boolean paid) {
        OrderDraft d = Shop.draft(sku, quantity);
        return shop.orders().create(new OrderDraft(d.currency(), Channel.PHONE, c.id(), null, null, d.lines(), "", "", "", null, paid,
                "", null, false));
    }

    private List<String> search(String text) {
        return shop.customers().search(CustomerQuery.of(text, 50), Shop.USD).items().stream().map(s -> s.customer().name())
                .toList();
    }
}
