package com.merchantdesk.shipping.documents;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to take from the shelves for some orders: each SKU once with its units summed over the orders, in the order
 * a picker walks: by bin location, then SKU code (SKUs without a bin come last).
 */
public record PickList(List<String> orderNumbers, List<Line> lines, Instant madeAt) {

    public record Line(String binLocation, String skuCode, String description, long quantity) {}

    /** Bins first in their own order (ignoring case), SKUs without a bin last; then by SKU code. */
    public static final Comparator<Line> WALK = Comparator
            .comparing((Line l) -> l.binLocation().isEmpty())
            .thenComparing(l -> l.binLocation().toLowerCase(Locale.ROOT))
            .thenComparing(l -> l.skuCode().toLowerCase(Locale.ROOT));

    public PickList {
        orderNumbers = List.copyOf(orderNumbers);
        lines = lines.stream().sorted(WALK).toList();
    }

    /** Sums the units of equal SKU codes (ignoring case), keeping the first description and bin seen. */
    public static PickList summed(List<String> orderNumbers, List<Line> unsummed, Instant madeAt) {
        Map<String, Line> byCode = new LinkedHashMap<>();
        for (Line line : unsummed) {
            byCode.merge(line.skuCode().toLowerCase(Locale.ROOT), line, (a, b) ->
                    new Line(a.binLocation(), a.skuCode(), a.description(), a.quantity() + b.quantity()));
        }
        return new PickList(orderNumbers, List.copyOf(byCode.values()), madeAt);
    }

    public long totalUnits() { return lines.stream().mapToLong(Line::quantity).sum(); }
}
