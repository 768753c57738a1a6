package com.merchantdesk.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens of seller accounts. Only a token's SHA-256 is stored: the token itself is shown once, when made,
 * and a stolen database file gives no working token. A token has an id ({@code tok_} and 8 hex digits) by which
 * lists, logs and {@code revoke} name it.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 16;

    private Tokens() {}

    /** A new random token for {@code seller}; returns the token (to show once) and its record. */
    public static Issued create(Connection c, Seller seller, String label, Instant now) throws SQLException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = "mdsb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, insert(c, seller, token, label, now));
    }

    /**
     * Makes {@code token} (a fixed one given to the server for tests and demos) a token of {@code seller}, unless
     * it already is; a token of another seller, or a revoked one, is refused.
     */
    public static ApiToken ensure(Connection c, Seller seller, String token, String label, Instant now) throws SQLException {
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
            throw new IllegalArgumentException("A token is at least " + MIN_LENGTH + " printable ASCII characters without spaces");
        }
        Optional<Found> found = find(c, token);
        if (found.isPresent()) {
            if (found.get().seller().no() != seller.no()) {
                throw new IllegalArgumentException("That token belongs to another seller account");
            }
            if (found.get().token().revoked()) {
                throw new IllegalArgumentException("That token was revoked (" + found.get().token().tokenId() + ")");
            }
            return found.get().token();
        }
        return insert(c, seller, token, label, now);
    }

    private static ApiToken insert(Connection c, Seller seller, String token, String label, Instant now) throws SQLException {
        byte[] hash = hash(token);
        String tokenId = "tok_" + HexFormat.of().formatHex(hash, 0, 4);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO api_token(token_hash, token_id, seller_no, label, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setBytes(1, hash);
            ps.setString(2, tokenId);
            ps.setLong(3, seller.no());
            ps.setString(4, label);
            ps.setLong(5, now.toEpochMilli());
            ps.executeUpdate();
        }
        return new ApiToken(tokenId, seller.code(), label, now, null);
    }

    /** The seller and token record of a presented token, revoked or not; empty for an unknown one. */
    public static Optional<Found> find(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT t.token_id, t.label, t.created_at, t.revoked_at, s.seller_no, s.code, s.name"
                        + " FROM api_token t JOIN seller s ON s.seller_no = t.seller_no WHERE t.token_hash = ?")) {
            ps.setBytes(1, hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Seller seller = new Seller(rs.getLong(5), rs.getString(6), rs.getString(7));
                long revoked = rs.getLong(4);
                Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
                return Optional.of(new Found(seller, new ApiToken(rs.getString(1), seller.code(), rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)), revokedAt)));
            }
        }
    }

    public static List<ApiToken> list(Connection c, Seller seller) throws SQLException {
        List<ApiToken> tokens = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT token_id, label, created_at, revoked_at FROM api_token WHERE seller_no = ? ORDER BY created_at, token_id")) {
            ps.setLong(1, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long revoked = rs.getLong(4);
                    // wasNull speaks of the last column read: ask it before reading another.
                    Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
                    tokens.add(new ApiToken(rs.getString(1), seller.code(), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)), revokedAt));
                }
            }
        }
        return tokens;
    }

    /** Revokes the token of {@code tokenId} of {@code seller}; false when the seller has no such token. */
    public static boolean revoke(Connection c, Seller seller, String tokenId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE seller_no = ? AND token_id = ?")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, seller.no());
            ps.setString(3, tokenId);
            return ps.executeUpdate() == 1;
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A token made now: the token itself, shown once, and what is kept of it. */
    public record Issued(String token, ApiToken record) {}

    /** A presented token's seller and record. */
    public record Found(Seller seller, ApiToken token) {}
}
