package com.merchantdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stored answers of idempotent writes. A write's answer is stored in the same transaction as its effects,
 * so a key is either unused or bound to a request whose effects were all committed.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {}

    /** A stored answer, and the hash of the request it answered. */
    public record Stored(byte[] requestHash, int status, byte[] body, String location) {
        public boolean sameRequest(byte[] hash) { return Arrays.equals(requestHash, hash); }
    }

    public static Optional<Stored> find(Connection c, Seller seller, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT request_hash, status, body, location FROM idempotency_key WHERE seller_no = ? AND key = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getBytes(1), rs.getInt(2), rs.getBytes(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    public static void store(Connection c, Seller seller, String key, Stored answer, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO idempotency_key(seller_no, key, request_hash, status, body, location, created_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, seller.no());
            ps.setString(2, key);
            ps.setBytes(3, answer.requestHash());
            ps.setInt(4, answer.status());
            ps.setBytes(5, answer.body());
            ps.setString(6, answer.location());
            ps.setLong(7, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Forgets keys stored before {@code before}; returns how many. */
    public static int prune(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?")) {
            ps.setLong(1, before.toEpochMilli());
            return ps.executeUpdate();
        }
    }
}
