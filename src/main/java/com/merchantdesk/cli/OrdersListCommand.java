package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.cli.ListedSku.Amount;
import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code orders list}: one page of orders, newest first unless sorted otherwise. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists orders, newest first, one page at a time.",
                "Dates are days in this computer's time zone; --to includes the whole day."})
final class OrdersListCommand extends DataCommand {

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these statuses (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<OrderStatus> statuses;

    @Option(names = "--channel", split = ",", paramLabel = "CHANNEL",
            description = "Only these channels (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<Channel> channels;

    @Option(names = "--from", paramLabel = "DATE", description = "Created on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Created on or before this day (YYYY-MM-DD).")
    String to;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT",
            description = "Search words: order number, customer name or phone, SKU code.")
    String query;

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "created",
            description = "Sort by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, newest first).")
    OrderQuery.Sort sort;

    @Option(names = "--asc", description = "Sort ascending (oldest or smallest first).")
    boolean ascending;

    @Mixin
    PageOptions page;

    /** One element of {@code orders list --json}. */
    record ListedOrder(String number, String createdAt, String status, String channel, String customer, String phone,
                       int lines, long items, Amount total, String paymentState, String memoFlag, boolean oversold,
                       String id) {
        static ListedOrder of(OrderRow r) {
            return new ListedOrder(r.number(), r.createdAt().toString(), ShownOrder.lower(r.status()),
                    ShownOrder.lower(r.channel()), r.customerName(), r.customerPhone(), r.lineCount(), r.itemCount(),
                    Amount.of(r.total()), ShownOrder.lower(r.paymentState()), ShownOrder.lower(r.memoFlag()),
                    r.oversold(), r.id());
        }
    }

    @Override
    public Integer call() {
        page.check(OrderQuery.MAX_LIMIT);
        Instant fromInstant = from == null ? null : OrderArgs.date("--from", from).atStartOfDay(OrderArgs.zone()).toInstant();
        Instant before = null;
        if (to != null) {
            LocalDate last = OrderArgs.date("--to", to);
            before = last.plusDays(1).atStartOfDay(OrderArgs.zone()).toInstant();
        }
        if (fromInstant != null && before != null && !fromInstant.isBefore(before)) {
            throw invalid("--to", "cli.orders.toBeforeFrom");
        }
        OrderQuery q = new OrderQuery(statuses == null ? null : EnumSet.copyOf(statuses),
                channels == null ? null : EnumSet.copyOf(channels), fromInstant, before, query, sort, !ascending, page.offset, page.limit);
        Page<OrderRow> found;
        try (AppContext app = openApp()) {
            found = app.orders().search(q);
        }
        if (page.json) {
            JsonOut.print(out(), found.items().stream().map(ListedOrder::of).toList());
        } else {
            printTable(found);
        }
        return 0;
    }

    private void printTable(Page<OrderRow> page) {
        PrintWriter out = out();
        if (page.items().isEmpty()) {
            out.println(Messages.get("cli.orders.none"));
            out.flush();
            return;
        }
        TextTable table = new TextTable(List.of(new Column(h("number"), false, 20), new Column(h("created"), false, 16),
                new Column(h("status"), false, 20), new Column(h("channel"), false, 12),
                new Column(h("customer"), false, 24), new Column(h("phone"), false, 16),
                new Column(h("items"), true, 6), new Column(h("total"), true, 20), new Column(h("note"), false, 12)));
        for (OrderRow r : page.items()) {
            table.add(r.number(), OrderText.time(r.createdAt()), Messages.get(r.status().messageKey()),
                    Messages.get(r.channel().messageKey()), r.customerName(), r.customerPhone(),
                    Long.toString(r.itemCount()), OrderText.money(r.total()),
                    r.oversold() ? Messages.get("cli.orders.oversoldShort") : "");
        }
        table.lines().forEach(out::println);
        out.println(Messages.get("cli.orders.page", page.offset() + 1, page.offset() + page.items().size(), page.total()));
        out.flush();
    }

    private static String h(String key) { return Messages.get("cli.orders.column." + key); }
}
