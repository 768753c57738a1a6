package com.merchantdesk.orders.view;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.SkuAvailability;
import com.merchantdesk.orders.view.OrderEntryViewModel.Oversell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The order entry form's oversell step: which SKUs the lines sell beyond their stock, found before saving from
 * the stock last read, or after a refusal from what the service counted. The form asks the seller to confirm.
 */
final class EntryOversell {

    private EntryOversell() {}

    /** SKUs whose lines together take more than is available, by what was last read of the stock. */
    static List<Oversell> fromStock(List<EntryLine> lines, Map<String, SkuAvailability> availability) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        Map<String, EntryLine> first = new LinkedHashMap<>();
        for (EntryLine line : lines) {
            ordered.merge(line.skuId(), line.parsedQuantity().orElse(0L), Long::sum);
            first.putIfAbsent(line.skuId(), line);
        }
        List<Oversell> result = new ArrayList<>();
        ordered.forEach((skuId, units) -> {
            SkuAvailability a = availability.get(skuId);
            if (a != null && units > 0 && units > a.available()) {
                EntryLine line = first.get(skuId);
                result.add(new Oversell(line.code(), line.label(), units, a.available()));
            }
        });
        return result;
    }

    /** The oversold lines as the service named them (what it counted as available is its first argument). */
    static List<Oversell> fromRefusal(List<FieldError> refused, List<EntryLine> lines) {
        List<Oversell> result = new ArrayList<>();
        for (FieldError e : refused) {
            Matcher m = EntryErrors.LINE_FIELD.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
                EntryLine line = lines.get(Integer.parseInt(m.group(1)));
                long available = !e.args().isEmpty() && e.args().get(0) instanceof Number n ? n.longValue() : 0;
                result.add(new Oversell(line.code(), line.label(), line.parsedQuantity().orElse(0L), available));
            }
        }
        return result;
    }

    /** True when the service refused the order for overselling alone. */
    static boolean onlyOversell(ValidationException e) {
        return !e.errors().isEmpty()
                && e.errors().stream().allMatch(f -> OrderEntryViewModel.OVERSELL_KEY.equals(f.messageKey()));
    }
}
