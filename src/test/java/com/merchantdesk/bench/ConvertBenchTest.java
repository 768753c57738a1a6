package com.merchantdesk.bench;

import com.merchantdesk.store.Migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.orders.Order;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.SchemaVersions;
import com.merchantdesk.testsupport.SettableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --convert} on a small file at schema version 2 (the release before V3), written with V2's tables:
 * the figures describe the conversion and the converted copy has every order; the original is left as it was.
 * No timing is checked.
 */
class ConvertBenchTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final int ORDERS = 40;

    @TempDir Path temp;

    @Test
    void convertsACopyOfAVersionTwoFileAndReportsItsFigures() throws Exception {
        Path original = temp.resolve("v2").resolve(DataDirectory.DATABASE_FILE);
        Files.createDirectories(original.getParent());
        List<String> numbers = writeVersionTwo(original);
        long originalBytes = Files.size(original);
        Path workDir = temp.resolve("work");

        BenchReport report;
        StringWriter progress = new StringWriter();
        try (WorkFolder work = WorkFolder.named(workDir)) {
            report = new BenchRun(options(ConvertSource.inspect(original)), work, new PrintWriter(progress)).run();
        }

        BenchReport.Conversion c = report.conversion();
        assertThat(c.source()).isEqualTo(original.toString());
        assertThat(c.versionBefore()).isEqualTo(2);
        assertThat(c.versionAfter()).isEqualTo(new Migrator().latestVersion());
        assertThat(c.ordersBefore()).isEqualTo(ORDERS);
        assertThat(c.ordersAfter()).isEqualTo(ORDERS);
        assertThat(c.fileBytesBefore()).isEqualTo(originalBytes);
        Path copy = workDir.resolve("convert").resolve(DataDirectory.DATABASE_FILE);
        assertThat(c.fileBytesAfter()).isPositive().isEqualTo(Files.size(copy));
        assertThat(c.walBytesAfter()).as("the WAL is truncated after the migration").isZero();
        assertThat(c.peakDiskBytes()).isGreaterThanOrEqualTo(Math.max(c.fileBytesBefore(), c.fileBytesAfter()));
        assertThat(c.convertMs()).isPositive();
        assertThat(report.checks()).extracting(Check::name, Check::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WAL after converting", "PASS"));
        assertThat(report.data()).isNull();
        assertThat(report.search()).isNull();
        assertThat(ReportText.of(report)).contains("Conversion: a copy of " + original, "schema version 2 -> " + new Migrator().latestVersion(),
                "orders 40 before, 40 after", "peak disk while converting", "WAL after converting", "--skip-catalogue");
        assertThat(progress.toString()).contains("Converting: copying " + original);

        try (Database v2 = Database.open(copy)) {
            assertThat(v2.schemaVersion()).isEqualTo(new Migrator().latestVersion());
        }
        try (AppContext app = AppContext.open(new DataDirectory(copy.getParent()), new SettableClock(NOW))) {
            for (String number : numbers) {
                Order order = app.orders().findByNumber(number).orElseThrow();
                assertThat(order.lines()).as(number).hasSize(2);
                assertThat(app.orders().history(order.id())).as(number).hasSize(1);
            }
        }
        assertThat(versionOf(original)).as("the original is only read").isEqualTo(2);
    }

    @Test
    void refusesAFileThatIsCurrentOrNotAMerchantDeskDatabase() throws Exception {
        Path current = temp.resolve("current.db");
        Database.open(current).close();
        Path text = Files.writeString(temp.resolve("notes.db"), "not a database at all, just some words in a file");
        Path empty = Files.createFile(temp.resolve("empty.db"));

        assertThatThrownBy(() -> ConvertSource.inspect(current)).isInstanceOfSatisfying(ConvertSource.Refused.class,
                r -> assertThat(r.problem()).isEqualTo(ConvertSource.Problem.ALREADY_CURRENT));
        assertThatThrownBy(() -> ConvertSource.inspect(text)).isInstanceOfSatisfying(ConvertSource.Refused.class,
                r -> assertThat(r.problem()).isEqualTo(ConvertSource.Problem.NOT_MERCHANT_DESK));
        assertThatThrownBy(() -> ConvertSource.inspect(empty)).isInstanceOfSatisfying(ConvertSource.Refused.class,
                r -> assertThat(r.problem()).isEqualTo(ConvertSource.Problem.NOT_MERCHANT_DESK));
        assertThatThrownBy(() -> ConvertSource.inspect(temp.resolve("absent.db")))
                .isInstanceOfSatisfying(ConvertSource.Refused.class,
                        r -> assertThat(r.problem()).isEqualTo(ConvertSource.Problem.MISSING));
    }

    private static BenchOptions options(ConvertSource source) {
        return new BenchOptions(1, 1, 1, 0, 1, 1, 1, true, true, List.of(), 8, 1, true, true, source);
    }

    private static int versionOf(Path file) { return ConvertSource.inspect(file).version(); }

    /** A catalogue and {@value #ORDERS} orders of two lines each, written with version 2's tables. */
    private static List<String> writeVersionTwo(Path file) {
        List<String> numbers = new ArrayList<>();
        try (Database v2 = SchemaVersions.openAt(file, 2)) {
            new SyntheticCatalog(v2, new SettableClock(NOW)).generate(30, 5, USD);
            v2.write(c -> {
                List<String[]> skus = skus(c);
                for (int i = 0; i < ORDERS; i++) {
                    String number = String.format("D-2026-%06d", i + 1);
                    long orderNo = insertOrder(c, number, i, skus.get(i % skus.size()), skus.get((i + 1) % skus.size()));
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_status_history(order_no, "
                            + "from_status, to_status, actor, occurred_at) VALUES (?, NULL, 'PAID', 'seller', ?)")) {
                        ps.setLong(1, orderNo);
                        ps.setLong(2, NOW.toEpochMilli());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO order_search(rowid, terms, facets) VALUES (?, ?, 's_paid c_stall')")) {
                        ps.setLong(1, orderNo);
                        ps.setString(2, number);
                        ps.executeUpdate();
                    }
                    numbers.add(number);
                }
                return null;
            });
        }
        return numbers;
    }

    private static List<String[]> skus(Connection c) throws SQLException {
        List<String[]> skus = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id, s.code, p.title, s.price_minor "
                + "FROM sku s JOIN product p ON p.id = s.product_id ORDER BY s.sku_no")) {
            while (rs.next()) {
                skus.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return skus;
    }

    private static long insertOrder(Connection c, String number, int i, String[]... skus) throws SQLException {
        long subtotal = 0;
        for (String[] sku : skus) {
            subtotal += Long.parseLong(sku[3]);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(id, number, channel, status, currency, "
                + "subtotal_minor, total_minor, line_count, item_count, payment_method, payment_state, created_at, "
                + "updated_at, paid_at) VALUES (?, ?, 'STALL', 'PAID', 'USD', ?, ?, ?, ?, 'CASH', 'PAID', ?, ?, ?)")) {
            long at = NOW.minusSeconds(3_600L * i).toEpochMilli();
            ps.setString(1, com.merchantdesk.store.Ids.newIdString());
            ps.setString(2, number);
            ps.setLong(3, subtotal);
            ps.setLong(4, subtotal);
            ps.setInt(5, skus.length);
            ps.setInt(6, skus.length);
            ps.setLong(7, at);
            ps.setLong(8, at);
            ps.setLong(9, at);
            ps.executeUpdate();
        }
        long orderNo;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            orderNo = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_line(id, order_no, position, sku_id, sku_code, "
                + "title, unit_price_minor, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (int p = 0; p < skus.length; p++) {
                ps.setString(1, com.merchantdesk.store.Ids.newIdString());
                ps.setLong(2, orderNo);
                ps.setInt(3, p);
                ps.setString(4, skus[p][0]);
                ps.setString(5, skus[p][1]);
                ps.setString(6, skus[p][2]);
                ps.setLong(7, Long.parseLong(skus[p][3]));
                ps.executeUpdate();
            }
        }
        return orderNo;
    }
}
