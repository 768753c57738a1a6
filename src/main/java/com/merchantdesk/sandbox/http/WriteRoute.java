package com.merchantdesk.sandbox.http;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A POST, PATCH or DELETE: runs inside the one write transaction that also stores its answer under the request's
 * Idempotency-Key, so its effects and its answer are committed together or not at all. Throwing an
 * {@link ApiFailure} rolls everything back.
 */
@FunctionalInterface
public interface WriteRoute {
    ApiResponse apply(Connection c, Call call) throws SQLException;
}
