package com.merchantdesk.sales.view;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.RestockLine;
import com.merchantdesk.sales.SalesFigures;
import com.merchantdesk.sales.SalesPeriod;
import com.merchantdesk.sales.SalesReport;
import com.merchantdesk.shipping.ShippingPerformance;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The data behind the charts (sales, shipping performance) and the restock list as CSV (UTF-8, cells kept from running as formulas). */
final class SalesCsv {

    private SalesCsv() {}

    /** One row per period: the figures of the revenue chart and the revenue of each channel. */
    static void writeReport(SalesReport report, Currency currency, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("period", "orders", "revenue", "tax", "shipping", "refunded", "cost",
                "margin", "units", "previous_revenue"));
        for (Channel c : Channel.values()) {
            header.add("revenue_" + c.name().toLowerCase(Locale.ROOT));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (int i = 0; i < report.periods().size(); i++) {
                SalesPeriod p = report.periods().get(i);
                SalesFigures f = p.total();
                List<String> row = new ArrayList<>(List.of(p.start().toString(), Long.toString(f.orders()),
                        money(f.revenue(), currency), money(f.tax(), currency), money(f.shipping(), currency),
                        money(f.get(com.merchantdesk.sales.SalesColumn.REFUND_GOODS), currency), money(f.cost(), currency),
                        money(f.margin(), currency), Long.toString(f.units()),
                        i < report.previousPeriods().size() ? money(report.previousPeriods().get(i).total().revenue(), currency) : ""));
                for (Channel c : Channel.values()) {
                    row.add(money(p.of(c).revenue(), currency));
                }
                csv.printRecord(row);
            }
        }
    }

    static void writeRestock(List<RestockLine> lines, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("code", "item", "available", "reorder_point", "sold_last_30_days", "cover_days", "suggested");
            for (RestockLine l : lines) {
                csv.printRecord(SpreadsheetSafeText.escape(l.code()), SpreadsheetSafeText.escape(l.label()), l.available(),
                        l.reorderPoint(), l.soldInRateDays(),
                        l.coverDays() == null ? "" : String.format(Locale.ROOT, "%.1f", l.coverDays()), l.suggested());
            }
        }
    }

    /** One row per carrier and service: the counts behind the shipping performance chart. */
    static void writeShipping(List<ShippingPerformance> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("carrier", "service", "shipped", "shipped_by_ship_by", "delivered", "delivered_by_promise");
            for (ShippingPerformance p : rows) {
                csv.printRecord(SpreadsheetSafeText.escape(p.carrierCode()), SpreadsheetSafeText.escape(p.serviceCode()),
                        p.shipped(), p.shippedOnTime(), p.delivered(), p.deliveredOnTime());
            }
        }
    }

    private static String money(long minor, Currency currency) { return new Money(minor, currency).toPlainString(); }
}
