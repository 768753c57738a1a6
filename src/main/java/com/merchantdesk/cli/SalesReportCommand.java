package com.merchantdesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.merchantdesk.AppContext;
import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.Granularity;
import com.merchantdesk.sales.SalesFigures;
import com.merchantdesk.sales.SalesPeriod;
import com.merchantdesk.sales.SalesRange;
import com.merchantdesk.sales.SalesReport;
import com.merchantdesk.shipping.ShippingPerformance;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sales report}: revenue, orders, tax, shipping, refunds, cost and margin per day, week or month; with
 * {@code --shipping} also the shipping performance per carrier and service.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sales per business day, week or month of a range, with the range's total and the same number",
                "of days before it. Definitions: docs/sales.md. Dates are the shop's business days."})
final class SalesReportCommand extends DataCommand {

    @Option(names = "--from", paramLabel = "DATE", description = "First business day (YYYY-MM-DD); default 29 days before --to.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last business day (YYYY-MM-DD), included; default today.")
    String to;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "day",
            description = "Group by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--channel", split = ",", paramLabel = "CHANNEL",
            description = "Only these channels (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<Channel> channels;

    @Option(names = "--shipping", description = {"Also the shipping performance of the parcels shipped in the range (same",
            "channels): per carrier and service, shipped by the ship-by time and delivered by the promise. With --csv",
            "only these rows are printed."})
    boolean shipping;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (one row per period).")
    boolean csv;

    /** One period (or a total) as printed by {@code --json}: money as plain decimals of the currency. */
    record Figures(String start, long orders, String revenue, String tax, String shipping, String refunded, String cost,
                   String margin, long units, long created, long cancelled, long newCustomers, long returningOrders,
                   long refunds) {
        static Figures of(String start, SalesFigures f, Currency currency) {
            return new Figures(start, f.orders(), money(f.revenue(), currency), money(f.tax(), currency),
                    money(f.shipping(), currency), money(f.get(com.merchantdesk.sales.SalesColumn.REFUND_GOODS), currency),
                    money(f.cost(), currency), money(f.margin(), currency), f.units(),
                    f.get(com.merchantdesk.sales.SalesColumn.CREATED), f.get(com.merchantdesk.sales.SalesColumn.CANCELLED),
                    f.newCustomers(), f.returningCustomerOrders(), f.get(com.merchantdesk.sales.SalesColumn.REFUNDS));
        }
    }

    /** One carrier and service's parcels shipped in the range, as printed by {@code --shipping --json}. */
    record Shipping(String carrier, String service, long shipped, long shippedByShipBy, long delivered,
                    long deliveredByPromise) {
        static Shipping of(ShippingPerformance p) {
            return new Shipping(p.carrierCode(), p.serviceCode(), p.shipped(), p.shippedOnTime(), p.delivered(),
                    p.deliveredOnTime());
        }
    }

    /** {@code shipping} is left out unless {@code --shipping} asked for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Printed(String from, String to, String by, List<String> channels, String zone, int dayStartHour,
                   String currency, boolean costEstimated, List<Figures> periods, Figures total, Figures previous,
                   List<Shipping> shipping) {}

    @Override
    public Integer call() {
        SalesOutput.checkForm(json, csv);
        LocalDate fromDay = from == null ? null : OrderArgs.date("--from", from);
        LocalDate toDay = to == null ? null : OrderArgs.date("--to", to);
        try (AppContext app = openApp()) {
            app.sales().ensureBuilt(SalesOutput.progress(spec.commandLine().getErr()));
            LocalDate last = toDay == null ? app.sales().today() : toDay;
            LocalDate first = fromDay == null ? last.minusDays(29) : fromDay;
            SalesRange range = range(first, last);
            Set<Channel> only = channels == null ? Set.of() : EnumSet.copyOf(channels);
            SalesReport report = app.sales().report(range, by, only);
            Currency currency = Money.currency(app.settings().load().currency());
            List<ShippingPerformance> parcels = !shipping ? List.of()
                    : app.shipping().performance(report.days().start(range.from()), report.days().end(range.to()), only);
            if (json) {
                List<Figures> periods = report.periods().stream()
                        .map(p -> Figures.of(p.start().toString(), p.total(), currency)).toList();
                JsonOut.print(out(), new Printed(range.from().toString(), range.to().toString(), lower(by.name()),
                        only.stream().map(c -> lower(c.name())).sorted().toList(), report.days().zone().getId(),
                        report.days().dayStartHour(), currency.getCurrencyCode(), report.total().costEstimated(), periods,
                        Figures.of(range.from().toString(), report.total(), currency),
                        Figures.of(range.previous().from().toString(), report.previousTotal(), currency),
                        shipping ? parcels.stream().map(Shipping::of).toList() : null));
            } else if (csv && shipping) {
                printShippingCsv(parcels);
            } else if (csv) {
                printCsv(report, currency);
            } else {
                printTable(report, currency);
                if (shipping) {
                    printShippingTable(parcels);
                }
            }
        }
        return 0;
    }

    /** The range, its errors named after the options. */
    private static SalesRange range(LocalDate first, LocalDate last) {
        try {
            return SalesRange.of(first, last);
        } catch (ValidationException e) {
            List<FieldError> named = new ArrayList<>();
            e.errors().forEach(err -> named.add(FieldError.of("--" + err.field(), err.messageKey(), err.args())));
            throw new ValidationException(named);
        }
    }

    private void printTable(SalesReport report, Currency currency) {
        PrintWriter out = out();
        TextTable table = new TextTable(List.of(new Column(h("period"), false, 12), new Column(h("orders"), true, 8),
                new Column(h("revenue"), true, 16), new Column(h("tax"), true, 14), new Column(h("shipping"), true, 14),
                new Column(h("refunded"), true, 14), new Column(h("cost"), true, 16), new Column(h("margin"), true, 16),
                new Column(h("units"), true, 8)));
        for (SalesPeriod p : report.periods()) {
            add(table, p.start().toString(), p.total(), currency);
        }
        add(table, Messages.get("cli.sales.total"), report.total(), currency);
        add(table, Messages.get("cli.sales.previous"), report.previousTotal(), currency);
        table.lines().forEach(out::println);
        out.println(Messages.get("cli.sales.basis", report.days().zone().getId(), report.days().dayStartHour(),
                currency.getCurrencyCode()));
        if (report.total().costEstimated()) {
            out.println(Messages.get("sales.costEstimated"));
        }
        out.flush();
    }

    private static void add(TextTable table, String label, SalesFigures f, Currency currency) {
        table.add(label, Long.toString(f.orders()), money(f.revenue(), currency), money(f.tax(), currency),
                money(f.shipping(), currency), money(f.get(com.merchantdesk.sales.SalesColumn.REFUND_GOODS), currency),
                money(f.cost(), currency), money(f.margin(), currency), Long.toString(f.units()));
    }

    private void printCsv(SalesReport report, Currency currency) {
        PrintWriter out = out();
        SalesOutput.csv(out, List.of("period", "orders", "revenue", "tax", "shipping", "refunded", "cost", "margin", "units",
                "created", "cancelled", "new_customers", "returning_orders"));
        for (SalesPeriod p : report.periods()) {
            SalesFigures f = p.total();
            SalesOutput.csv(out, List.of(p.start().toString(), Long.toString(f.orders()), money(f.revenue(), currency),
                    money(f.tax(), currency), money(f.shipping(), currency),
                    money(f.get(com.merchantdesk.sales.SalesColumn.REFUND_GOODS), currency), money(f.cost(), currency),
                    money(f.margin(), currency), Long.toString(f.units()),
                    Long.toString(f.get(com.merchantdesk.sales.SalesColumn.CREATED)),
                    Long.toString(f.get(com.merchantdesk.sales.SalesColumn.CANCELLED)), Long.toString(f.newCustomers()),
                    Long.toString(f.returningCustomerOrders())));
        }
        out.flush();
    }

    private void printShippingTable(List<ShippingPerformance> parcels) {
        PrintWriter out = out();
        out.println();
        if (parcels.isEmpty()) {
            out.println(Messages.get("cli.sales.shipping.none"));
            out.flush();
            return;
        }
        TextTable table = new TextTable(List.of(new Column(h("carrier"), false, 8), new Column(h("service"), false, 8),
                new Column(h("shipped"), true, 8), new Column(h("shippedByShipBy"), true, 10), new Column(h("delivered"), true, 10),
                new Column(h("deliveredByPromise"), true, 10)));
        for (ShippingPerformance p : parcels) {
            table.add(p.carrierCode(), p.serviceCode(), Long.toString(p.shipped()), share(p.shippedOnTime(), p.shipped()),
                    Long.toString(p.delivered()), share(p.deliveredOnTime(), p.delivered()));
        }
        table.lines().forEach(out::println);
        out.flush();
    }

    /** "41 (91.1%)"; "0 (–)" of none. */
    private static String share(long part, long whole) {
        return part + (whole == 0 ? " (–)" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole));
    }

    private void printShippingCsv(List<ShippingPerformance> parcels) {
        PrintWriter out = out();
        SalesOutput.csv(out, List.of("carrier", "service", "shipped", "shipped_by_ship_by", "delivered", "delivered_by_promise"));
        for (ShippingPerformance p : parcels) {
            SalesOutput.csv(out, List.of(p.carrierCode(), p.serviceCode(), Long.toString(p.shipped()),
                    Long.toString(p.shippedOnTime()), Long.toString(p.delivered()), Long.toString(p.deliveredOnTime())));
        }
        out.flush();
    }

    static String money(long minor, Currency currency) { return new Money(minor, currency).toPlainString(); }

    private static String lower(String name) { return name.toLowerCase(Locale.ROOT); }

    private static String h(String key) { return Messages.get("cli.sales.column." + key); }
}
