package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerRules;
import com.merchantdesk.customers.CustomerSearchText;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.SchemaVersions;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the previous release (schema version 2: order lines and the orders' customer by UUID,
 * history with its own index, a full-text index with a copy of its text) is converted by V3 without losing an
 * order, a line, a history step or a search hit, and works on afterwards. The V2 rows are written with V2's
 * SQL, the way that release's order service wrote them.
 */
class V3MigrationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final int ORDERS = 300;

    @TempDir static Path dir;
    private static final Map<String, Order> expected = new LinkedHashMap<>();
    private static final Map<String, List<StatusChange>> expectedHistory = new LinkedHashMap<>();
    /** Search words (as a seller types them) and the ids V2's index found for each. */
    private static final Map<String, Set<String>> expectedHits = new LinkedHashMap<>();
    private static long walAfterOpen;

    @BeforeAll
    static void writeVersionTwoThenMigrate() throws Exception {
        Path file = new DataDirectory(dir).database();
        try (Database v2 = SchemaVersions.openAt(file, 2)) {
            assertThat(v2.schemaVersion()).isEqualTo(2);
            new SyntheticCatalog(v2, new SettableClock(NOW)).generate(60, 3, USD);
            v2.write(c -> {
                new VersionTwoOrders(c, new Random(11)).write(ORDERS);
                return null;
            });
            v2.read(c -> {
                for (String words : searchWords()) {
                    expectedHits.put(words, hitsInVersionTwo(c, words));
                }
                return null;
            });
        }
        try (AppContext app = AppContext.open(new DataDirectory(dir), new SettableClock(NOW))) {
            walAfterOpen = walBytes(file);
            assertThat(app.database().schemaVersion()).isEqualTo(new com.merchantdesk.store.Migrator().latestVersion());
        }
    }

    @Test
    void everyOrderLineAndHistoryStepIsKept() {
        try (AppContext app = open()) {
            assertThat(count(app, "SELECT count(*) FROM orders")).isEqualTo(ORDERS);
            assertThat(count(app, "SELECT count(*) FROM order_line"))
                    .isEqualTo(expected.values().stream().mapToLong(o -> o.lines().size()).sum());
            assertThat(count(app, "SELECT count(*) FROM order_status_history"))
                    .isEqualTo(expectedHistory.values().stream().mapToLong(List::size).sum());
            assertThat(count(app, "SELECT count(*) FROM order_search")).isEqualTo(ORDERS);
            for (Order o : expected.values()) {
                assertThat(app.orders().find(o.id())).as(o.number()).contains(o);
                assertThat(app.orders().findByNumber(o.number())).as(o.number()).contains(o);
                assertThat(app.orders().history(o.id())).as(o.number()).isEqualTo(expectedHistory.get(o.id()));
            }
        }
    }

    @Test
    void everySearchFindsWhatItFoundBefore() {
        try (AppContext app = open()) {
            assertThat(expectedHits.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
            expectedHits.forEach((words, ids) -> {
                Set<String> found = new TreeSet<>();
                app.orders().search(new OrderQuery(null, null, null, null, words, OrderQuery.Sort.CREATED, true, 0,
                        OrderQuery.MAX_LIMIT)).items().forEach(r -> found.add(r.id()));
                assertThat(found).as(words).isEqualTo(ids);
            });
        }
    }

    @Test
    void customersKeepTheirOrdersAndSpending() {
        try (AppContext app = open()) {
            Map<String, Long> ordersPerCustomer = new LinkedHashMap<>();
            expected.values().stream().filter(o -> o.customerId() != null)
                    .forEach(o -> ordersPerCustomer.merge(o.customerId(), 1L, Long::sum));
            assertThat(ordersPerCustomer).hasSizeGreaterThan(5);
            ordersPerCustomer.forEach((customerId, orders) -> {
                assertThat(app.customers().orders(customerId, 0, 1000).total()).as(customerId).isEqualTo(orders);
                assertThat(app.customers().summary(customerId, USD).orElseThrow().orderCount()).isEqualTo(orders);
            });
        }
    }

    @Test
    void theFileIsWholeAndItsWalTruncated() {
        try (AppContext app = open()) {
            List<String> violations = app.database().read(c -> rows(c, "PRAGMA foreign_key_check"));
            List<String> check = app.database().read(c -> rows(c, "PRAGMA quick_check"));
            List<String> leftOver = app.database().read(c -> rows(c, "SELECT name FROM sqlite_schema WHERE name LIKE '%v3%'"));
            assertThat(violations).isEmpty();
            assertThat(check).containsExactly("ok");
            assertThat(leftOver).isEmpty();
        }
        assertThat(walAfterOpen).as("WAL right after the migration").isZero();
    }

    @Test
    void convertedOrdersMoveOnRefundAndAreFoundByTheirNewStatus() {
        try (AppContext app = open()) {
            Order paid = expected.values().stream().filter(o -> o.status() == OrderStatus.PAID).findFirst().orElseThrow();
            Order packed = app.orders().transition(paid.id(), OrderStatus.PACKED, "seller");
            List<StatusChange> history = app.orders().history(paid.id());
            assertThat(history).hasSize(expectedHistory.get(paid.id()).size() + 1);
            assertThat(history.get(history.size() - 1).to()).isEqualTo(OrderStatus.PACKED);
            assertThat(app.orders().search(new OrderQuery(Set.of(OrderStatus.PACKED), null, null, null, paid.number(),
                    OrderQuery.Sort.CREATED, true, 0, 10)).items()).extracting(OrderRow::id).containsExactly(packed.id());

            Order delivered = expected.values().stream().filter(o -> o.status() == OrderStatus.DELIVERED
                    && o.lines().size() > 1).findFirst().orElseThrow();
            OrderLine line = delivered.lines().get(1);
            Order refunded = app.orders().refund(delivered.id(), new RefundRequest("1",
                    List.of(new RefundRequest.RefundLine(line.skuId(), 1)), true, "broken"), "seller");
            assertThat(refunded.lines().get(1).refundedQuantity()).isEqualTo(1);
            assertThat(app.orders().find(delivered.id()).orElseThrow().lines().get(1).refundedQuantity()).isEqualTo(1);
        }
    }

    private static AppContext open() { return AppContext.open(new DataDirectory(dir), new SettableClock(NOW)); }

    private static long walBytes(Path file) throws java.io.IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }

    private static long count(AppContext app, String sql) {
        return app.database().read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** What a seller types: whole numbers, a name, its first letters, phone digits, SKU codes and their parts. */
    private static Set<String> searchWords() {
        Set<String> words = new LinkedHashSet<>();
        int i = 0;
        for (Order o : expected.values()) {
            if (i++ % 7 != 0) {
                continue;
            }
            words.add(o.number());
            if (!o.customerName().isEmpty()) {
                String first = o.customerName().split(" ")[0];
                words.add(first);
                words.add(first.substring(0, Math.min(2, first.length())));
                words.add(o.customerPhone().substring(o.customerPhone().length() - 4));
            }
            String code = o.lines().get(0).skuCode();
            words.add(code);
            words.add(code.substring(0, Math.min(3, code.length())));
        }
        return words;
    }

    private static Set<String> hitsInVersionTwo(Connection c, String words) throws SQLException {
        Set<String> ids = new TreeSet<>();
        String match = OrderSearchText.match(words, Set.of(OrderStatus.values()), Set.of(Channel.values()));
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id FROM orders o WHERE o.order_no IN "
                + "(SELECT rowid FROM order_search WHERE order_search MATCH ?)")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Customers and orders written with version 2's statements (the release before V3). */
    private static final class VersionTwoOrders {
        private final Connection c;
        private final Random random;
        private final List<String[]> skus = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();

        VersionTwoOrders(Connection c, Random random) throws SQLException {
            this.c = c;
            this.random = random;
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id, s.code, p.title, "
                    + "s.price_minor FROM sku s JOIN product p ON p.id = s.product_id ORDER BY s.sku_no")) {
                while (rs.next()) {
                    skus.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }

        void write(int orders) throws SQLException {
            String[] names = {"Kim Minji", "Lee Jiho", "Park Seoyeon", "Wang Fang", "Li Wei", "Anna Smith", "John Brown",
                "Choi Yuna", "Zhang Min", "Mary Jones", "박지민", "王芳"};
            for (int i = 0; i < 24; i++) {
                Instant at = NOW.minusSeconds(86_400L * (400 - i));
                Customer cu = new Customer(com.merchantdesk.store.Ids.newIdString(), names[i % names.length],
                        String.format("010-%04d-%04d", 1000 + i, 2000 + i * 7), i % 3 == 0 ? "c" + i + "@example.com" : "",
                        new Address(names[i % names.length], "010", i + " High Street", "", "Seoul", "", "0" + i, "KR"),
                        "", at, at);
                insertCustomer(cu);
                customers.add(cu);
            }
            for (int i = 0; i < orders; i++) {
                insertOrder(i);
            }
        }

        private void insertCustomer(Customer cu) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer(id, name, phone, phone_digits, email, "
                    + "address, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, cu.id());
                ps.setString(2, cu.name());
                ps.setString(3, cu.phone());
                ps.setString(4, CustomerRules.digits(cu.phone()));
                ps.setString(5, cu.email());
                ps.setString(6, versionTwoAddress(cu.address()));
                ps.setString(7, cu.note());
                ps.setLong(8, cu.createdAt().toEpochMilli());
                ps.setLong(9, cu.updatedAt().toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO customer_search(rowid, terms) SELECT customer_no, ? FROM customer WHERE id = ?")) {
                ps.setString(1, CustomerSearchText.terms(cu.name(), cu.phone(), cu.email()));
                ps.setString(2, cu.id());
                ps.executeUpdate();
            }
        }

        private void insertOrder(int i) throws SQLException {
            Instant created = NOW.minusSeconds(3_600L * (ORDERS - i) * 5);
            Customer who = i % 6 == 5 ? null : customers.get(random.nextInt(customers.size()));
            Channel channel = who == null ? Channel.STALL : Channel.values()[random.nextInt(Channel.values().length)];
            OrderStatus[] path = {OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED,
                OrderStatus.DELIVERED};
            int steps = 1 + random.nextInt(path.length);
            OrderStatus status = path[steps - 1];
            int lineCount = 1 + random.nextInt(4);
            List<OrderLine> lines = new ArrayList<>();
            long subtotal = 0;
            int first = random.nextInt(skus.size() - lineCount);
            for (int p = 0; p < lineCount; p++) {
                String[] sku = skus.get(first + p);
                long price = Long.parseLong(sku[3]);
                long quantity = 1 + random.nextInt(3);
                long discount = p == 1 ? price / 10 : 0;
                long refundedUnits = status == OrderStatus.DELIVERED && p == 0 && i % 4 == 0 ? 1 : 0;
                lines.add(new OrderLine(p, sku[0], sku[1], sku[2], p == 2 ? "Red / M" : "", new Money(price, USD),
                        quantity, new Money(discount, USD), refundedUnits));
                subtotal += price * quantity - discount;
            }
            OrderTotals totals = OrderTotals.compute(List.of(new Money(subtotal, USD)), new Money(0, USD),
                    new Money(channel == Channel.STALL ? 0 : 300, USD), channel == Channel.WHOLESALE ? 1_000 : 0);
            boolean partlyRefunded = lines.get(0).refundedQuantity() > 0;
            if (partlyRefunded) {
                status = OrderStatus.PARTIALLY_REFUNDED;
            }
            Money refunded = partlyRefunded ? lines.get(0).unitPrice() : new Money(0, USD);
            PaymentState payment = partlyRefunded ? PaymentState.PARTIALLY_REFUNDED
                    : steps > 1 ? PaymentState.PAID : PaymentState.UNPAID;
            Instant paidAt = steps > 1 ? created.plusSeconds(600) : null;
            Instant updated = created.plusSeconds(3_600L * steps);
            String number = (channel == Channel.PLATFORM ? "P-2026-" : "D-2026-") + String.format("%06d", i + 1);
            Address address = who == null ? Address.EMPTY : who.address();
            Order o = new Order(com.merchantdesk.store.Ids.newIdString(), number, channel, who == null ? null : who.id(),
                    who == null ? "" : who.name(), who == null ? "" : who.phone(), address, lines, totals, USD,
                    channel == Channel.PLATFORM ? PaymentMethod.PLATFORM : PaymentMethod.CASH, payment, refunded,
                    i % 10 == 0 ? "Call first" : "", i % 10 == 0 ? MemoFlag.values()[1] : MemoFlag.NONE, i % 50 == 0,
                    status, created, updated, paidAt);
            long orderNo = insertOrderRow(o);
            insertLines(orderNo, o);
            List<StatusChange> history = new ArrayList<>();
            for (int s = 0; s < steps; s++) {
                history.add(new StatusChange(o.id(), s == 0 ? null : path[s - 1], path[s], s == 0 ? "seller" : "cli",
                        "", created.plusSeconds(3_600L * s)));
            }
            if (partlyRefunded) {
                history.add(new StatusChange(o.id(), OrderStatus.DELIVERED, OrderStatus.PARTIALLY_REFUNDED, "seller",
                        refunded + "; " + lines.get(0).skuCode() + " x1; restocked", updated));
            }
            for (StatusChange step : history) {
                insertHistory(orderNo, step);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_search(rowid, terms, facets) VALUES (?,?,?)")) {
                ps.setLong(1, orderNo);
                ps.setString(2, OrderSearchText.orderTerms(o.number(), o.customerName(), o.customerPhone(),
                        o.lines().stream().map(OrderLine::skuCode).distinct().toList()));
                ps.setString(3, OrderSearchText.facets(o.status(), o.channel()));
                ps.executeUpdate();
            }
            expected.put(o.id(), o);
            expectedHistory.put(o.id(), history);
        }

        private long insertOrderRow(Order o) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(id, number, channel, status, customer_id, "
                    + "customer_name, customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, "
                    + "shipping_fee_minor, tax_rate_bp, tax_minor, total_minor, refunded_minor, line_count, item_count, "
                    + "payment_method, payment_state, memo, memo_flag, oversold, created_at, updated_at, paid_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                OrderTotals t = o.totals();
                int p = 1;
                ps.setString(p++, o.id());
                ps.setString(p++, o.number());
                ps.setString(p++, o.channel().name());
                ps.setString(p++, o.status().name());
                ps.setString(p++, o.customerId());
                ps.setString(p++, o.customerName());
                ps.setString(p++, o.customerPhone());
                ps.setString(p++, versionTwoAddress(o.shippingAddress()));
                ps.setString(p++, o.currency().getCurrencyCode());
                ps.setLong(p++, t.subtotal().minorUnits());
                ps.setLong(p++, t.orderDiscount().minorUnits());
                ps.setLong(p++, t.shippingFee().minorUnits());
                ps.setInt(p++, t.taxRateBasisPoints());
                ps.setLong(p++, t.tax().minorUnits());
                ps.setLong(p++, t.total().minorUnits());
                ps.setLong(p++, o.refunded().minorUnits());
                ps.setInt(p++, o.lines().size());
                ps.setLong(p++, o.itemCount());
                ps.setString(p++, o.paymentMethod().name());
                ps.setString(p++, o.paymentState().name());
                ps.setString(p++, o.memo());
                ps.setString(p++, o.memoFlag().name());
                ps.setInt(p++, o.oversold() ? 1 : 0);
                ps.setLong(p++, o.createdAt().toEpochMilli());
                ps.setLong(p++, o.updatedAt().toEpochMilli());
                if (o.paidAt() == null) {
                    ps.setNull(p, Types.INTEGER);
                } else {
                    ps.setLong(p, o.paidAt().toEpochMilli());
                }
                ps.executeUpdate();
            }
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** V2 stored an address as a JSON object with named parts. */
        private static String versionTwoAddress(Address a) {
            try {
                return a.blank() ? "{}" : com.merchantdesk.store.Json.mapper().writeValueAsString(a);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private void insertLines(long orderNo, Order o) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_line(id, order_no, position, sku_id, "
                    + "sku_code, title, option_label, unit_price_minor, quantity, discount_minor, refunded_quantity) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (OrderLine l : o.lines()) {
                    ps.setString(1, com.merchantdesk.store.Ids.newIdString());
                    ps.setLong(2, orderNo);
                    ps.setInt(3, l.position());
                    ps.setString(4, l.skuId());
                    ps.setString(5, l.skuCode());
                    ps.setString(6, l.title());
                    ps.setString(7, l.optionLabel());
                    ps.setLong(8, l.unitPrice().minorUnits());
                    ps.setLong(9, l.quantity());
                    ps.setLong(10, l.discount().minorUnits());
                    ps.setLong(11, l.refundedQuantity());
                    ps.executeUpdate();
                }
            }
        }

        private void insertHistory(long orderNo, StatusChange step) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_status_history(order_no, from_status, "
                    + "to_status, actor, note, occurred_at) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, orderNo);
                ps.setString(2, step.from() == null ? null : step.from().name());
                ps.setString(3, step.to().name());
                ps.setString(4, step.actor());
                ps.setString(5, step.note());
                ps.setLong(6, step.at().toEpochMilli());
                ps.executeUpdate();
            }
        }
    }
}
