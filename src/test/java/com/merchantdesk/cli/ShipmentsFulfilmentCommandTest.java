package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.fulfilment.PdfPages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The batch flow on the command line: pool import and status, ship, labels, pick list, manifest, and their refusals. */
@ExtendWith(EnglishMessages.class)
class ShipmentsFulfilmentCommandTest {

    @TempDir Path dir;
    private final List<String> numbers = new ArrayList<>();

    @BeforeEach
    void twoPaidOrders() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            var skus = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD).skus();
            app.stock().adjust(new StockAdjustment(skus.get(0).id(), MovementKind.RECEIVED, 10, "delivery", "", ""));
            for (String name : List.of("김민지", "Lee Seojun")) {
                numbers.add(app.orders().create(new OrderDraft(ProductsListCommandTest.USD, Channel.PHONE, null,
                        CustomerInput.named(name, "010-1234-5678"),
                        new Address(name, "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", ""),
                        List.of(new OrderDraft.LineDraft(skus.get(0).id(), "2", "", "")),
                        "", "", "", PaymentMethod.CARD, true, "", MemoFlag.NONE, false)).number());
            }
        }
    }

    private CliRun run(String... args) { return CliRun.in(dir, args); }

    @Test
    void importShipAndPrintTheBatchThenTheManifest() throws Exception {
        String from = DemoCarriers.HANA.trackingNumberFor(100);
        String to = DemoCarriers.HANA.trackingNumberFor(120);
        CliRun imported = run("shipments", "pool", "import", "--carrier", "HANA", "--range", from + "-" + to);
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("21 numbers added to the Hana Express pool; 21 free.");

        Path pdf = dir.resolve("batch.pdf");
        CliRun shipped = run("shipments", "ship", "--order", numbers.get(0), numbers.get(1), "--carrier", "HANA",
                "--labels", pdf.toString());
        assertThat(shipped.exit()).as(shipped.toString()).isZero();
        assertThat(shipped.out()).contains(numbers.get(0) + " shipped: HANA " + from,
                numbers.get(1) + " shipped: HANA " + DemoCarriers.HANA.trackingNumberFor(101), "(5 pages)");
        assertThat(shipped.err()).as("19 free is below the low mark of 20")
                .contains("Warning: the Hana Express waybill pool has 19 free numbers left.");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfPages.texts(bytes).get(0)).contains("김민지", numbers.get(0));

        JsonNode pools = Json.mapper().readTree(run("shipments", "pool", "status", "--json").out());
        assertThat(pools.get(0).path("carrierCode").asText()).isEqualTo("HANA");
        assertThat(pools.get(0).path("used").asInt()).isEqualTo(2);
        assertThat(pools.get(0).path("free").asInt()).isEqualTo(19);

        Path labels = dir.resolve("again.pdf");
        assertThat(run("shipments", "labels", "--order", numbers.get(1), "--out", labels.toString(), "--size", "a6").exit()).isZero();
        assertThat(PdfPages.barcodes(Files.readAllBytes(labels), 0)).extracting(PdfPages.Found::text)
                .containsOnly(DemoCarriers.HANA.trackingNumberFor(101));

        Path pick = dir.resolve("pick.pdf");
        assertThat(run("shipments", "picklist", "--order", numbers.get(0), "--order", numbers.get(1), "--out", pick.toString())
                .exit()).isZero();
        assertThat(PdfPages.texts(Files.readAllBytes(pick)).get(0)).contains("2 orders · 1 SKUs · 4 units");

        Path manifest = dir.resolve("manifest.pdf");
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        CliRun made = run("shipments", "manifest", "--carrier", "hana", "--date", today, "--out", manifest.toString());
        assertThat(made.exit()).as(made.toString()).isZero();
        assertThat(PdfPages.texts(Files.readAllBytes(manifest)).get(0)).contains(from, "2 parcels");
    }

    @Test
    void refusalsNameTheOptionOrLineAndWriteNothing() throws Exception {
        Path file = dir.resolve("numbers.csv");
        String good = DemoCarriers.HANA.trackingNumberFor(7);
        Files.writeString(file, "tracking\n" + good + "\nXYZ\n" + good + "\n");
        CliRun bad = run("shipments", "pool", "import", "--carrier", "HANA", file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(file + " line 3: XYZ is not a Hana Express tracking number",
                file + " line 4: " + good + " is listed twice (first at line 2).");
        assertThat(run("shipments", "pool", "status").out()).containsPattern("HANA Hana Express +0 +0 +0  no pool");

        Path pdf = dir.resolve("never.pdf");
        CliRun empty = run("shipments", "ship", "--order", numbers.get(0), "--carrier", "HANA", "--labels", pdf.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).startsWith("--carrier: The Hana Express waybill pool is empty");
        assertThat(pdf).doesNotExist();

        CliRun noParcel = run("shipments", "labels", "--order", numbers.get(0), "--out", pdf.toString());
        assertThat(noParcel.exit()).isEqualTo(2);
        assertThat(noParcel.err()).contains("--order: Order " + numbers.get(0) + " has no shipment yet");
        assertThat(pdf).doesNotExist();

        CliRun size = run("shipments", "labels", "--order", numbers.get(0), "--out", pdf.toString(), "--size", "5x7");
        assertThat(size.err()).contains("--size: 5x7 is not a label size; use 4x6 or a6.");
        CliRun carrier = run("shipments", "manifest", "--carrier", "NOPE", "--out", pdf.toString());
        assertThat(carrier.err()).contains("--carrier: There is no carrier NOPE");
        assertThat(pdf).doesNotExist();
    }
}
