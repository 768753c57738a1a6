package com.merchantdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Seller accounts. A code is a short lower-case name: letters, digits and hyphens. */
public final class Sellers {

    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Sellers() {}

    public static Optional<Seller> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seller_no, code, name FROM seller WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Seller(rs.getLong(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** The seller of {@code code}, made now if there is none. */
    public static Seller findOrCreate(Connection c, String code, Instant now) throws SQLException {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A seller code is 1 to 40 lower-case letters, digits or hyphens: " + code);
        }
        Optional<Seller> found = find(c, code);
        if (found.isPresent()) {
            return found.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO seller(code, name, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, code);
            ps.setString(2, code);
            ps.setLong(3, now.toEpochMilli());
            ps.executeUpdate();
        }
        return find(c, code).orElseThrow();
    }

    public static List<Seller> all(Connection c) throws SQLException {
        List<Seller> sellers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seller_no, code, name FROM seller ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sellers.add(new Seller(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return sellers;
    }
}
