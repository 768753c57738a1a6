package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.AfterSaleRequest;
import com.merchantdesk.orders.AfterSaleService;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orders after-sale}: buyers' after-sale requests pulled from the platform, and the seller's answer to one
 * (queued for the platform with the refund it leads to). Without an ID it lists the requests waiting.
 */
@Command(name = "after-sale", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answers a buyer's after-sale request (refund only, or return and refund).",
                "Without ID, lists the requests that wait for an answer or for their returned goods."})
final class OrdersAfterSaleCommand extends DataCommand {

    static final int LIST_LIMIT = 200;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The request's id, as listed.")
    String id;

    @ArgGroup(exclusive = true)
    Decision decision;

    static final class Decision {
        @Option(names = "--accept", required = true,
                description = "Accept: a refund-only request is refunded now; a return waits for its goods.")
        boolean accept;

        @Option(names = "--refuse", required = true, description = "Refuse the request.")
        boolean refuse;

        @Option(names = "--received", required = true,
                description = "The goods of an accepted return arrived: refund it now.")
        boolean received;
    }

    @Option(names = "--restock", description = "The returned goods go back into stock (implies they arrived).")
    boolean restock;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to the buyer with the answer.")
    String note;

    @Override
    public Integer call() {
        if (id != null && decision == null) {
            throw invalid("ID", "cli.orders.afterSale.chooseOne");
        }
        try (AppContext app = openApp()) {
            AfterSaleService service = new AfterSaleService(app.database(), app.clock(), app.salesLedger());
            if (id == null) {
                list(service.waiting(LIST_LIMIT));
                return 0;
            }
            AfterSaleRequest done;
            try {
                if (decision.refuse) {
                    done = service.refuse(id, note);
                } else if (decision.received) {
                    done = service.receiveReturn(id, restock);
                } else {
                    done = service.accept(id, note, restock, restock);
                }
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(f -> new FieldError(
                        f.field().equals("id") ? "ID" : "--" + f.field(), f.messageKey(), f.args())).toList());
            }
            report(done);
            return 0;
        }
    }

    private void report(AfterSaleRequest r) {
        if (decision.refuse) {
            out().println(Messages.get("cli.orders.afterSale.refused", r.id(), r.orderNumber()));
        } else if (r.waitsForReturn()) {
            out().println(Messages.get("cli.orders.afterSale.waitsForGoods", r.id(), r.orderNumber()));
        } else {
            if (decision.accept) {
                out().println(Messages.get("cli.orders.afterSale.accepted", r.id(), r.orderNumber()));
            }
            out().println(Messages.get("cli.orders.afterSale.refunded", r.id(), r.orderNumber(),
                    r.amount() == null ? "" : OrderText.money(r.amount())));
            if (restock) {
                out().println(Messages.get("cli.orders.afterSale.restocked", r.id()));
            }
        }
        out().flush();
    }

    private void list(List<AfterSaleRequest> requests) {
        if (requests.isEmpty()) {
            out().println(Messages.get("cli.orders.afterSale.none"));
        } else {
            TextTable table = new TextTable(List.of(new TextTable.Column(h("id"), false, 36),
                    new TextTable.Column(h("order"), false, 24), new TextTable.Column(h("kind"), false, 20),
                    new TextTable.Column(h("state"), false, 12), new TextTable.Column(h("amount"), true, 16),
                    new TextTable.Column(h("reason"), false, 40)));
            for (AfterSaleRequest r : requests) {
                table.add(r.id(), r.orderNumber(), Messages.get("orders.afterSale.kind." + r.kind().name()),
                        Messages.get("orders.afterSale.state." + r.state().name()),
                        r.amount() == null ? "" : OrderText.money(r.amount()), r.reason());
            }
            table.lines().forEach(out()::println);
        }
        out().flush();
    }

    private static String h(String column) { return Messages.get("cli.orders.afterSale.h." + column); }
}
