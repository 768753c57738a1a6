package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the order commands' arguments: line specs, order references, dates; and naming errors after options. */
final class OrderArgs {

    /** {@code SKU:QTY} or {@code SKU:QTY:UNIT_PRICE}; the SKU is a SKU code or barcode. */
    record LineSpec(String text, String sku, String quantity, String unitPrice) {}

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(.*)");

    private OrderArgs() {}

    static LineSpec line(String option, String text, boolean priceAllowed) {
        String[] parts = text.strip().split(":", -1);
        boolean shapeOk = parts.length == 2 || (priceAllowed && parts.length == 3);
        if (!shapeOk || parts[0].isBlank() || parts[1].isBlank() || (parts.length == 3 && parts[2].isBlank())) {
            throw DataCommand.invalid(option + " " + text, priceAllowed ? "cli.orders.lineFormat" : "cli.orders.refundLineFormat");
        }
        return new LineSpec(text.strip(), parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2].strip() : "");
    }

    static SkuRow sku(AppContext app, String option, LineSpec spec) {
        return app.catalog().findByScan(spec.sku())
                .orElseThrow(() -> DataCommand.invalid(option + " " + spec.text(), "cli.stock.unknownSku", spec.sku()));
    }

    /** The order an argument names: its id, or its number such as {@code D-2026-000123}. */
    static Order order(AppContext app, String ref) {
        String text = ref == null ? "" : ref.strip();
        return app.orders().find(text).or(() -> app.orders().findByNumber(text))
                .orElseThrow(() -> DataCommand.invalid("ORDER", "cli.orders.unknown", text));
    }

    /** A day in the computer's time zone, {@code YYYY-MM-DD}. */
    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DataCommand.invalid(option, "cli.orders.dateFormat", text);
        }
    }

    static ZoneId zone() { return ZoneId.systemDefault(); }

    /**
     * The service names fields after the draft ({@code lines[1].quantity}); on the command line they are
     * options, so {@code lines[1].quantity} becomes {@code --line TS-1:5}.
     */
    static ValidationException renamed(ValidationException e, List<LineSpec> lines, String lineOption) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError err : e.errors()) {
            Matcher m = LINE_FIELD.matcher(err.field());
            String field = err.field();
            if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
                field = lineOption + " " + lines.get(Integer.parseInt(m.group(1))).text();
            } else {
                field = switch (field) {
                    case "customer.name" -> "--customer";
                    case "customer.phone" -> "--phone";
                    case "customer.email" -> "--email";
                    case "orderDiscount" -> "--discount";
                    case "shippingFee" -> "--shipping";
                    case "taxRate" -> "--tax-rate";
                    case "amount" -> "--amount";
                    case "channel" -> "--channel";
                    case "memo" -> "--memo";
                    default -> field;
                };
            }
            errors.add(new FieldError(field, err.messageKey(), err.args()));
        }
        return new ValidationException(errors);
    }
}
