package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.sync.client.PlatformEndpoint;
import com.merchantdesk.sync.Sleeper;
import com.merchantdesk.sync.SyncSetup;
import com.merchantdesk.sync.OutboxRows;
import com.merchantdesk.sync.apply.ConflictView;
import com.merchantdesk.sync.apply.MergingApplier;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.apply.RecordApplier;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.push.Acknowledgements;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.testsupport.ScreenHost;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync screen and the window's runner on the real sandbox platform in this process: conflicts resolved from the
 * screen with each of the three choices (and the platform ends with the chosen values), a failed change retried and
 * one discarded after the confirmation said what goes with it, a platform order line mapped to a desk SKU found with
 * the product search, an after-sale request refused (the answer reaches the platform), and the status bar's counts
 * following the engine.
 */
class SyncScreenTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final String TOKEN = "sync-screen-token-0123456789";
    private static final String OBSERVER = "sync-screen-observer-0123456789";

    @TempDir Path temp;
    private SandboxServer server;
    private Host host;
    private SyncWatcher watcher;
    private final ScreenRobot robot = new ScreenRobot();
    private final HttpClient http = HttpClient.newHttpClient();
    private boolean withoutPlatformCatalogue;

    /** The screen and the runner in a window, the runner's engine on the test's sandbox (no waiting out failures). */
    final class Host extends ScreenHost<SyncScreen> {
        Host(Path folder) { super(folder, new SettableClock(START), "sync-screen-test-background"); }

        void open(Path deskFolder) throws Exception {
            show(context -> {
                SyncRunner runner = new SyncRunner(app.database(), () -> Optional.of(SyncSetup.engine(app.database(),
                        deskFolder, new PlatformClient(endpoint()), appliers(), new Acknowledgements(), Sleeper.REAL,
                        app.clock(), "Test desk")), app.clock(), context.background(), Duration.ZERO);
                watcher = SyncWatcher.start(runner, context);
                return new SyncScreen(context);
            });
        }
    }

    @BeforeEach
    void start() throws Exception {
        // As PlatformSettingsSectionTest: a window an earlier FX test class left ticking (a To ship cockpit) submits
        // to its closed executor, and TestFX would report that in whichever FX test runs next.
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = false;
        Database db = SandboxDatabase.open(temp.resolve("platform"));
        db.write(c -> {
            Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), OBSERVER, "the test's own look", START);
            return Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), TOKEN, "test", START);
        });
        server = SandboxServer.start(SandboxOptions.loopback(new SettableClock(START)).withRate(1_000_000, 1_000_000), db,
                line -> { }, "admin-token-0123456789");
        FxToolkit.registerPrimaryStage();
        host = new Host(temp.resolve("desk"));
    }

    @AfterEach
    void stop() throws Exception {
        if (watcher != null) {
            runFx(watcher::close);
        }
        if (host != null) {
            host.close();
        }
        server.close();
        WaitForAsyncUtils.autoCheckException = true;
    }

    private PlatformEndpoint endpoint() { return new PlatformEndpoint(server.baseUri(), http, () -> TOKEN); }

    /** The desk's appliers, or (for the mapping test) all but the platform's products and SKUs. */
    private PulledChanges appliers() {
        if (withoutPlatformCatalogue) {
            List<RecordApplier> all = new ArrayList<>();
            for (ChangeKind kind : ChangeKind.values()) {
                if (kind == ChangeKind.PRODUCT || kind == ChangeKind.SKU) {
                    all.add(new RecordApplier() {
                        @Override public ChangeKind kind() { return kind; }

                        @Override public void apply(Connection c, Change change) { }
                    });
                }
            }
            PulledChanges standard = PulledChanges.standard();
            for (ChangeKind kind : ChangeKind.values()) {
                if (kind != ChangeKind.PRODUCT && kind != ChangeKind.SKU && standard.hasHome(kind)) {
                    all.add(new RecordApplier() {
                        @Override public ChangeKind kind() { return kind; }

                        @Override public void apply(Connection c, Change change) throws java.sql.SQLException {
                            standard.apply(c, change);
                        }
                    });
                }
            }
            return new PulledChanges(all, new com.merchantdesk.sales.SalesLedger());
        }
        return standardWithout();
    }

    /** The desk keeps products, SKUs and customers; other kinds (desks, orders) are not this test's. */
    private static PulledChanges standardWithout() {
        List<RecordApplier> all = new ArrayList<>(List.of(MergingApplier.products(), MergingApplier.skus(),
                MergingApplier.customers()));
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind != ChangeKind.PRODUCT && kind != ChangeKind.SKU && kind != ChangeKind.CUSTOMER) {
                all.add(new RecordApplier() {
                    @Override public ChangeKind kind() { return kind; }

                    @Override public void apply(Connection c, Change change) { }
                });
            }
        }
        return new PulledChanges(all);
    }

    private SyncRunner runner() { return watcher.runner(); }

    /** Runs sync now from the FX thread and waits for that run's end (never a fixed sleep). */
    private void syncNow() {
        int[] before = new int[1];
        await("a run can start", () -> {
            if (runner().runningProperty().get()) {
                return false;
            }
            before[0] = runner().runsFinishedProperty().get();
            runner().syncNow();
            return true;
        });
        await("the run ended", () -> runner().runsFinishedProperty().get() > before[0] && !runner().runningProperty().get());
    }

    private String indicator(String id) {
        return onFx(() -> host.status.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                .map(StatusBarModel.Indicator::text).map(t -> t.get()).orElseThrow());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + OBSERVER).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return PlatformJson.mapper().readTree(r.body());
    }

    private void patchOnThePlatform(String path, long baseVersion, String changes) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + OBSERVER).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"base_version\":" + baseVersion + ",\"changes\":" + changes + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("PATCH %s: %s", path, r.body()).isBetween(200, 299);
    }

    private void clickRow(String tableId, java.util.function.Predicate<Object> item) {
        await("the row is shown", () -> robot.lookup(tableId + " .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && item.test(r.getItem())).tryQuery().isPresent());
        Node row = onFx(() -> robot.lookup(tableId + " .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && item.test(r.getItem())).query());
        robot.clickOn(row);
    }

    @Test
    void conflictsAreResolvedFromTheScreenWithEachOfTheThreeChoices() throws Exception {
        Product knife = host.app.catalog().save(new ProductInput(null, "Chef's Knife", "Forged steel.", "Kitchen", "active",
                List.of(), List.of(new ProductInput.SkuInput(null, "KNIFE-1", List.of(), "", "58.90", "", "", "", "3")),
                List.of(), null), USD);
        host.open(temp.resolve("desk"));
        syncNow();
        await("the knife is on the platform", () -> host.app.database().read(c -> Outbox.pendingCount(c)) == 0);
        long version = get("/v1/products/" + knife.id()).get("version").asLong();

        // Both sides change the same three fields since they last agreed.
        patchOnThePlatform("/v1/products/" + knife.id(), version,
                "{\"title\":\"Chef Knife 20cm\",\"description\":\"Platform words.\",\"category\":\"Cooking\"}");
        Sku sku = knife.skus().get(0);
        host.app.catalog().save(new ProductInput(knife.id(), "Chef's Knife (forged)", "Desk words.", "Knives", "active",
                List.of(), List.of(new ProductInput.SkuInput(sku.id(), "KNIFE-1", List.of(), "", "58.90", "", "", "", "3")),
                knife.images(), knife.createdAt()), USD);
        syncNow();
        runFx(() -> SyncLink.of(host.status).section.set(SyncScreen.CONFLICTS));
        await("three conflicts are listed", () -> host.screen().conflicts().rows().size() == 3);
        await("the status bar counts them", () -> "3 conflicts".equals(indicator("sync-conflicts")));

        clickRow("#sync-conflicts-table", k -> ((ConflictView) k).field().equals("title"));
        robot.clickOn("#sync-keep-mine");
        await("title settled", () -> host.screen().conflicts().rows().size() == 2);
        clickRow("#sync-conflicts-table", k -> ((ConflictView) k).field().equals("description"));
        robot.clickOn("#sync-take-theirs");
        await("description settled", () -> host.screen().conflicts().rows().size() == 1);
        clickRow("#sync-conflicts-table", k -> ((ConflictView) k).field().equals("category"));
        assertThat(onFx(() -> robot.lookup("#sync-edit-value").queryAs(TextField.class).getText()))
                .as("the edit starts from the desk's value").isEqualTo("Knives");
        runFx(() -> robot.lookup("#sync-edit-value").queryAs(TextField.class).setText("Cutlery"));
        robot.clickOn("#sync-edit");
        await("the edit is answered", () -> host.screen().conflicts().rows().isEmpty()
                || !host.screen().conflicts().errorProperty().get().isEmpty());
        assertThat(onFx(() -> host.screen().conflicts().errorProperty().get())).as("refusal").isEmpty();
        await("the status bar has no conflicts", () -> indicator("sync-conflicts").isEmpty());

        syncNow();
        JsonNode onPlatform = get("/v1/products/" + knife.id());
        assertThat(onPlatform.get("title").asText()).as("keep mine").isEqualTo("Chef's Knife (forged)");
        assertThat(onPlatform.get("description").asText()).as("take theirs").isEqualTo("Platform words.");
        assertThat(onPlatform.get("category").asText()).as("edited").isEqualTo("Cutlery");
        Product onDesk = host.app.catalog().find(knife.id()).orElseThrow();
        assertThat(List.of(onDesk.title(), onDesk.description(), onDesk.category()))
                .containsExactly("Chef's Knife (forged)", "Platform words.", "Cutlery");
    }

    @Test
    void aFailedChangeIsRetriedAndAnotherIsDiscardedWithWhatWaitsOnIt() throws Exception {
        host.open(temp.resolve("desk"));
        syncNow();
        // Every customer create fails (the platform is busy) while this test wants it to.
        server.faults().add(new FaultRule(null, "POST", "/v1/customers", null, 1, 1000, FaultAction.ERROR, 503, null,
                null, null, null, null));
        Customer kim = saveCustomer("Kim Minji");
        Customer lee = saveCustomer("Lee Jiwoo");
        host.app.customers().save(new CustomerInput(lee.id(), "Lee Jiwoo", "010-5555-0000", "", lee.address(), ""));
        runFx(() -> host.status.changesSaved());
        await("the status bar counts three waiting", () -> "3 waiting".equals(indicator("sync-pending")));
        syncNow();
        await("a failed change is counted", () -> !indicator("sync-failed").isEmpty());
        await("the outbox lists the failures", () -> host.screen().outbox().rows().stream()
                .anyMatch(r -> r.state() == OutboxState.FAILED && r.recordName().equals("Kim Minji")));
        assertThat(onFx(() -> host.screen().outbox().rows().stream().filter(r -> r.recordName().equals("Kim Minji"))
                .findFirst().map(OutboxWords::error).orElseThrow())).as("the error in the seller's words")
                .startsWith("The platform could not take it yet");

        // Discard Lee's new record: the confirmation says the later change goes with it.
        clickRow("#sync-outbox-table", r -> ((OutboxRows.Row) r).recordName().equals("Lee Jiwoo")
                && ((OutboxRows.Row) r).operation().equals("create"));
        robot.clickOn("#sync-discard");
        await("the confirmation is shown", () -> robot.lookup("#sync-discard-dialog").tryQuery().isPresent());
        String said = onFx(() -> robot.lookup("#sync-discard-dialog .content").queryAs(Label.class).getText());
        assertThat(said).contains("Customer 'Lee Jiwoo': new will never reach the platform")
                .contains("This change also goes, because it waits on it:").contains("Customer: changes");
        robot.clickDialogButton("Discard");
        await("Lee's changes are gone", () -> host.app.database().read(c -> Outbox.pending(c, 10)).stream()
                .noneMatch(e -> e.entityId().equals(lee.id())));

        // Retry Kim's: queued again, and it goes once the platform takes customers again.
        clickRow("#sync-outbox-table", r -> ((OutboxRows.Row) r).recordName().equals("Kim Minji"));
        robot.clickOn("#sync-retry");
        await("Kim's change waits to be sent again", () -> host.screen().outbox().rows().stream()
                .anyMatch(r -> r.recordName().equals("Kim Minji") && r.state() == OutboxState.QUEUED));
        server.faults().clear();
        syncNow();
        assertThat(get("/v1/customers/" + kim.id()).get("name").asText()).isEqualTo("Kim Minji");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/customers/" + lee.id()))
                .header("Authorization", "Bearer " + OBSERVER).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("the discarded customer never reached the platform").isEqualTo(404);
        await("nothing waits or failed", () -> indicator("sync-pending").isEmpty() && indicator("sync-failed").isEmpty());
        assertThat(onFx(() -> runner().onlineProperty().get())).isTrue();
    }

    @Test
    void aLineIsMappedToADeskSkuAndAnAfterSaleRequestIsAnswered() throws Exception {
        // The platform's demo account: a year of online orders with after-sale requests. This desk keeps none of
        // the platform's products or SKUs, so every pulled line names a SKU it does not know.
        var seeded = com.merchantdesk.sandbox.demo.DemoAccount.seed(server.database(), "alpha", USD, START);
        com.merchantdesk.sandbox.demo.DemoOrders.writeYear(server.database(), "alpha", seeded.onSale(), START,
                java.time.ZoneOffset.UTC, done -> { });
        withoutPlatformCatalogue = true;
        Product mug = host.app.catalog().save(new ProductInput(null, "Desk Mug", "", "Kitchen", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "DESK-MUG", List.of(), "", "12.00", "", "", "", "0")), List.of(), null), USD);
        host.open(temp.resolve("desk"));
        syncNow();
        runFx(() -> SyncLink.of(host.status).section.set(SyncScreen.MAPPING));
        await("lines to map are listed", () -> !host.screen().mapping().lines().isEmpty());
        int before = onFx(() -> host.screen().mapping().lines().size());
        String lineId = onFx(() -> host.screen().mapping().lines().get(0).lineId());

        clickRow("#sync-mapping-table", l -> ((com.merchantdesk.orders.LineMapping.LineToMap) l).lineId().equals(lineId));
        runFx(() -> robot.lookup("#sync-mapping-search").queryAs(TextField.class).setText("DESK-MUG"));
        await("the desk's SKU is found and chosen", () -> host.screen().mapping().selectedSkuProperty().get() != null
                && "DESK-MUG".equals(host.screen().mapping().selectedSkuProperty().get().code()));
        robot.clickOn("#sync-map");
        await("the line is mapped", () -> host.screen().mapping().lines().stream().noneMatch(l -> l.lineId().equals(lineId))
                || !host.screen().mapping().errorProperty().get().isEmpty());
        assertThat(onFx(() -> host.screen().mapping().errorProperty().get())).isEmpty();
        assertThat(onFx(() -> host.screen().mapping().lines().size())).isEqualTo(before < MappingModel.LIMIT ? before - 1 : MappingModel.LIMIT);
        String mappedTo = host.app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT s.code FROM order_line l JOIN sku s ON s.sku_no = l.sku_no "
                    + "WHERE l.platform_line_id = ? AND l.unmapped_sku IS NULL")) {
                ps.setBytes(1, com.merchantdesk.store.Ids.toBytes(UUID.fromString(lineId)));
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        assertThat(mappedTo).isEqualTo(mug.skus().get(0).code());

        runFx(() -> SyncLink.of(host.status).section.set(SyncScreen.AFTER_SALE));
        await("an open request is listed", () -> host.screen().afterSales().requests().stream()
                .anyMatch(r -> r.state() == com.merchantdesk.platform.AfterSaleState.OPEN));
        String requestId = onFx(() -> host.screen().afterSales().requests().stream()
                .filter(r -> r.state() == com.merchantdesk.platform.AfterSaleState.OPEN).findFirst().orElseThrow().id());
        clickRow("#sync-after-sale-table", r -> ((com.merchantdesk.orders.AfterSaleRequest) r).id().equals(requestId));
        runFx(() -> robot.lookup("#sync-after-sale-note").queryAs(TextField.class).setText("Worn, sorry"));
        robot.clickOn("#sync-after-sale-refuse");
        await("the request is answered", () -> host.screen().afterSales().requests().stream()
                .noneMatch(r -> r.id().equals(requestId)) || !host.screen().afterSales().errorProperty().get().isEmpty());
        assertThat(onFx(() -> host.screen().afterSales().errorProperty().get())).isEmpty();
        syncNow();
        assertThat(get("/v1/after-sales/" + requestId).get("state").asText()).as("the answer reached the platform")
                .isEqualTo("rejected");
    }

    private Customer saveCustomer(String name) {
        return host.app.customers().save(new CustomerInput(null, name, "010-1234-5678", "", new Address(name, "",
                "12 Teheran-ro", "", "Seoul", "", "06234", "KR"), ""));
    }
}
