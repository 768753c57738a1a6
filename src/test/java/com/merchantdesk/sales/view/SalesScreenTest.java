package com.merchantdesk.sales.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.sales.BusinessDays;
import com.merchantdesk.sales.RebuildProgress;
import com.merchantdesk.shipping.ShippingPerformance;
import com.merchantdesk.shipping.demo.DemoShipping;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.testsupport.ScreenHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The real Sales screen on a real data folder: the figures and charts for the data, a range change updates them, a
 * reversed range is refused on its field, and the export writes a PNG and a PDF.
 */
class SalesScreenTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");

    @TempDir Path temp;
    private Host host;

    /** The screen in a window, with a save dialog that answers with a file in the test's folder. */
    static final class Host extends ScreenHost<SalesScreen> {
        Host(Path folder) { this(folder, NOW); }

        Host(Path folder, Instant now) { super(folder, new SettableClock(now), "sales-test-background"); }

        void open(SaveLocation save) throws Exception { show(context -> new SalesScreen(context, save)); }
    }

    @AfterEach
    void close() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    /** Paid orders of 2 × 10.00 today, 3 × 10.00 five days ago and 4 × 10.00 twenty days ago. */
    private void open(Path exportTo) throws Exception {
        FxToolkit.registerPrimaryStage();
        host = new Host(temp.resolve("data"));
        AppContext app = host.app;
        app.sales().rebuild(new BusinessDays(ZoneOffset.UTC, 0), RebuildProgress.NONE);
        Product p = app.catalog().save(new ProductInput(null, "Linen Tote", "", "Bags", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "TOTE-1", List.of(), "", "10.00", "", "4.00", "", "5")), List.of(), null), USD);
        String tote = p.skus().get(0).id();
        app.stock().adjust(new StockAdjustment(tote, MovementKind.RECEIVED, 12, "delivery", "", ""));
        SettableClock clock = (SettableClock) app.clock();
        for (int[] daysAgoAndUnits : new int[][] {{20, 4}, {5, 3}, {0, 2}}) {
            clock.set(NOW.minus(Duration.ofDays(daysAgoAndUnits[0])));
            app.orders().create(new OrderDraft(USD, Channel.PHONE, null, null, Address.EMPTY,
                    List.of(OrderDraft.LineDraft.of(tote, daysAgoAndUnits[1])), "", "", "", PaymentMethod.CASH, true, "",
                    MemoFlag.NONE, false), "test");
        }
        clock.set(NOW);
        host.open((owner, name, extension) -> Optional.of(exportTo.resolve(name)));
    }

    private String kpi(String key) { return onFx(() -> host.screen().kpis().value(key)); }

    private static String usd(long minor) { return new Money(minor, USD).format(Locale.ENGLISH); }

    @Test
    void theScreenShowsTheRangesFiguresAndChartsAndARangeChangeUpdatesThem() throws Exception {
        open(temp);
        await("the last 30 days are shown", () -> usd(9 * 1000).equals(kpi("revenue")));
        assertThat(kpi("orders")).isEqualTo("3");
        assertThat(kpi("margin")).startsWith(usd(9 * 600));
        int days = onFx(() -> ((XYPlot) host.screen().revenueChart().getPlot()).getDataset(0).getItemCount(0));
        assertThat(days).isEqualTo(30);
        await("the restock list names the tote (3 left, reorder at 5)",
                () -> onFx(() -> host.screen().model().restock.size()) == 1);

        runFx(() -> host.screen().model().preset.set(RangePreset.LAST_7_DAYS));
        await("the last 7 days are shown", () -> usd(5 * 1000).equals(kpi("revenue")));
        assertThat(kpi("orders")).isEqualTo("2");
        assertThat(onFx(() -> ((XYPlot) host.screen().revenueChart().getPlot()).getDataset(0).getItemCount(0))).isEqualTo(7);

        // A reversed range is refused on its field and changes nothing.
        runFx(() -> {
            host.screen().model().to.set(LocalDate.of(2026, 3, 1));
            host.screen().model().from.set(LocalDate.of(2026, 3, 10));
        });
        await("the error is on the last day", () -> !onFx(() -> ((Label) host.stage().getScene().lookup("#sales-to-error"))
                .getText()).isEmpty());
        assertThat(kpi("revenue")).isEqualTo(usd(5 * 1000));

        // Two quick changes: the first one's answer, if late, is dropped.
        runFx(() -> {
            host.screen().model().from.set(LocalDate.of(2026, 3, 1));
            host.screen().model().to.set(LocalDate.of(2026, 3, 10));
        });
        await("a custom range is shown", () -> usd(4 * 1000).equals(kpi("revenue")));
        assertThat(onFx(() -> ((Label) host.stage().getScene().lookup("#sales-to-error")).getText())).isEmpty();
        assertThat(onFx(() -> topRows())).isPositive();

        // One channel: the figures and the top products are its own (the stall sold nothing in the range).
        runFx(() -> host.screen().model().channel.set(Channel.STALL));
        await("the stall's figures are shown", () -> usd(0).equals(kpi("revenue")));
        await("the stall's top products: none", () -> onFx(() -> topRows()) == 0);
    }

    @Test
    void eachChartIsExportedAsPngAndPdf() throws Exception {
        Path exports = Files.createDirectories(temp.resolve("exports"));
        open(exports);
        await("the figures are shown", () -> usd(9 * 1000).equals(kpi("revenue")));
        MenuButton export = onFx(() -> (MenuButton) host.stage().getScene().lookup("#sales-export"));
        for (String id : List.of("sales-export-revenue-png", "sales-export-channels-pdf", "sales-export-csv")) {
            runFx(() -> export.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
        }
        Path png = exports.resolve("sales-revenue-2026-03-01-2026-03-30.png");
        Path pdf = exports.resolve("sales-channels-2026-03-01-2026-03-30.pdf");
        Path csv = exports.resolve("sales-2026-03-01-2026-03-30.csv");
        // Each is written in the background; the PNG is moved into place whole, the others are done when complete.
        await("the files are written", () -> Files.exists(png) && Files.exists(pdf) && Files.exists(csv)
                && new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF")
                && Files.readAllLines(csv).size() == 31);
        assertThat(host.status.messageProperty().get()).startsWith("Saved");
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P');
        assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.readAllLines(csv)).hasSize(31).element(30).asString().startsWith("2026-03-30,1,20.00");
    }

    @Test
    void theShippingChartShowsTheDemoParcelsPerCarrierAndService() throws Exception {
        FxToolkit.registerPrimaryStage();
        // A Tuesday afternoon (DemoShippingTest): the demo's parcels in every state, shipped over the last days.
        Instant tuesday = Instant.parse("2026-03-03T13:00:00Z");
        host = new Host(temp.resolve("data"), tuesday);
        AppContext app = host.app;
        app.sales().rebuild(new BusinessDays(ZoneOffset.UTC, 0), RebuildProgress.NONE);
        for (int i = 0; i < 12; i++) {
            Product p = app.catalog().save(new ProductInput(null, "Demo item " + i, "", "Demo", "active", List.of(),
                    List.of(new ProductInput.SkuInput(null, "DEMO-" + i, List.of(), "", "10.00", "", "", "", "0")), List.of(), null),
                    USD);
            app.stock().adjust(new StockAdjustment(p.skus().get(0).id(), MovementKind.RECEIVED, 100, "delivery", "", ""));
        }
        app.shipping().savePolicy(app.shipping().policy().withShop("KR", "UTC"));
        assertThat(new DemoShipping(app).fillIfEmpty()).isPositive();
        List<ShippingPerformance> counted = app.shipping().performance(Instant.parse("2026-02-02T00:00:00Z"),
                Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(counted).as("the demo has parcels shipped in the last 30 days").isNotEmpty();
        host.open((owner, name, extension) -> Optional.empty());

        await("the shipping chart shows a bar pair per carrier and service", () -> onFx(() ->
                host.screen().shippingChart() != null
                        && host.screen().shippingChart().getCategoryPlot().getDataset().getColumnCount() == counted.size()));
        CategoryDataset bars = onFx(() -> host.screen().shippingChart().getCategoryPlot().getDataset());
        for (int i = 0; i < counted.size(); i++) {
            ShippingPerformance p = counted.get(i);
            assertThat(bars.getColumnKey(i)).isEqualTo(p.carrierCode() + " " + p.serviceCode());
            assertThat(bars.getValue(0, i).doubleValue()).isEqualTo(100.0 * p.shippedOnTime() / p.shipped());
        }
        assertThat(onFx(() -> host.screen().shippingChart().getTitle().getText()))
                .isEqualTo(com.merchantdesk.i18n.Messages.get("sales.view.chart.shipping"));
        assertThat(onFx(() -> host.stage().getScene().lookup("#sales-shipping-chart").isVisible())).isTrue();
    }

    private int topRows() {
        return ((javafx.scene.control.TableView<?>) host.stage().getScene().lookup("#sales-top")).getItems().size();
    }
}
