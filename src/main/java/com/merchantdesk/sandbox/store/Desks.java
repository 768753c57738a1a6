package com.merchantdesk.sandbox.store;

import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Desk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Desks registered with a seller account. Each gets a two-character code at its first registration (the numbers
 * it makes carry it: brief, "Sync rules"); registering again with the same desk id answers the same code.
 * Codes use letters and digits that cannot be mistaken for each other (no I, O, 0, 1).
 */
public final class Desks {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Desks() {}

    public static Optional<Desk> find(Connection c, Seller seller, String deskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT desk_id, code, name, registered_at FROM desk WHERE seller_no = ? AND desk_id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, deskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public static List<Desk> all(Connection c, Seller seller) throws SQLException {
        List<Desk> desks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT desk_id, code, name, registered_at FROM desk WHERE seller_no = ? ORDER BY registered_at, code")) {
            ps.setLong(1, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    desks.add(row(rs));
                }
            }
        }
        return desks;
    }

    /** Registers a new desk with the next free code: A2, A3, ... in the seller's order of registration. */
    public static Desk register(Connection c, Seller seller, String deskId, String name, Instant now) throws SQLException {
        int count;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM desk WHERE seller_no = ?")) {
            ps.setLong(1, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getInt(1);
            }
        }
        String code = code(count);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO desk(seller_no, desk_id, code, name, registered_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seller.no());
            ps.setString(2, deskId);
            ps.setString(3, code);
            ps.setString(4, name);
            ps.setLong(5, now.toEpochMilli());
            ps.executeUpdate();
        }
        Feed.record(c, seller, ChangeKind.DESK, deskId, now);
        return new Desk(deskId, code, name, now);
    }

    /** The code of the n-th desk (from 0): two characters of {@link #ALPHABET}, 1,024 desks per account. */
    static String code(int n) {
        if (n >= ALPHABET.length() * ALPHABET.length()) {
            throw new IllegalStateException("A seller account has room for " + ALPHABET.length() * ALPHABET.length() + " desks");
        }
        return "" + ALPHABET.charAt(n / ALPHABET.length()) + ALPHABET.charAt(n % ALPHABET.length());
    }

    private static Desk row(ResultSet rs) throws SQLException {
        return new Desk(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
    }
}
