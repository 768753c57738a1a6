package com.merchantdesk.sales;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sales figures for the screen and the command line, read from the summaries {@link SalesLedger} keeps (never
 * from the orders themselves), and the business day they are counted in. Blocking: call off the FX thread.
 */
public final class SalesService {

    /** The days whose sales make the rate of stock cover. */
    public static final int RATE_DAYS = 30;
    /** At most this many SKUs on the restock list, fewest days of cover first. */
    public static final int RESTOCK_LIMIT = 500;

    private final Database db;
    private final Clock clock;

    public SalesService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public BusinessDays businessDays() { return db.read(c -> SalesBasis.read(c).days()); }

    /** Today's business day in the shop's basis. */
    public LocalDate today() { return businessDays().date(clock.instant()); }

    /** False after schema V4 came to a database with orders, until {@link #rebuild} counted them. */
    public boolean built() { return db.read(c -> SalesBasis.read(c).built()); }

    /** Counts every order again in {@code days} (a new zone or "day starts at"), in one write; see {@link SalesRebuild}. */
    public void rebuild(BusinessDays days, RebuildProgress progress) {
        db.write(c -> {
            SalesRebuild.run(c, days, progress);
            return null;
        });
        db.checkpoint();
    }

    /** Builds the summaries if they are not yet (the first time after schema V4), in the basis they have. */
    public void ensureBuilt(RebuildProgress progress) {
        if (!built()) {
            rebuild(businessDays(), progress);
        }
    }

    /** The range's figures by {@code by}, only {@code channels} (all when empty), with the previous period's. */
    public SalesReport report(SalesRange range, Granularity by, Set<Channel> channels) {
        return db.read(c -> {
            BusinessDays days = SalesBasis.read(c).days();
            List<SalesPeriod> periods = periods(range, by, SalesQueries.days(c, range, channels));
            SalesRange before = range.previous();
            List<SalesPeriod> previous = periods(before, by, SalesQueries.days(c, before, channels));
            return new SalesReport(range, by, channels == null ? Set.of() : Set.copyOf(channels), days, periods,
                    sum(periods), sum(previous), previous);
        });
    }

    /** The best {@code limit} SKUs of the range by {@code by} (all channels). */
    public List<TopSku> top(SalesRange range, TopSku.By by, int limit) {
        return db.read(c -> SalesQueries.top(c, SkuTotals.read(c, range), by, limit));
    }

    /** The best SKUs by each ranking, from one read of the range (all channels). */
    public Map<TopSku.By, List<TopSku>> tops(SalesRange range, int limit) {
        return tops(range, Set.of(), limit);
    }

    /** The best SKUs by each ranking of {@code channels}' sales (all channels when empty), from one read. */
    public Map<TopSku.By, List<TopSku>> tops(SalesRange range, Set<Channel> channels, int limit) {
        return db.read(c -> {
            SkuTotals skus = SkuTotals.read(c, range, channels);
            Map<TopSku.By, List<TopSku>> result = new EnumMap<>(TopSku.By.class);
            for (TopSku.By by : TopSku.By.values()) {
                result.put(by, SalesQueries.top(c, skus, by, limit));
            }
            return result;
        });
    }

    /**
     * SKUs to reorder: at or below their reorder point, or with fewer than {@code coverDays} days of stock at their
     * rate of the last {@link #RATE_DAYS} business days; fewest days first, at most {@link #RESTOCK_LIMIT}.
     */
    public List<RestockLine> restock(int coverDays) {
        if (coverDays < 1 || coverDays > 365) {
            throw new IllegalArgumentException("coverDays " + coverDays);
        }
        return db.read(c -> {
            LocalDate today = SalesBasis.read(c).days().date(clock.instant());
            SkuTotals sold = SkuTotals.read(c, new SalesRange(today.minusDays(RATE_DAYS - 1), today));
            // First only what decides (stock, reorder point, units sold); names for the few that make the list.
            List<long[]> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.sku_no, l.on_hand - l.reserved, s.reorder_point "
                    + "FROM sku s JOIN stock_level l ON l.sku_id = s.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sku = rs.getLong(1);
                    long units = Math.max(0, sold.units(sku));
                    long available = rs.getLong(2);
                    int reorderPoint = rs.getInt(3);
                    boolean low = reorderPoint > 0 && available <= reorderPoint;
                    boolean shortCover = units > 0 && Math.max(0, available) * RATE_DAYS < (long) coverDays * units;
                    if (low || shortCover) {
                        candidates.add(new long[] {sku, available, reorderPoint, units});
                    }
                }
            }
            // Fewest days of cover first (available / units compared without division), then least available.
            candidates.sort((a, b) -> {
                if (a[3] == 0 || b[3] == 0) {
                    return a[3] == b[3] ? Long.compare(a[1], b[1]) : a[3] == 0 ? 1 : -1;
                }
                int cover = Long.compare(Math.max(0, a[1]) * b[3], Math.max(0, b[1]) * a[3]);
                return cover != 0 ? cover : Long.compare(a[1], b[1]);
            });
            List<RestockLine> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.code, p.title, s.option_values FROM sku s "
                    + "JOIN product p ON p.id = s.product_id WHERE s.sku_no = ? AND p.status = 'ACTIVE'")) {
                for (long[] k : candidates) {
                    if (lines.size() == RESTOCK_LIMIT) {
                        break;
                    }
                    ps.setLong(1, k[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            lines.add(line(rs.getString(1), rs.getString(2), SalesQueries.optionLabel(rs.getString(3)),
                                    k[1], (int) k[2], k[3], coverDays));
                        }
                    }
                }
            }
            return lines;
        });
    }

    private static RestockLine line(String code, String title, String options, long available, int reorderPoint,
                                    long units, int coverDays) {
        double rate = units / (double) RATE_DAYS;
        Double cover = units == 0 ? null : Math.max(0, available) / rate;
        long wanted = Math.max((long) Math.ceil(rate * coverDays * 2), reorderPoint + 1L);
        return new RestockLine(code, title, options, available, reorderPoint, units, cover,
                Math.max(1, wanted - Math.max(0, available)));
    }

    /** Every period of the range, empty ones too, each the sum of its days. */
    private static List<SalesPeriod> periods(SalesRange range, Granularity by,
                                             Map<LocalDate, Map<Channel, SalesFigures>> days) {
        TreeMap<LocalDate, Map<Channel, SalesFigures>> grouped = new TreeMap<>();
        for (LocalDate d = by.periodStart(range.from()); !d.isAfter(range.to()); d = next(by, d)) {
            grouped.put(d.isBefore(range.from()) ? range.from() : d, new EnumMap<>(Channel.class));
        }
        days.forEach((day, channels) -> {
            LocalDate start = by.periodStart(day);
            Map<Channel, SalesFigures> into = grouped.get(start.isBefore(range.from()) ? range.from() : start);
            channels.forEach((channel, f) -> into.merge(channel, f, SalesFigures::plus));
        });
        List<SalesPeriod> periods = new ArrayList<>();
        grouped.forEach((start, channels) -> periods.add(new SalesPeriod(start, channels,
                channels.values().stream().reduce(SalesFigures.ZERO, SalesFigures::plus))));
        return periods;
    }

    private static LocalDate next(Granularity by, LocalDate d) {
        return switch (by) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    private static SalesFigures sum(List<SalesPeriod> periods) {
        return periods.stream().map(SalesPeriod::total).reduce(SalesFigures.ZERO, SalesFigures::plus);
    }
}
