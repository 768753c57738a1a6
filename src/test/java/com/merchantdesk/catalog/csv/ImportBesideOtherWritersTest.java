package com.merchantdesk.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.ChildJvm;
import com.merchantdesk.testsupport.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.merchantdesk.testsupport.WireRequests;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import reads and checks its file while other writers go on (it takes the write lock only to apply), and
 * what they change meanwhile is neither lost nor overwritten: the import notices and plans again.
 */
class ImportBesideOtherWritersTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir Path temp;
    private SettableClock clock;
    private AppContext app;
    private ProductCsvImporter importer;
    private ExecutorService other;

    @BeforeEach
    void open() {
        clock = new SettableClock(START);
        app = AppContext.open(new DataDirectory(temp.resolve("data")), clock);
        importer = new ProductCsvImporter(app.catalog(), clock);
        other = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() {
        other.shutdownNow();
        app.close();
    }

    @Test
    void otherWritersWriteWhileTheFileIsCheckedAndOnlyTheApplyHoldsTheLock() throws Exception {
        String skuId = shirt("Shirt", "first description").skus().get(0).id();
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 2_000, 3);
        AtomicInteger outside = new AtomicInteger();
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean wroteMeanwhile = new AtomicBoolean();

        ImportResult result = importer.importFile(file, USD, (done, total) -> {
            if (app.database().isWritingOnThisThread()) {
                inside.incrementAndGet();
                return;
            }
            outside.incrementAndGet();
            if (!wroteMeanwhile.get() && done * 2 > total) {
                // If the import held the write lock here, this write would wait for it: the get would time out.
                inOtherThread(() -> app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 4, "delivery", "", "")));
                wroteMeanwhile.set(true);
            }
        }, () -> false);

        assertThat(wroteMeanwhile).isTrue();
        assertThat(outside.get()).as("progress reported while reading, checking and staging").isGreaterThan(10);
        assertThat(inside.get()).as("progress reported while applying").isPositive();
        assertThat(result.productsCreated()).isPositive();
        assertThat(app.stock().onHand(skuId)).isEqualTo(4);
    }

    @Test
    void aProductEditedWhileTheFileIsCheckedKeepsTheEditTheFileDoesNotOverride() throws Exception {
        Product shirt = shirt("Shirt", "first description");
        // The file names title and price only: the description stays the catalogue's.
        Path file = CsvFixtures.file(temp.resolve("prices.csv"), false, "handle,title,sku,price", "shirt,Shirt from the file,TS-1,12.00");
        AtomicInteger plans = new AtomicInteger();

        ImportResult result = importer.importFile(file, USD, CsvProgress.NONE, () -> false, (phase, nanos) -> {
            if (phase == ImportPhases.Phase.CHECK && plans.incrementAndGet() == 1) {
                clock.advance(Duration.ofSeconds(1));
                inOtherThread(() -> app.catalog().save(edit(shirt, "edited meanwhile"), USD));
            }
        });

        assertThat(plans.get()).as("planned again after the edit").isEqualTo(2);
        assertThat(result.productsUpdated()).isEqualTo(1);
        Product after = app.catalog().find(shirt.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("Shirt from the file");
        assertThat(after.description()).isEqualTo("edited meanwhile");
        assertThat(after.skus().get(0).price().toPlainString()).isEqualTo("12.00");
    }

    @Test
    void aCodeTakenWhileTheFileIsCheckedMakesTheFileUpdateThatProduct() throws Exception {
        Path file = CsvFixtures.file(temp.resolve("new.csv"), false, "handle,title,sku,price,on_hand", "cap,Cap,CAP-1,9.00,5");
        AtomicInteger plans = new AtomicInteger();

        ImportResult result = importer.importFile(file, USD, CsvProgress.NONE, () -> false, (phase, nanos) -> {
            if (phase == ImportPhases.Phase.STAGE && plans.incrementAndGet() == 1) {
                inOtherThread(() -> app.catalog().save(product("Cap made in the window", "", "CAP-1"), USD));
            }
        });

        assertThat(plans.get()).isEqualTo(2);
        assertThat(result.productsCreated()).isZero();
        assertThat(result.productsUpdated()).isEqualTo(1);
        assertThat(CsvFixtures.catalogue(app)).singleElement().satisfies(line -> {
            assertThat(line).startsWith("CAP-1 | Cap | ");
            assertThat(line).endsWith(" | 5");
        });
    }

    @Test
    void whenTheCatalogueKeepsChangingTheLastTryPlansInsideTheWriteAndFinishes() throws Exception {
        Product shirt = shirt("Shirt", "first description");
        Path file = CsvFixtures.file(temp.resolve("prices.csv"), false, "handle,title,sku,price,on_hand", "shirt,Shirt,TS-1,15.00,7");
        AtomicInteger plansOutside = new AtomicInteger();

        ImportResult result = importer.importFile(file, USD, CsvProgress.NONE, () -> false, (phase, nanos) -> {
            if (phase == ImportPhases.Phase.CHECK) {
                int n = plansOutside.incrementAndGet();
                clock.advance(Duration.ofSeconds(1));
                inOtherThread(() -> app.catalog().save(edit(shirt, "edit " + n), USD));
            }
        });

        assertThat(plansOutside.get()).isEqualTo(ProductCsvImporter.ATTEMPTS - 1);
        assertThat(result.productsUpdated()).isEqualTo(1);
        assertThat(result.stockMovements()).isEqualTo(1);
        Product after = app.catalog().find(shirt.id()).orElseThrow();
        assertThat(after.description()).isEqualTo("edit " + (ProductCsvImporter.ATTEMPTS - 1));
        assertThat(after.skus().get(0).price().toPlainString()).isEqualTo("15.00");
        assertThat(app.stock().onHand(after.skus().get(0).id())).isEqualTo(7);
    }

    @Test
    void countsWrittenInBulkCarryTheLedgersOutboxPayload() throws Exception {
        String skuId = shirt("Shirt", "").skus().get(0).id();
        Path file = CsvFixtures.file(temp.resolve("count.csv"), false, "handle,title,sku,price,on_hand", "shirt,Shirt,TS-1,10.00,9");
        importer.importFile(file, USD);
        JsonNode bulk = stockPayloads().get(0);

        // The same count recorded one by one, as a manual stocktake does.
        clock.advance(Duration.ofSeconds(1));
        app.database().write(c -> new StockLedger().record(c, skuId, MovementKind.COUNTED, 2, ProductCsvImporter.STOCK_REASON,
                "", "count.csv", clock.instant()));
        JsonNode single = stockPayloads().get(1);

        assertThat(fieldNames(bulk)).containsExactlyElementsOf(fieldNames(single));
        assertThat(bulk.get("sku_id").asText()).isEqualTo(skuId);
        assertThat(bulk.get("reason").asText()).isEqualTo("counted");
        assertThat(bulk.get("delta").asLong()).isEqualTo(9);
        assertThat(bulk.get("note").asText()).isEqualTo(ProductCsvImporter.STOCK_REASON);
        assertThat(bulk.get("at").asText()).isEqualTo(START.toString());
        assertThat(bulk.get("id").asText()).isEqualTo(app.stock().history(skuId, 10).get(1).id());
        WireRequests.assertAccepted("POST", "/v1/stock/adjustments", bulk.toString());
        WireRequests.assertAccepted("POST", "/v1/stock/adjustments", single.toString());
    }

    @Test
    void cancelledAfterCheckingLeavesTheCatalogueAndNoScratchFile() throws Exception {
        shirt("Shirt", "");
        CsvFixtures.Snapshot before = CsvFixtures.snapshot(app);
        List<Path> scratchBefore = scratchFiles();
        Path file = LargeCsvFiles.write(temp.resolve("big.csv"), 500, 5);
        AtomicBoolean cancel = new AtomicBoolean();

        assertThatThrownBy(() -> importer.importFile(file, USD, CsvProgress.NONE, cancel::get, (phase, nanos) -> {
            if (phase == ImportPhases.Phase.CHECK) {
                cancel.set(true);
            }
        })).isInstanceOf(CancellationException.class);

        assertThat(CsvFixtures.snapshot(app)).isEqualTo(before);
        assertThat(scratchFiles()).containsExactlyInAnyOrderElementsOf(scratchBefore);
    }

    private Product shirt(String title, String description) {
        return app.catalog().save(new ProductInput(null, title, description, "Apparel", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "TS-1", List.of(), "", "10.00", "", "", "", "0")), List.of(), null), USD);
    }

    private static ProductInput product(String title, String description, String code) {
        return new ProductInput(null, title, description, "", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", "10.00", "", "", "", "0")), List.of(), null);
    }

    /** The product as the form would save it with a new description. */
    private ProductInput edit(Product p, String description) {
        Product now = app.catalog().find(p.id()).orElseThrow();
        return new ProductInput(now.id(), now.title(), description, now.category(), now.status().name(), now.optionNames(),
                now.skus().stream().map(s -> new ProductInput.SkuInput(s.id(), s.code(), s.optionValues(), "",
                        s.price().toPlainString(), "", "", "", "0")).toList(), now.images(), now.createdAt());
    }

    /** Runs a write of "another writer" on its own thread; fails instead of hanging should it have to wait for ever. */
    private void inOtherThread(Runnable write) {
        try {
            other.submit(write).get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other writer's write did not go through", e);
        }
    }

    private List<JsonNode> stockPayloads() {
        return app.database().read(c -> {
            List<JsonNode> payloads = new ArrayList<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT payload FROM outbox WHERE entity_type = 'stock_adjustment' ORDER BY seq")) {
                while (rs.next()) {
                    payloads.add(Json.mapper().readTree(rs.getString(1)));
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return payloads;
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<Path> scratchFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("merchant-desk-import-")).toList();
        }
    }
}
