package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.OutboxRows;
import java.util.Set;

/** An outbox row in the seller's words: "Order A7-2026-000124: payment", and why it failed. */
final class OutboxWords {

    private static final Set<String> KINDS = Set.of("product", "sku", "customer", "order", "refund", "stock_adjustment",
            "shipment", "tracking_event");
    private static final Set<String> OPERATIONS = Set.of("create", "patch", "delete", "payment", "cancellation",
            "fulfilment");

    private static final Set<String> QUOTED = Set.of("product", "customer");

    private OutboxWords() {}

    static String what(OutboxRows.Row row) {
        return what(row.entityType(), row.operation(), row.recordName());
    }

    static String what(Outbox.Entry entry) {
        return what(entry.entityType(), entry.operation(), "");
    }

    private static String what(String type, String operation, String name) {
        String kind = KINDS.contains(type) ? Messages.get("sync.view.kind." + type) : type;
        String op = OPERATIONS.contains(operation) ? Messages.get("sync.view.operation." + operation) : operation;
        if (name == null || name.isBlank()) {
            return Messages.get("sync.view.what", kind, op);
        }
        // A title or a person's name is quoted; a number or a code reads as it is.
        return Messages.get(QUOTED.contains(type) ? "sync.view.whatNamed" : "sync.view.whatNumbered", kind, name, op);
    }

    static String state(OutboxRows.Row row) {
        return Messages.get("sync.view.state." + row.state().name());
    }

    /** Why the row is stuck, or empty. */
    static String error(OutboxRows.Row row) {
        return switch (row.state()) {
            case FAILED -> row.willRetry()
                    ? Messages.get("sync.view.error.transient", row.attempts(), detail(row.lastError()))
                    : Messages.get("sync.view.error.refused", detail(row.lastError()));
            case BLOCKED -> Messages.get("sync.view.error.blocked");
            default -> "";
        };
    }

    private static String detail(String error) { return error == null ? "" : error; }
}
