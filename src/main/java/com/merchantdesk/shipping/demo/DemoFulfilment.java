package com.merchantdesk.shipping.demo;

import com.merchantdesk.AppContext;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.pool.PoolEntry;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop's fulfilment: waybill pools for the carriers it ships with (numbers well above the demo parcels'),
 * one spoilt label void, and a bin location for every SKU so the pick list walks the shelves. Only when the shop has
 * no pool yet.
 */
public final class DemoFulfilment {

    /** Pool sizes: plenty at home, a small EMS pool that shows the low warning after a few parcels abroad. */
    private static final List<Object[]> POOLS = List.of(new Object[] {DemoCarriers.HANA, 200},
            new Object[] {DemoCarriers.SWIFT, 100}, new Object[] {DemoCarriers.EMS, 25});
    private static final long POOL_START = 500_000;

    private final AppContext app;

    public DemoFulfilment(AppContext app) { this.app = app; }

    /** Fills the pools and bins; returns how many numbers were added (0 when the shop has a pool already). */
    public int fillIfEmpty() {
        long existing = app.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM waybill")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (existing > 0) {
            return 0;
        }
        WaybillPool pool = new WaybillPool(app.database(), app.clock());
        int added = 0;
        for (Object[] p : POOLS) {
            CarrierDefinition carrier = (CarrierDefinition) p[0];
            List<PoolEntry> numbers = new ArrayList<>();
            for (int i = 0; i < (Integer) p[1]; i++) {
                numbers.add(new PoolEntry("demo", carrier.trackingNumberFor(Waybills.firstSerial(carrier) + POOL_START + i)));
            }
            added += pool.add(carrier.code(), numbers).added();
        }
        pool.voidNumber(DemoCarriers.HANA.code(), DemoCarriers.HANA.trackingNumberFor(Waybills.firstSerial(DemoCarriers.HANA)
                + POOL_START));
        placeSkus();
        return added;
    }

    /** Aisles A to F, shelves 01 to 12, levels 1 to 4, in catalogue order; SKUs with a bin keep it. */
    private void placeSkus() {
        app.database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE sku SET bin_location = char(65 + (sku_no / 48) % 6) || '-' "
                        + "|| printf('%02d', 1 + (sku_no / 4) % 12) || '-' || (1 + sku_no % 4) WHERE bin_location = ''");
            }
        });
    }
}
