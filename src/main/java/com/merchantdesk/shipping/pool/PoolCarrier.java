package com.merchantdesk.shipping.pool;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.shipping.ShippingCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A carrier row as the pool needs it: its key and its number form, read on the caller's connection. */
record PoolCarrier(long carrierNo, CarrierDefinition definition) {

    private static final String SELECT = "SELECT carrier_no, code, name, tracking_pattern, check_digit, tracking_url FROM carrier";

    String code() { return definition.code(); }

    String name() { return definition.name(); }

    static List<PoolCarrier> all(Connection c) throws SQLException {
        List<PoolCarrier> carriers = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SELECT + " ORDER BY carrier_no")) {
            while (rs.next()) {
                carriers.add(of(rs));
            }
        }
        return carriers;
    }

    /** The carrier with this code; refused (field {@code carrier}) when there is none, naming the known ones. */
    static PoolCarrier named(Connection c, String code) throws SQLException {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            throw new ValidationException(FieldError.of("carrier", "shipping.validation.carrierRequired"));
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE code = ? COLLATE NOCASE")) {
            ps.setString(1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return of(rs);
                }
            }
        }
        throw new ValidationException(FieldError.of("carrier", "shipping.validation.unknownCarrier", wanted,
                String.join(", ", all(c).stream().map(PoolCarrier::code).toList())));
    }

    private static PoolCarrier of(ResultSet rs) throws SQLException {
        return new PoolCarrier(rs.getLong(1), new CarrierDefinition(rs.getString(2), rs.getString(3), rs.getString(4),
                ShippingCodes.checkDigit(rs.getInt(5)), rs.getString(6), List.of()));
    }
}
