package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SQL for carriers, their services and the shipping policy, on the caller's connection. */
final class CarrierRepository {

    /** A carrier with the integer keys the shipment rows use. */
    record Stored(long carrierNo, Carrier carrier, Map<String, Integer> serviceNos) {

        Optional<CarrierService> service(int serviceNo) {
            return serviceNos.entrySet().stream().filter(e -> e.getValue() == serviceNo).findFirst()
                    .flatMap(e -> carrier.definition().service(e.getKey()));
        }
    }

    private static final int NO_CUT_OFF = 1440;

    List<Stored> all(Connection c) throws SQLException {
        Map<Long, List<Object[]>> services = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT carrier_no, service_no, code, name, "
                + "international, dispatch_minutes, transit_minutes FROM carrier_service ORDER BY carrier_no, service_no")) {
            while (rs.next()) {
                services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {rs.getInt(2),
                        new CarrierService(rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                                Duration.ofMinutes(rs.getLong(6)), Duration.ofMinutes(rs.getLong(7)))});
            }
        }
        List<Stored> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT carrier_no, code, name, "
                + "tracking_pattern, check_digit, tracking_url, cutoff_minute FROM carrier ORDER BY carrier_no")) {
            while (rs.next()) {
                long no = rs.getLong(1);
                List<CarrierService> own = new ArrayList<>();
                Map<String, Integer> serviceNos = new LinkedHashMap<>();
                for (Object[] s : services.getOrDefault(no, List.of())) {
                    CarrierService service = (CarrierService) s[1];
                    own.add(service);
                    serviceNos.put(service.code(), (Integer) s[0]);
                }
                int cut = rs.getInt(7);
                CarrierDefinition definition = new CarrierDefinition(rs.getString(2), rs.getString(3), rs.getString(4),
                        ShippingCodes.checkDigit(rs.getInt(5)), rs.getString(6), own);
                result.add(new Stored(no, new Carrier(definition, cut >= NO_CUT_OFF ? null : LocalTime.of(cut / 60, cut % 60)),
                        serviceNos));
            }
        }
        return result;
    }

    Optional<Stored> byCode(Connection c, String code) throws SQLException {
        return all(c).stream().filter(s -> s.carrier().code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** Adds the carrier, or replaces the one with its code; services keep their numbers by code. */
    void save(Connection c, Carrier carrier) throws SQLException {
        Optional<Stored> existing = byCode(c, carrier.code());
        CarrierDefinition d = carrier.definition();
        long no;
        LocalTime cut = carrier.cutOff();
        int cutMinute = cut == null ? NO_CUT_OFF : cut.getHour() * 60 + cut.getMinute();
        if (existing.isPresent()) {
            no = existing.get().carrierNo();
            try (PreparedStatement ps = c.prepareStatement("UPDATE carrier SET code = ?, name = ?, tracking_pattern = ?, "
                    + "check_digit = ?, tracking_url = ?, cutoff_minute = ? WHERE carrier_no = ?")) {
                bindCarrier(ps, d, cutMinute);
                ps.setLong(7, no);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO carrier(code, name, tracking_pattern, check_digit, "
                    + "tracking_url, cutoff_minute) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bindCarrier(ps, d, cutMinute);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    no = keys.getLong(1);
                }
            }
        }
        Map<String, Integer> numbers = existing.map(Stored::serviceNos).orElse(Map.of());
        int next = numbers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (CarrierService s : d.services()) {
            Integer serviceNo = numbers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(s.code()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO carrier_service(carrier_no, service_no, code, name, "
                    + "international, dispatch_minutes, transit_minutes) VALUES (?,?,?,?,?,?,?) "
                    + "ON CONFLICT(carrier_no, service_no) DO UPDATE SET code = excluded.code, name = excluded.name, "
                    + "international = excluded.international, dispatch_minutes = excluded.dispatch_minutes, "
                    + "transit_minutes = excluded.transit_minutes")) {
                ps.setLong(1, no);
                ps.setInt(2, serviceNo == null ? next++ : serviceNo);
                ps.setString(3, s.code());
                ps.setString(4, s.name());
                ps.setInt(5, s.international() ? 1 : 0);
                ps.setLong(6, s.dispatchWindow().toMinutes());
                ps.setLong(7, s.transitTime().toMinutes());
                ps.executeUpdate();
            }
        }
    }

    private static void bindCarrier(PreparedStatement ps, CarrierDefinition d, int cutMinute) throws SQLException {
        ps.setString(1, d.code());
        ps.setString(2, d.name());
        ps.setString(3, d.trackingPattern());
        ps.setInt(4, ShippingCodes.of(d.checkDigit()));
        ps.setString(5, d.trackingUrlTemplate());
        ps.setInt(6, cutMinute);
    }

    ShippingPolicy policy(Connection c) throws SQLException {
        Set<LocalDate> holidays = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT day FROM shop_holiday")) {
            while (rs.next()) {
                holidays.add(LocalDate.parse(rs.getString(1)));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.country, p.time_zone, "
                + "p.working_days, p.at_risk_minutes, p.domestic_promise_minutes, p.international_promise_minutes, "
                + "dc.code, ds.code, ic.code, isv.code FROM shipping_policy p "
                + "JOIN carrier dc ON dc.carrier_no = p.domestic_carrier_no "
                + "JOIN carrier_service ds ON ds.carrier_no = p.domestic_carrier_no AND ds.service_no = p.domestic_service_no "
                + "JOIN carrier ic ON ic.carrier_no = p.international_carrier_no "
                + "JOIN carrier_service isv ON isv.carrier_no = p.international_carrier_no "
                + "AND isv.service_no = p.international_service_no WHERE p.id = 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The shipping policy row is missing");
            }
            return new ShippingPolicy(rs.getString(1), rs.getString(2), ShippingPolicy.workingDaysOf(rs.getInt(3)),
                    holidays, Duration.ofMinutes(rs.getLong(4)), Duration.ofMinutes(rs.getLong(5)),
                    Duration.ofMinutes(rs.getLong(6)), new ServiceRef(rs.getString(7), rs.getString(8)),
                    new ServiceRef(rs.getString(9), rs.getString(10)));
        }
    }

    void savePolicy(Connection c, ShippingPolicy p, int[] domestic, int[] international) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shipping_policy SET country = ?, time_zone = ?, "
                + "working_days = ?, at_risk_minutes = ?, domestic_promise_minutes = ?, international_promise_minutes = ?, "
                + "domestic_carrier_no = ?, domestic_service_no = ?, international_carrier_no = ?, "
                + "international_service_no = ? WHERE id = 1")) {
            ps.setString(1, p.country());
            ps.setString(2, p.timeZone());
            ps.setInt(3, p.workingDayBits());
            ps.setLong(4, p.atRisk().toMinutes());
            ps.setLong(5, p.domesticPromise().toMinutes());
            ps.setLong(6, p.internationalPromise().toMinutes());
            ps.setInt(7, domestic[0]);
            ps.setInt(8, domestic[1]);
            ps.setInt(9, international[0]);
            ps.setInt(10, international[1]);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM shop_holiday");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO shop_holiday(day) VALUES (?)")) {
            for (LocalDate day : p.holidays()) {
                ps.setString(1, day.toString());
                ps.executeUpdate();
            }
        }
    }
}
