package com.merchantdesk.sales.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.sales.SalesFigures;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The figures above the charts: revenue, orders, average order value, margin, refund rate, cancelled share, new
 * customers and returning customers' orders, tax and shipping; each with its change against the previous period.
 */
final class KpiTiles {

    private final FlowPane pane = new FlowPane(10, 10);
    private final Map<String, Label[]> tiles = new LinkedHashMap<>();

    KpiTiles() {
        pane.getStyleClass().add("sales-kpis");
        for (String key : new String[] {"revenue", "orders", "aov", "margin", "refundRate", "cancelled", "customers",
                "taxShipping"}) {
            Label name = new Label(Messages.get("sales.view.kpi." + key));
            name.getStyleClass().add("kpi-name");
            Label value = new Label("–");
            value.setId("sales-kpi-" + key);
            value.getStyleClass().add("kpi-value");
            Label change = new Label("");
            change.getStyleClass().add("kpi-change");
            VBox tile = new VBox(2, name, value, change);
            tile.getStyleClass().add("kpi-tile");
            tiles.put(key, new Label[] {value, change});
            pane.getChildren().add(tile);
        }
    }

    FlowPane node() { return pane; }

    void show(SalesFigures now, SalesFigures before, Currency currency) {
        set("revenue", money(now.revenue(), currency), change(now.revenue(), before.revenue()));
        set("orders", count(now.orders()), change(now.orders(), before.orders()));
        set("aov", money(now.averageOrderValue(), currency), change(now.averageOrderValue(), before.averageOrderValue()));
        String marginShare = now.revenue() == 0 ? "" : " (" + percent((double) now.margin() / now.revenue()) + ")";
        set("margin", money(now.margin(), currency) + marginShare, change(now.margin(), before.margin()));
        set("refundRate", percent(now.refundRate()), Messages.get("sales.view.kpi.before", percent(before.refundRate())));
        set("cancelled", percent(now.cancelledShare()), Messages.get("sales.view.kpi.before", percent(before.cancelledShare())));
        set("customers", Messages.get("sales.view.kpi.customersValue", count(now.newCustomers()),
                count(now.returningCustomerOrders())), change(now.newCustomers(), before.newCustomers()));
        set("taxShipping", money(now.tax(), currency) + " · " + money(now.shipping(), currency), "");
    }

    String value(String key) { return tiles.get(key)[0].getText(); }

    private void set(String key, String value, String change) {
        tiles.get(key)[0].setText(value);
        tiles.get(key)[1].setText(change);
    }

    /** "+12.5% vs previous", "new" when there was nothing before. */
    private static String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? "" : Messages.get("sales.view.kpi.noBefore");
        }
        double ratio = (double) (now - before) / Math.abs(before);
        return Messages.get("sales.view.kpi.change", (ratio >= 0 ? "+" : "") + percent(ratio));
    }

    static String money(long minor, Currency currency) { return new Money(minor, currency).format(Messages.locale()); }

    static String count(long n) { return NumberFormat.getIntegerInstance(Messages.locale()).format(n); }

    static String percent(double ratio) {
        NumberFormat f = NumberFormat.getPercentInstance(Messages.locale());
        f.setMaximumFractionDigits(1);
        return f.format(ratio);
    }
}
