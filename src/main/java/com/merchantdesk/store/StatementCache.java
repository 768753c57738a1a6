package com.merchantdesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection whose {@code prepareStatement(sql)} hands out a statement prepared before for the same SQL, for work
 * that runs the same few statements thousands of times in one transaction (a pulled page of 1,000 orders runs each of
 * its dozen statements once per order or per line). SQLite's driver prepares every statement anew, and preparing was
 * the largest native cost of applying a pulled page (docs/benchmarks.md, "Sync of a large account").
 *
 * <p>The code that uses the connection stays as it is (try-with-resources around each statement): closing a
 * handed-out statement clears its parameters and gives it back. A statement asked for while the same SQL is still
 * in use (a nested loop) is prepared apart. Everything is closed with the cache, which must end before the
 * transaction does; it is not thread-safe, like the connection.
 */
public final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Connection proxy;
    private final Map<String, Deque<PreparedStatement>> idle = new HashMap<>();
    private final List<PreparedStatement> all = new ArrayList<>();

    public StatementCache(Connection connection) {
        this.connection = connection;
        this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler());
    }

    /** The connection to hand to the work: the same transaction, with statements kept. */
    public Connection connection() {
        return proxy;
    }

    /** How many statements were prepared (tests check that they are reused). */
    public int prepared() {
        return all.size();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : all) {
            try {
                ps.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        all.clear();
        idle.clear();
        if (first != null) {
            throw first;
        }
    }

    private PreparedStatement lend(String sql) throws SQLException {
        Deque<PreparedStatement> free = idle.get(sql);
        PreparedStatement real = free == null ? null : free.pollFirst();
        if (real == null) {
            real = connection.prepareStatement(sql);
            all.add(real);
        }
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new StatementHandler(sql, real));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class ConnectionHandler implements InvocationHandler {
        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                return lend((String) args[0]);
            }
            if (method.getName().equals("close")) {
                throw new SQLException("The connection of a statement cache belongs to its transaction");
            }
            return StatementCache.invoke(connection, method, args);
        }
    }

    /** A lent statement: closing it gives it back, once; after that it behaves as closed. */
    private final class StatementHandler implements InvocationHandler {
        private final String sql;
        private final PreparedStatement real;
        private boolean returned;

        StatementHandler(String sql, PreparedStatement real) {
            this.sql = sql;
            this.real = real;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned) {
                        returned = true;
                        real.clearParameters();
                        real.clearBatch();
                        idle.computeIfAbsent(sql, s -> new ArrayDeque<>()).addFirst(real);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned;
                }
                case "getConnection" -> {
                    return proxy;
                }
                default -> {
                    if (returned) {
                        throw new SQLException("statement is closed");
                    }
                    return StatementCache.invoke(real, method, args);
                }
            }
        }
    }
}
