package com.merchantdesk.sales.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/** Chart colours and fonts for the app's light or dark theme (AtlantaFX Primer), so charts sit in the window. */
record ChartTheme(Color background, Color text, Color muted, Color grid, Color[] series, Color previous) {

    static final ChartTheme LIGHT = new ChartTheme(Color.WHITE, new Color(0x1f2328), new Color(0x59636e),
            new Color(0xd1d9e0), palette(), new Color(0x8c959f));
    static final ChartTheme DARK = new ChartTheme(new Color(0x0d1117), new Color(0xf0f6fc), new Color(0x9198a1),
            new Color(0x3d444d), palette(), new Color(0x656c76));

    static ChartTheme of(String themeName) { return "dark".equals(themeName) ? DARK : LIGHT; }

    /** Distinguishable on white and on near-black: blue, green, orange, purple, red. */
    private static Color[] palette() {
        return new Color[] {new Color(0x4493f8), new Color(0x3fb950), new Color(0xf0883e), new Color(0xab7df8),
                new Color(0xf85149)};
    }

    Paint seriesPaint(int i) { return series[i % series.length]; }

    /** Background, fonts, grid and legend of {@code chart} in this theme; the font family shows Korean and Chinese too. */
    void apply(JFreeChart chart, XYPlot plot) {
        Font base = chartAndLegend(chart);
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i), base);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i), base);
        }
    }

    /** The same for a chart of categories (carriers and services), with its "no data" message. */
    void apply(JFreeChart chart, CategoryPlot plot) {
        Font base = chartAndLegend(chart);
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setNoDataMessageFont(base);
        plot.setNoDataMessagePaint(muted);
        axis(plot.getDomainAxis(), base);
        axis(plot.getRangeAxis(), base);
    }

    private Font chartAndLegend(JFreeChart chart) {
        Font base = baseFont();
        chart.setBackgroundPaint(background);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(base.deriveFont(Font.BOLD, 14f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(base);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return base;
    }

    /**
     * The charts' font: for Korean, Chinese or Japanese the CJK family the window uses ({@code Themes.cjkFamily});
     * else the system's sans-serif. On screen the charts are drawn through FXGraphics2D, which asks JavaFX for the
     * font by family name, so it must be a family JavaFX has (a font loaded into Java2D alone drew boxes).
     */
    static Font baseFont() {
        return com.merchantdesk.ui.shell.Themes.cjkFamily(com.merchantdesk.i18n.Messages.locale())
                .map(family -> new Font(family, Font.PLAIN, 12))
                .orElseGet(() -> new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    private void axis(Axis axis, Font base) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(muted);
        axis.setTickLabelPaint(muted);
        axis.setLabelFont(base);
        axis.setTickLabelFont(base.deriveFont(11f));
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
    }
}
