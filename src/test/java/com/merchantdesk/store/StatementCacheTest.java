package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statements of a pulled page are prepared once each and lent again, without changing what the code sees. */
class StatementCacheTest {

    @TempDir Path dir;
    private Connection real;

    @BeforeEach
    void open() throws SQLException {
        real = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        try (var st = real.createStatement()) {
            st.execute("CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT)");
        }
        real.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException { real.close(); }

    @Test
    void theSameSqlIsPreparedOnceAndItsParametersStartCleared() throws SQLException {
        try (StatementCache cache = new StatementCache(real)) {
            Connection c = cache.connection();
            for (int i = 0; i < 50; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
                    ps.setInt(1, i);
                    ps.setString(2, "v" + i);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
                ps.setInt(1, 99);
                // v is not bound: a parameter left from the last use would be written here.
                ps.executeUpdate();
            }
            assertThat(cache.prepared()).isEqualTo(1);
            assertThat(text(c, "SELECT v FROM t WHERE k = 99")).as("cleared parameters bind NULL").isNull();
            assertThat(text(c, "SELECT count(*) FROM t")).isEqualTo("51");
        }
    }

    @Test
    void aQueryLentAgainWhileItsLastResultWasLeftOpenReadsAfresh() throws SQLException {
        try (var st = real.createStatement()) {
            st.execute("INSERT INTO t(k, v) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        }
        try (StatementCache cache = new StatementCache(real)) {
            Connection c = cache.connection();
            PreparedStatement first = c.prepareStatement("SELECT v FROM t WHERE k >= ? ORDER BY k");
            first.setInt(1, 1);
            ResultSet open = first.executeQuery();
            assertThat(open.next()).isTrue();
            first.close(); // given back with its result still open
            try (PreparedStatement again = c.prepareStatement("SELECT v FROM t WHERE k >= ? ORDER BY k")) {
                again.setInt(1, 2);
                try (ResultSet rs = again.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("b");
                }
            }
            assertThat(cache.prepared()).isEqualTo(1);
        }
    }

    @Test
    void theSameSqlInUseTwiceAtOnceGetsTwoStatementsAndAGivenBackOneCannotBeUsed() throws SQLException {
        try (var st = real.createStatement()) {
            st.execute("INSERT INTO t(k, v) VALUES (1, 'a'), (2, 'b')");
        }
        try (StatementCache cache = new StatementCache(real)) {
            Connection c = cache.connection();
            String sql = "SELECT v FROM t WHERE k = ?";
            try (PreparedStatement outer = c.prepareStatement(sql); PreparedStatement inner = c.prepareStatement(sql)) {
                outer.setInt(1, 1);
                inner.setInt(1, 2);
                try (ResultSet a = outer.executeQuery(); ResultSet b = inner.executeQuery()) {
                    assertThat(a.next() && b.next()).isTrue();
                    assertThat(a.getString(1) + b.getString(1)).isEqualTo("ab");
                }
            }
            assertThat(cache.prepared()).isEqualTo(2);
            PreparedStatement lent = c.prepareStatement(sql);
            lent.close();
            assertThat(lent.isClosed()).isTrue();
            assertThatThrownBy(() -> lent.setInt(1, 1)).isInstanceOf(SQLException.class);
            assertThatThrownBy(c::close).as("the transaction's connection is not the work's to close")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
