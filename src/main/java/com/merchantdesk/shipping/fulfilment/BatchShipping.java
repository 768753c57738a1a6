package com.merchantdesk.shipping.fulfilment;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.shipping.OrderParcels;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.SqliteShippingService;
import com.merchantdesk.shipping.pool.WaybillPool;
import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Ship selected": one parcel per order, holding everything left to ship, each with the carrier's next pool number,
 * all in one transaction: every order ships or none does (and no pool number is used). A parcel's weight is the sum
 * of its SKUs' weights when every one of them has a weight.
 */
public final class BatchShipping {

    private final Database db;
    private final Clock clock;
    private final ShippingService shipping;
    private final SqliteShippingService writer;
    private final WaybillPool pool;

    public BatchShipping(Database db, Clock clock, ShippingService shipping) {
        this.db = db;
        this.clock = clock;
        this.shipping = shipping;
        this.writer = new SqliteShippingService(db, clock);
        this.pool = new WaybillPool(db, clock);
    }

    /**
     * Ships the orders (ids or numbers) with {@code carrierCode}'s pool numbers; {@code serviceCode} blank: the
     * carrier's service for each order's zone. Refused (nothing written) when an order is unknown, listed twice or
     * cannot ship, or when the pool has too few numbers.
     */
    public List<Shipment> ship(List<String> orderRefs, String carrierCode, String serviceCode, String actor) {
        if (orderRefs.isEmpty()) {
            throw new ValidationException(FieldError.of("order", "shipping.validation.orderRequired"));
        }
        Map<String, Long> weights = weights(orderRefs);
        return db.write(c -> {
            List<String> numbers = pool.take(c, carrierCode, orderRefs.size());
            List<FieldError> errors = new ArrayList<>();
            List<Shipment> shipped = new ArrayList<>();
            for (int i = 0; i < orderRefs.size(); i++) {
                String ref = orderRefs.get(i).strip();
                try {
                    Shipment s = writer.create(c, new ShipmentDraft(ref, carrierCode, serviceCode, numbers.get(i), List.of(),
                            weights.get(ref), null), actor, clock.instant());
                    pool.attach(c, s.carrierCode(), s.trackingNumber(), s.id());
                    shipped.add(s);
                } catch (ValidationException e) {
                    e.errors().forEach(err -> errors.add(new FieldError(err.field().equals("order") ? "order"
                            : "order " + ref + " " + err.field(), err.messageKey(), err.args())));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return shipped;
        });
    }

    /** Each order's parcel weight (everything left to ship), when every SKU in it has a weight; refuses repeats. */
    private Map<String, Long> weights(List<String> refs) {
        Map<String, Long> weights = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> repeats = new ArrayList<>();
        for (String raw : refs) {
            String ref = raw.strip();
            Optional<OrderParcels> parcels = shipping.parcels(ref);
            if (parcels.isEmpty()) {
                continue; // the shipping service refuses it by name, with the other orders' problems
            }
            if (!seen.add(parcels.get().order().id())) {
                repeats.add(FieldError.of("order", "shipping.batch.orderTwice", parcels.get().order().number()));
                continue;
            }
            Long weight = weightOf(parcels.get());
            if (weight != null) {
                weights.put(ref, weight);
            }
        }
        if (!repeats.isEmpty()) {
            throw new ValidationException(repeats);
        }
        return weights;
    }

    private Long weightOf(OrderParcels parcels) {
        return db.read(c -> {
            long total = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT weight_grams FROM sku WHERE code = ? COLLATE NOCASE")) {
                for (OrderLine line : parcels.order().lines()) {
                    long units = parcels.left(line);
                    if (units == 0) {
                        continue;
                    }
                    ps.setString(1, line.skuCode().toLowerCase(Locale.ROOT));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getObject(1) == null || rs.getLong(1) <= 0) {
                            return null;
                        }
                        total += rs.getLong(1) * units;
                    }
                }
            }
            return total > 0 ? total : null;
        });
    }
}
