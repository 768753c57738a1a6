package com.merchantdesk.sales.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.BusinessDays;
import com.merchantdesk.sales.Granularity;
import com.merchantdesk.sales.RestockLine;
import com.merchantdesk.sales.SalesFigures;
import com.merchantdesk.sales.TopSku;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.ControlStyles;
import com.merchantdesk.ui.controls.TableColumns;
import com.merchantdesk.ui.controls.ToolButtons;
import com.merchantdesk.ui.shell.LazyScreen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenEntry;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Sales screen (issue 17): a range (presets or two days, checked on the fields), grouping and channel; the
 * figures with their change against the previous period; revenue and orders over time with the previous period;
 * revenue by channel; shipping performance per carrier and service (parcels shipped in the range, same channels); top SKUs by revenue, units or margin; the restock list. Charts follow the theme and language,
 * show exact amounts in tooltips, zoom with a drag, and export as PNG or PDF, their data as CSV.
 */
public final class SalesScreen extends LazyScreen {

    public static final String ID = "sales";
    public static final ScreenEntry ENTRY = new ScreenEntry(ID, "sales.view.title", Feather.BAR_CHART_2, SalesScreen::new);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final ScreenContext context;
    private final BackgroundRunner work;
    private final SalesViewModel model;
    private final SaveLocation saveLocation;
    private final KpiTiles kpis = new KpiTiles();
    private final ChartViewer revenueViewer = new ChartViewer(null);
    private final ChartViewer channelViewer = new ChartViewer(null);
    private final ChartViewer shippingViewer = new ChartViewer(null);
    private final TableView<TopSku> top = new TableView<>();
    private final ChoiceBox<TopSku.By> rankBy = new ChoiceBox<>(FXCollections.observableArrayList(TopSku.By.values()));
    private final TableView<RestockLine> restock = new TableView<>();
    private final Label notes = new Label();
    /** Says the top products are of every channel while one channel is chosen (the SKU summaries have no channel). */
    private Node toolbar;

    public SalesScreen(ScreenContext context) { this(context, new NativeSaveLocation()); }

    public SalesScreen(ScreenContext context, SaveLocation saveLocation) {
        super(ENTRY);
        this.context = context;
        this.saveLocation = saveLocation;
        this.work = new BackgroundRunner(context.background(), context.status());
        this.model = new SalesViewModel(context.app(), work);
    }

    @Override
    protected void reload() { model.load(); }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return Map.of(REFRESH, model::load); }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return Map.of(REFRESH, "sales.view.action.refresh"); }

    @Override
    public Node toolbar() {
        if (toolbar == null) {
            MenuButton export = new MenuButton(Messages.get("sales.view.export.menu"));
            export.setId("sales-export");
            export.getItems().addAll(
                    exportItem("sales-export-revenue-png", "sales.view.export.revenuePng", this::revenueChart, "revenue", "png"),
                    exportItem("sales-export-revenue-pdf", "sales.view.export.revenuePdf", this::revenueChart, "revenue", "pdf"),
                    exportItem("sales-export-channels-png", "sales.view.export.channelsPng", this::channelChart, "channels", "png"),
                    exportItem("sales-export-channels-pdf", "sales.view.export.channelsPdf", this::channelChart, "channels", "pdf"),
                    exportItem("sales-export-shipping-png", "sales.view.export.shippingPng", this::shippingChart, "shipping", "png"),
                    exportItem("sales-export-shipping-pdf", "sales.view.export.shippingPdf", this::shippingChart, "shipping", "pdf"),
                    csvItem(), shippingCsvItem());
            export.disableProperty().bind(model.loaded.isNull());
            Button basis = ToolButtons.labelled("sales-basis", Feather.CLOCK, "sales.view.basis.button", null, this::editBasis);
            basis.disableProperty().bind(model.loaded.isNull().or(model.busy));
            Button refresh = ToolButtons.icon("sales-refresh", Feather.REFRESH_CW, "sales.view.action.refresh", REFRESH,
                    model::load);
            toolbar = new HBox(8, export, basis, refresh);
        }
        return toolbar;
    }

    @Override
    protected Node build() {
        VBox page = new VBox(12, filters(), kpis.node(), notes, charts(), tables());
        page.setPadding(new Insets(12));
        notes.setId("sales-notes");
        notes.getStyleClass().add("text-muted");
        notes.setWrapText(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setId("sales-screen");
        ControlStyles.addTo(root.getStylesheets(), SalesScreen.class.getResource("sales.css").toExternalForm());
        model.loaded.addListener((o, before, now) -> show(now));
        model.restock.addListener((javafx.collections.ListChangeListener<RestockLine>) c -> restock.getItems().setAll(model.restock));
        return root;
    }

    private Node filters() {
        ChoiceBox<RangePreset> preset = new ChoiceBox<>(FXCollections.observableArrayList(RangePreset.values()));
        preset.setId("sales-preset");
        preset.setConverter(ChoiceLabels.of(p -> Messages.get(p.messageKey())));
        preset.valueProperty().bindBidirectional(model.preset);
        DatePicker from = datePicker("sales-from", model.from);
        DatePicker to = datePicker("sales-to", model.to);
        Label fromError = errorLabel("sales-from-error", model.fromError);
        Label toError = errorLabel("sales-to-error", model.toError);
        ChoiceBox<Granularity> by = new ChoiceBox<>(FXCollections.observableArrayList(Granularity.values()));
        by.setId("sales-by");
        by.setConverter(ChoiceLabels.of(g -> Messages.get(g.messageKey())));
        by.valueProperty().bindBidirectional(model.by);
        // A choice box shows nothing for a null value, so "all channels" is an entry of its own.
        List<ChannelChoice> channels = new ArrayList<>();
        channels.add(ChannelChoice.ALL);
        Arrays.stream(Channel.values()).map(ChannelChoice::new).forEach(channels::add);
        ChoiceBox<ChannelChoice> channel = new ChoiceBox<>(FXCollections.observableArrayList(channels));
        channel.setId("sales-channel");
        channel.setConverter(ChoiceLabels.of(c -> c.channel() == null ? Messages.get("sales.view.channel.all")
                : Messages.get(c.channel().messageKey())));
        channel.setValue(ChannelChoice.ALL);
        channel.valueProperty().addListener((o, a, b) -> model.channel.set(b == null ? null : b.channel()));
        Label counting = new Label();
        counting.setId("sales-counting");
        counting.textProperty().bind(model.counting);
        HBox bar = new HBox(8, new Label(Messages.get("sales.view.range")), preset, new VBox(2, from, fromError),
                new Label("–"), new VBox(2, to, toError), new Label(Messages.get("sales.view.by")), by, channel, counting);
        bar.setAlignment(Pos.TOP_LEFT);
        return bar;
    }

    private DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> day) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(day);
        return picker;
    }

    private static Label errorLabel(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(text.isNotEmpty());
        return label;
    }

    private Node charts() {
        for (ChartViewer viewer : List.of(revenueViewer, channelViewer, shippingViewer)) {
            viewer.setPrefHeight(300);
            viewer.setMinHeight(240);
        }
        revenueViewer.setId("sales-revenue-chart");
        channelViewer.setId("sales-channel-chart");
        shippingViewer.setId("sales-shipping-chart");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(revenueViewer, 0, 0);
        grid.add(channelViewer, 1, 0);
        grid.setVgap(12);
        grid.add(shippingViewer, 0, 1, 2, 1);
        return grid;
    }

    private Node tables() {
        rankBy.setId("sales-rank-by");
        rankBy.setConverter(ChoiceLabels.of(b -> Messages.get(b.messageKey())));
        rankBy.setValue(TopSku.By.REVENUE);
        rankBy.valueProperty().addListener((o, a, b) -> showTop());
        top.setId("sales-top");
        top.setPlaceholder(new Label(Messages.get("sales.view.top.none")));
        top.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        top.getColumns().addAll(List.of(
                TableColumns.text("top-code", "sales.view.column.code", TopSku::code, 140),
                TableColumns.text("top-item", "sales.view.column.item", TopSku::label, 170),
                TableColumns.number("top-units", "sales.view.column.units", s -> KpiTiles.count(s.units()), 60),
                TableColumns.number("top-revenue", "sales.view.column.revenue", s -> money(s.revenue()), 95),
                TableColumns.number("top-margin", "sales.view.column.margin", s -> money(s.margin()), 95)));
        top.setPrefHeight(330);
        Label topTitle = new Label(Messages.get("sales.view.top.title"));
        topTitle.getStyleClass().add("section-title");
        HBox topHeader = new HBox(8, topTitle, spring(), new Label(Messages.get("sales.view.top.rankBy")), rankBy);
        topHeader.setAlignment(Pos.BASELINE_LEFT);
        VBox topBox = new VBox(6, topHeader, top);

        Spinner<Integer> days = new Spinner<>(1, 365, model.restockDays.get());
        days.setId("sales-restock-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.valueProperty().addListener((o, a, b) -> model.restockDays.set(b));
        Button export = ToolButtons.labelled("sales-restock-export", Feather.DOWNLOAD, "sales.view.restock.export", null,
                this::exportRestock);
        restock.setId("sales-restock");
        restock.setPlaceholder(new Label(Messages.get("sales.view.restock.none")));
        restock.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        restock.getColumns().addAll(List.of(
                TableColumns.text("restock-code", "sales.view.column.code", RestockLine::code, 140),
                TableColumns.text("restock-item", "sales.view.column.item", RestockLine::label, 150),
                TableColumns.number("restock-available", "sales.view.column.available", l -> KpiTiles.count(l.available()), 75),
                TableColumns.number("restock-reorder", "sales.view.column.reorderPoint", l -> KpiTiles.count(l.reorderPoint()), 85),
                TableColumns.number("restock-cover", "sales.view.column.cover", SalesScreen::cover, 75),
                TableColumns.number("restock-suggested", "sales.view.column.suggested", l -> KpiTiles.count(l.suggested()), 60)));
        restock.setPrefHeight(330);
        Label restockTitle = new Label(Messages.get("sales.view.restock.title"));
        restockTitle.getStyleClass().add("section-title");
        VBox restockBox = new VBox(6, new HBox(8, restockTitle, spring(), new Label(Messages.get("sales.view.restock.days")),
                days, export), restock);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(topBox, 0, 0);
        grid.add(restockBox, 1, 0);
        return grid;
    }

    private static Region spring() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void show(SalesViewModel.Loaded loaded) {
        if (loaded == null) {
            return;
        }
        ChartTheme theme = ChartTheme.of(loaded.theme());
        kpis.show(loaded.report().total(), loaded.report().previousTotal(), loaded.currency());
        revenueViewer.setChart(SalesCharts.revenue(loaded.report(), loaded.currency(), theme));
        channelViewer.setChart(SalesCharts.byChannel(loaded.report(), loaded.currency(), theme));
        shippingViewer.setChart(SalesCharts.shipping(loaded.shipping(), theme));
        showTop();
        SalesFigures total = loaded.report().total();
        List<String> lines = new ArrayList<>();
        BusinessDays days = loaded.report().days();
        lines.add(Messages.get("sales.view.basis.shown", days.zone().getId(), String.format(Locale.ROOT, "%02d:00",
                days.dayStartHour())));
        if (total.costEstimated()) {
            lines.add(Messages.get("sales.costEstimated"));
        }
        if (total.uncostedGoods() != 0) {
            lines.add(Messages.get("sales.view.uncosted", money(total.uncostedGoods())));
        }
        notes.setText(String.join("  ", lines));
    }

    private void showTop() {
        SalesViewModel.Loaded loaded = model.loaded.get();
        top.getItems().setAll(loaded == null ? List.of() : loaded.tops().getOrDefault(rankBy.getValue(), List.of()));
    }

    private String money(long minor) {
        SalesViewModel.Loaded loaded = model.loaded.get();
        return loaded == null ? "" : KpiTiles.money(minor, loaded.currency());
    }

    private static String cover(RestockLine l) {
        return l.coverDays() == null ? "–" : String.format(Messages.locale(), "%.1f", l.coverDays());
    }

    JFreeChart revenueChart() { return revenueViewer.getChart(); }

    JFreeChart channelChart() { return channelViewer.getChart(); }

    JFreeChart shippingChart() { return shippingViewer.getChart(); }

    private MenuItem exportItem(String id, String key, Supplier<JFreeChart> chart, String name, String extension) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(e -> exportChart(chart.get(), name, extension));
        return item;
    }

    private MenuItem csvItem() {
        MenuItem item = new MenuItem(Messages.get("sales.view.export.csv"));
        item.setId("sales-export-csv");
        item.setOnAction(e -> {
            SalesViewModel.Loaded loaded = model.loaded.get();
            choose("sales-" + loaded.report().range().from() + "-" + loaded.report().range().to() + ".csv", "csv")
                    .ifPresent(file -> save(file, () -> SalesCsv.writeReport(loaded.report(), loaded.currency(), file)));
        });
        return item;
    }

    private MenuItem shippingCsvItem() {
        MenuItem item = new MenuItem(Messages.get("sales.view.export.shippingCsv"));
        item.setId("sales-export-shipping-csv");
        item.setOnAction(e -> {
            SalesViewModel.Loaded loaded = model.loaded.get();
            choose("sales-shipping-" + loaded.report().range().from() + "-" + loaded.report().range().to() + ".csv", "csv")
                    .ifPresent(file -> save(file, () -> SalesCsv.writeShipping(loaded.shipping(), file)));
        });
        return item;
    }

    void exportChart(JFreeChart chart, String name, String extension) {
        SalesViewModel.Loaded loaded = model.loaded.get();
        if (chart == null || loaded == null) {
            return;
        }
        choose("sales-" + name + "-" + loaded.report().range().from() + "-" + loaded.report().range().to() + "." + extension,
                extension).ifPresent(file -> {
            // Drawn here, on the FX thread that owns the chart; written to disk in the background.
            BufferedImage image = ChartExport.draw(chart, extension.equals("pdf") ? 2 : 1);
            save(file, () -> {
                if (extension.equals("pdf")) {
                    ChartExport.writePdf(image, file);
                } else {
                    ChartExport.writePng(image, file);
                }
            });
        });
    }

    private void exportRestock() {
        List<RestockLine> lines = List.copyOf(model.restock);
        choose("restock.csv", "csv").ifPresent(file -> save(file, () -> SalesCsv.writeRestock(lines, file)));
    }

    private java.util.Optional<Path> choose(String suggested, String extension) {
        return saveLocation.choose(context.owner().get(), suggested, extension);
    }

    private interface FileWork {
        void write() throws Exception;
    }

    private void save(Path file, FileWork write) {
        work.run(() -> {
            write.write();
            return file;
        }, done -> context.status().show(Messages.get("sales.view.export.done", done)),
                error -> work.report("sales.view.error.export", error));
    }

    private void editBasis() {
        SalesViewModel.Loaded loaded = model.loaded.get();
        if (loaded == null) {
            return;
        }
        BasisDialog.ask(context.owner().get(), loaded.report().days()).ifPresent(model::changeBasis);
    }

    /** An entry of the channel choice; {@link #ALL} has no channel. */
    private record ChannelChoice(Channel channel) {
        static final ChannelChoice ALL = new ChannelChoice(null);
    }

    /** For tests: the view model. */
    SalesViewModel model() { return model; }

    KpiTiles kpis() { return kpis; }
}
