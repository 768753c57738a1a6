package com.merchantdesk.sales.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.Granularity;
import com.merchantdesk.sales.SalesFigures;
import com.merchantdesk.sales.SalesPeriod;
import com.merchantdesk.sales.SalesReport;
import com.merchantdesk.shipping.ShippingPerformance;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The Sales screen's charts made from a {@link SalesReport}: revenue per period as bars with the previous period as a
 * line and the order count on a second axis; revenue per channel stacked; and shipping performance per carrier and
 * service from the shipping feature's counts. Titles and legends in the seller's language,
 * colours of the app's theme, tooltips with the exact amounts. Plain JFreeChart objects (no JavaFX), so they can be
 * drawn into a PNG or PDF as well as shown.
 */
final class SalesCharts {

    private SalesCharts() {}

    static JFreeChart revenue(SalesReport report, Currency currency, ChartTheme theme) {
        List<SalesPeriod> periods = report.periods();
        String revenue = Messages.get("sales.view.kpi.revenue");
        String before = Messages.get("sales.view.chart.previous");
        String orders = Messages.get("sales.view.kpi.orders");
        TimeTableXYDataset bars = new TimeTableXYDataset();
        TimeTableXYDataset previous = new TimeTableXYDataset();
        TimeTableXYDataset counts = new TimeTableXYDataset();
        for (int i = 0; i < periods.size(); i++) {
            SalesPeriod p = periods.get(i);
            TimePeriod period = period(p.start(), end(report, i));
            bars.add(period, major(p.total().revenue(), currency), revenue);
            counts.add(period, p.total().orders(), orders);
            if (i < report.previousPeriods().size()) {
                previous.add(period, major(report.previousPeriods().get(i).total().revenue(), currency), before);
            }
        }
        DateAxis time = timeAxis();
        NumberAxis money = new NumberAxis(Messages.get("sales.view.axis.money", currency.getCurrencyCode()));
        XYBarRenderer barRenderer = new XYBarRenderer(0.15);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, theme.seriesPaint(0));
        barRenderer.setDefaultToolTipGenerator((dataset, series, item) -> tip(report, item, currency, false));
        XYPlot plot = new XYPlot(bars, time, money, barRenderer);
        XYLineAndShapeRenderer previousLine = new XYLineAndShapeRenderer(true, false);
        previousLine.setSeriesPaint(0, theme.previous());
        previousLine.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 4f}, 0f));
        previousLine.setDefaultToolTipGenerator((dataset, series, item) -> tip(report, item, currency, true));
        plot.setDataset(1, previous);
        plot.setRenderer(1, previousLine);
        NumberAxis count = new NumberAxis(orders);
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, count);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        XYLineAndShapeRenderer countLine = new XYLineAndShapeRenderer(true, periods.size() <= 45);
        countLine.setSeriesPaint(0, theme.seriesPaint(2));
        countLine.setDefaultToolTipGenerator((dataset, series, item) -> tip(report, item, currency, false));
        plot.setDataset(2, counts);
        plot.setRenderer(2, countLine);
        plot.mapDatasetToRangeAxis(2, 1);
        JFreeChart chart = new JFreeChart(Messages.get("sales.view.chart.revenue", Messages.get(report.by().messageKey())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart, plot);
        return chart;
    }

    static JFreeChart byChannel(SalesReport report, Currency currency, ChartTheme theme) {
        List<SalesPeriod> periods = report.periods();
        TimeTableXYDataset stacks = new TimeTableXYDataset();
        List<Channel> shown = List.of(Channel.values()).stream()
                .filter(c -> report.channels().isEmpty() || report.channels().contains(c)).toList();
        for (int i = 0; i < periods.size(); i++) {
            TimePeriod period = period(periods.get(i).start(), end(report, i));
            for (Channel c : shown) {
                stacks.add(period, major(periods.get(i).of(c).revenue(), currency), Messages.get(c.messageKey()));
            }
        }
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < shown.size(); i++) {
            renderer.setSeriesPaint(i, theme.seriesPaint(shown.get(i).ordinal()));
        }
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            SalesPeriod p = periods.get(item);
            Channel c = shown.get(series);
            return Messages.get(c.messageKey()) + " · " + label(report, item) + ": "
                    + new Money(p.of(c).revenue(), currency).format(Messages.locale());
        });
        XYPlot plot = new XYPlot(stacks, timeAxis(),
                new NumberAxis(Messages.get("sales.view.axis.money", currency.getCurrencyCode())), renderer);
        JFreeChart chart = new JFreeChart(Messages.get("sales.view.chart.channels"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart, plot);
        return chart;
    }

    /**
     * Shipping performance per carrier and service: the share of parcels shipped by their ship-by and of those
     * delivered by the promise, in per cent; the tooltip gives the counts ("41 of 45").
     */
    static JFreeChart shipping(List<ShippingPerformance> rows, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String shipped = Messages.get("sales.view.shipping.shippedOnTime");
        String delivered = Messages.get("sales.view.shipping.deliveredOnTime");
        for (ShippingPerformance p : rows) {
            String category = category(p);
            data.addValue(p.shipped() == 0 ? null : 100.0 * p.shippedOnTime() / p.shipped(), shipped, category);
            data.addValue(p.delivered() == 0 ? null : 100.0 * p.deliveredOnTime() / p.delivered(), delivered, category);
        }
        NumberAxis percent = new NumberAxis(Messages.get("sales.view.axis.percent"));
        // A little room above 100 %, so the top tick's label is not under the title.
        percent.setRange(0, 105);
        percent.setTickUnit(new NumberTickUnit(20));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        renderer.setSeriesPaint(0, theme.seriesPaint(0));
        renderer.setSeriesPaint(1, theme.seriesPaint(1));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> shippingTip(rows.get(item), series == 0));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), percent, renderer);
        plot.setNoDataMessage(Messages.get("sales.view.shipping.none"));
        JFreeChart chart = new JFreeChart(Messages.get("sales.view.chart.shipping"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart, plot);
        return chart;
    }

    /** "HANA STD" */
    static String category(ShippingPerformance p) { return p.carrierCode() + " " + p.serviceCode(); }

    /** "HANA STD · shipped by the ship-by: 41 of 45 (91.1 %)" */
    private static String shippingTip(ShippingPerformance p, boolean shipped) {
        long part = shipped ? p.shippedOnTime() : p.deliveredOnTime();
        long whole = shipped ? p.shipped() : p.delivered();
        NumberFormat share = NumberFormat.getPercentInstance(Messages.locale());
        share.setMaximumFractionDigits(1);
        return category(p) + " · " + Messages.get(shipped ? "sales.view.shipping.shippedOnTime" : "sales.view.shipping.deliveredOnTime")
                + ": " + Messages.get("sales.view.shipping.tip", part, whole,
                whole == 0 ? "–" : share.format((double) part / whole));
    }

    /** Dates on the axis in the seller's language (the axis draws in the computer's zone, as {@link #period} puts them). */
    private static DateAxis timeAxis() {
        return new DateAxis(null, java.util.TimeZone.getDefault(), Messages.locale());
    }

    /** "12 Mar 2026: revenue 1,204.50 · 31 orders", exact from the report, for the period at {@code item}. */
    private static String tip(SalesReport report, int item, Currency currency, boolean previous) {
        List<SalesPeriod> periods = previous ? report.previousPeriods() : report.periods();
        if (item >= periods.size()) {
            return "";
        }
        SalesFigures f = periods.get(item).total();
        String when = periods.get(item).start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Messages.locale()));
        return (previous ? Messages.get("sales.view.chart.previous") + " · " : "") + when + ": "
                + Messages.get("sales.view.chart.tip", new Money(f.revenue(), currency).format(Messages.locale()),
                NumberFormat.getIntegerInstance(Messages.locale()).format(f.orders()));
    }

    private static String label(SalesReport report, int item) {
        return report.periods().get(item).start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Messages.locale()));
    }

    /** The last day of period {@code i}: the day before the next one starts, or the range's end. */
    private static LocalDate end(SalesReport report, int i) {
        List<SalesPeriod> periods = report.periods();
        return i + 1 < periods.size() ? periods.get(i + 1).start().minusDays(1) : report.range().to();
    }

    /** The period's days as the chart's time axis shows them (the computer's zone, which the axis uses too). */
    private static TimePeriod period(LocalDate first, LocalDate last) {
        ZoneId zone = ZoneId.systemDefault();
        return new SimpleTimePeriod(Date.from(first.atStartOfDay(zone).toInstant()),
                new Date(last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1));
    }

    /** The amount in major units, only to place a bar or point; labels and tooltips use the exact {@link Money}. */
    private static double major(long minor, Currency currency) { return new Money(minor, currency).toDecimal().doubleValue(); }

    static String granularityLabel(Granularity by) { return Messages.get(by.messageKey()); }

    static Locale locale() { return Messages.locale(); }
}
