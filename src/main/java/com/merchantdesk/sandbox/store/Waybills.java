package com.merchantdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Tracking numbers: each used once per carrier, and the waybill serials handed out per seller and carrier. */
public final class Waybills {

    private Waybills() {}

    /** The shipment that already uses {@code number} with {@code carrier}, if any. */
    public static Optional<String> holder(Connection c, Seller seller, String carrier, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT shipment_id FROM tracking_number WHERE seller_no = ? AND carrier = ? AND number = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, carrier);
            ps.setString(3, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void use(Connection c, Seller seller, String carrier, String number, String shipmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tracking_number(seller_no, carrier, number, shipment_id) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, seller.no());
            ps.setString(2, carrier);
            ps.setString(3, number);
            ps.setString(4, shipmentId);
            ps.executeUpdate();
        }
    }

    /** Reserves {@code count} serials of the seller's account with {@code carrier}; returns the first. */
    public static long reserve(Connection c, Seller seller, String carrier, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO waybill_serial(seller_no, carrier, last) VALUES (?, ?, ?)"
                        + " ON CONFLICT(seller_no, carrier) DO UPDATE SET last = last + ? RETURNING last")) {
            ps.setLong(1, seller.no());
            ps.setString(2, carrier);
            ps.setLong(3, count);
            ps.setLong(4, count);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
