package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; inside {@link Database#write} it runs in one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
