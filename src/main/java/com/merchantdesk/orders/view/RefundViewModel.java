package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.RefundRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The refund form of one shipped order: how many units of each SKU come back, the amount given back, whether
 * the units go back on the shelf, and why. The amount follows the returned units (their share of the lines'
 * net price, or everything still refundable when every unit comes back) until the seller types one.
 */
public final class RefundViewModel {

    public static final String AMOUNT = "amount";
    public static final String GENERAL = "form";
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    /** The units of one SKU on the order that may still come back. */
    public static final class ReturnLine {
        private final String skuId;
        private final String code;
        private final String label;
        private final long remaining;
        private final long netMinor;
        private final long quantityOrdered;
        private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");

        ReturnLine(String skuId, String code, String label, long remaining, long netMinor, long quantityOrdered) {
            this.skuId = skuId;
            this.code = code;
            this.label = label;
            this.remaining = remaining;
            this.netMinor = netMinor;
            this.quantityOrdered = quantityOrdered;
        }

        public String skuId() { return skuId; }
        public String code() { return code; }
        public String label() { return label; }
        public long remaining() { return remaining; }
        public StringProperty quantityProperty() { return quantity; }

        /** The line's net price of {@code units} units, rounded half up to a minor unit. */
        long netOf(long units) {
            if (quantityOrdered == 0) {
                return 0;
            }
            return Math.floorDiv(Math.addExact(Math.multiplyExact(netMinor, units * 2), quantityOrdered), quantityOrdered * 2);
        }
    }

    private final Order order;
    private final List<ReturnLine> lines;
    private final StringProperty amount = new SimpleStringProperty(this, AMOUNT, "");
    private final BooleanProperty restock = new SimpleBooleanProperty(this, "restock", true);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());
    private boolean amountTyped;
    private boolean suggesting;

    public RefundViewModel(Order order) {
        this.order = order;
        this.lines = returnLines(order);
        for (ReturnLine line : lines) {
            line.quantity.addListener((o, before, now) -> {
                clearError(lineField(lines.indexOf(line)));
                suggestAmount();
            });
        }
        amount.addListener((o, before, now) -> {
            if (!suggesting) {
                amountTyped = true;
            }
            clearError(AMOUNT);
        });
        suggestAmount();
    }

    /** One entry per SKU: a SKU on two lines of the order comes back as one (the refund names SKUs). */
    private static List<ReturnLine> returnLines(Order order) {
        Map<String, List<OrderLine>> bySku = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            if (!line.hasSku()) {
                continue; // a pulled line that needs mapping (or a fee): no units of a desk SKU to take back
            }
            bySku.computeIfAbsent(line.skuId(), k -> new ArrayList<>()).add(line);
        }
        List<ReturnLine> result = new ArrayList<>();
        bySku.forEach((skuId, same) -> {
            OrderLine first = same.get(0);
            long remaining = same.stream().mapToLong(OrderLine::remainingQuantity).sum();
            long net = same.stream().mapToLong(l -> l.net().minorUnits()).sum();
            long quantity = same.stream().mapToLong(OrderLine::quantity).sum();
            result.add(new ReturnLine(skuId, first.skuCode(), first.label(), remaining, net, quantity));
        });
        return List.copyOf(result);
    }

    public Order order() { return order; }
    public List<ReturnLine> lines() { return lines; }
    public StringProperty amountProperty() { return amount; }
    public BooleanProperty restockProperty() { return restock; }
    public StringProperty reasonProperty() { return reason; }
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.getReadOnlyProperty(); }
    public Money refundable() { return order.refundable(); }

    public static String lineField(int index) { return "lines[" + index + "].quantity"; }

    /** Returns every unit still on the order (the whole remaining order comes back). */
    public void returnEverything() {
        lines.forEach(l -> l.quantity.set(Long.toString(l.remaining)));
    }

    /**
     * The request as typed, or null when something is wrong locally (then {@link #errorsProperty()} says what,
     * on which field). The service checks again and may refuse more.
     */
    public RefundRequest toRequest() {
        Map<String, String> found = new LinkedHashMap<>();
        List<RefundRequest.RefundLine> returned = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReturnLine line = lines.get(i);
            Long units = parseUnits(line.quantity.get());
            if (units == null || units < 0) {
                found.put(lineField(i), Messages.get("orders.view.refund.quantityFormat"));
            } else if (units > line.remaining) {
                found.put(lineField(i), Messages.get("orders.refund.tooMany", OrderFormats.count(line.remaining), line.code));
            } else if (units > 0) {
                returned.add(new RefundRequest.RefundLine(line.skuId, units));
            }
        }
        Money money = null;
        try {
            money = Money.parse(amount.get(), order.currency());
            if (money.minorUnits() <= 0) {
                found.put(AMOUNT, Messages.get("orders.view.refund.amountPositive"));
            } else if (money.compareTo(order.refundable()) > 0) {
                found.put(AMOUNT, Messages.get("orders.refund.aboveRefundable", OrderFormats.money(order.refundable())));
            }
        } catch (IllegalArgumentException e) {
            found.put(AMOUNT, Messages.get(e.getMessage()));
        }
        errors.set(Collections.unmodifiableMap(found));
        if (!found.isEmpty() || money == null) {
            return null;
        }
        return new RefundRequest(money.toPlainString(), returned, restock.get(), reason.get());
    }

    /** Shows the service's refusals on their fields; its line numbers count the returned SKUs only. */
    public void showRefusal(RefundRequest request, List<FieldError> refused) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError e : refused) {
            Matcher m = LINE_FIELD.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < request.lines().size()) {
                String skuId = request.lines().get(Integer.parseInt(m.group(1))).skuId();
                int index = indexOf(skuId);
                shown.putIfAbsent(index < 0 ? GENERAL : lineField(index), e.message());
            } else if (AMOUNT.equals(e.field())) {
                shown.putIfAbsent(AMOUNT, e.message());
            } else {
                shown.merge(GENERAL, e.message(), (a, b) -> a + " " + b);
            }
        }
        errors.set(Collections.unmodifiableMap(shown));
    }

    /** A failure that belongs to no field. */
    public void showFailure(String message) {
        Map<String, String> shown = new LinkedHashMap<>(errors.get());
        shown.put(GENERAL, message);
        errors.set(Collections.unmodifiableMap(shown));
    }

    private int indexOf(String skuId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).skuId.equals(skuId)) {
                return i;
            }
        }
        return -1;
    }

    /** The amount the returned units are worth; everything refundable when all of them come back. */
    Money suggestedAmount() {
        long sum = 0;
        boolean all = !lines.isEmpty();
        for (ReturnLine line : lines) {
            Long units = parseUnits(line.quantity.get());
            long u = units == null || units < 0 ? 0 : Math.min(units, line.remaining);
            all &= u == line.remaining;
            sum += line.netOf(u);
        }
        Money refundable = order.refundable();
        if (all && order.refunded().minorUnits() == 0) {
            return refundable;
        }
        return new Money(Math.min(sum, refundable.minorUnits()), order.currency());
    }

    private void suggestAmount() {
        if (amountTyped) {
            return;
        }
        suggesting = true;
        try {
            Money suggested = suggestedAmount();
            amount.set(suggested.minorUnits() == 0 ? "" : suggested.toPlainString());
        } finally {
            suggesting = false;
        }
    }

    private void clearError(String field) {
        if (errors.get().containsKey(field) || errors.get().containsKey(GENERAL)) {
            Map<String, String> left = new LinkedHashMap<>(errors.get());
            left.remove(field);
            left.remove(GENERAL);
            errors.set(Collections.unmodifiableMap(left));
        }
    }

    private static Long parseUnits(String text) {
        String t = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return 0L;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
