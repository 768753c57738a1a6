package com.merchantdesk.orders;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refund request checked against its order: the amount, and which order lines give back how many units.
 * Units of a SKU that appears on several lines are taken from the first line that still has some.
 */
record RefundPlan(Money amount, Map<Integer, Long> unitsByPosition) {

    static RefundPlan of(Order order, RefundRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!OrderStatus.REFUNDABLE.contains(order.status())) {
            String key = order.status().refusal(OrderStatus.PARTIALLY_REFUNDED).orElse("orders.transition.final");
            throw new ValidationException(FieldError.of("status", key, StatusNames.of(order.status()),
                    StatusNames.of(OrderStatus.PARTIALLY_REFUNDED)));
        }
        Money amount = DraftReader.amount(request.amount(), order.currency(), "amount", errors);
        if (errors.isEmpty() && amount.minorUnits() == 0 && request.lines().isEmpty()) {
            errors.add(FieldError.of("amount", "validation.positive"));
        } else if (errors.isEmpty() && amount.compareTo(order.refundable()) > 0) {
            errors.add(FieldError.of("amount", "orders.refund.aboveRefundable", order.refundable().toPlainString()));
        }
        Map<Integer, Long> remaining = new LinkedHashMap<>();
        order.lines().forEach(l -> remaining.put(l.position(), l.remainingQuantity()));
        Map<Integer, Long> units = new LinkedHashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            RefundRequest.RefundLine line = request.lines().get(i);
            String prefix = "lines[" + i + "]";
            List<OrderLine> ofSku = order.lines().stream()
                    .filter(l -> l.hasSku() && l.skuId().equals(line.skuId())).toList();
            if (ofSku.isEmpty()) {
                errors.add(FieldError.of(prefix + ".sku", "orders.refund.skuNotOnOrder"));
                continue;
            }
            if (line.quantity() <= 0) {
                errors.add(FieldError.of(prefix + ".quantity", "validation.positive"));
                continue;
            }
            long left = ofSku.stream().mapToLong(l -> remaining.get(l.position())).sum();
            if (line.quantity() > left) {
                errors.add(FieldError.of(prefix + ".quantity", "orders.refund.tooMany", left, ofSku.get(0).skuCode()));
                continue;
            }
            long wanted = line.quantity();
            for (OrderLine l : ofSku) {
                long take = Math.min(wanted, remaining.get(l.position()));
                if (take > 0) {
                    remaining.merge(l.position(), -take, Long::sum);
                    units.merge(l.position(), take, Long::sum);
                    wanted -= take;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RefundPlan(amount, units);
    }

    /**
     * A refund of units by line position and an exact amount (a pulled refund, an after-sale answer). The desk's
     * own ({@code checkStatus}) must follow shipping; the platform's is followed as it comes. Either way it never
     * gives back more money or units than are left.
     */
    static RefundPlan ofPositions(Order order, Map<Integer, Long> unitsByPosition, Money amount, boolean checkStatus) {
        List<FieldError> errors = new ArrayList<>();
        if (checkStatus && !OrderStatus.REFUNDABLE.contains(order.status())) {
            String key = order.status().refusal(OrderStatus.PARTIALLY_REFUNDED).orElse("orders.transition.final");
            throw new ValidationException(FieldError.of("status", key, StatusNames.of(order.status()),
                    StatusNames.of(OrderStatus.PARTIALLY_REFUNDED)));
        }
        if (!amount.currency().equals(order.currency())) {
            errors.add(FieldError.of("amount", "orders.refund.aboveRefundable", order.refundable().toPlainString()));
        } else if (amount.minorUnits() < 0 || amount.compareTo(order.refundable()) > 0) {
            errors.add(FieldError.of("amount", "orders.refund.aboveRefundable", order.refundable().toPlainString()));
        }
        Map<Integer, Long> units = new LinkedHashMap<>();
        unitsByPosition.forEach((position, quantity) -> {
            OrderLine line = order.lines().stream().filter(l -> l.position() == position).findFirst().orElse(null);
            if (line == null || quantity <= 0) {
                errors.add(FieldError.of("lines[" + position + "].quantity", "validation.positive"));
            } else if (quantity > line.remainingQuantity()) {
                errors.add(FieldError.of("lines[" + position + "].quantity", "orders.refund.tooMany",
                        line.remainingQuantity(), line.skuCode()));
            } else {
                units.merge(position, quantity, Long::sum);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RefundPlan(amount, units);
    }
}
