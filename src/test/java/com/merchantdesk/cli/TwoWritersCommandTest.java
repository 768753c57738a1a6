package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.csv.ImportResult;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriterInfo;
import com.merchantdesk.testsupport.ChildJvm;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command in a second process (the real {@code Main}, in a child JVM) while this process writes to the same
 * data folder, as the window or another command would: the command waits its turn, says on stderr what it waits
 * for, and succeeds. Each step waits for what the other process says or does, never for a time.
 */
@ExtendWith(EnglishMessages.class)
class TwoWritersCommandTest {

    private static final String WAITING = "Waiting for ";

    @TempDir Path temp;
    private DataDirectory dir;

    @BeforeEach
    void catalogue() {
        dir = new DataDirectory(temp.resolve("data"));
        try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            Product shirt = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD);
            app.stock().adjust(new StockAdjustment(shirt.skus().get(0).id(), MovementKind.RECEIVED, 10, "delivery", "", ""));
        }
    }

    /** The case: {@code orders create} while a large import in another process holds the write lock. */
    @Test
    void ordersCreateDuringAnImportInAnotherProcessWaitsSaysSoAndSucceeds() throws Exception {
        Path csv = csvOfNewProducts(temp.resolve("import.csv"), 300);
        AtomicReference<ChildJvm> order = new AtomicReference<>();
        AtomicReference<String> waitingLine = new AtomicReference<>();
        ImportResult imported;
        try (AppContext app = AppContext.open(dir, Clock.systemUTC(), WriterInfo.command("products import"),
                WriteWaitListener.NONE)) {
            imported = new ProductCsvImporter(app.catalog(), app.clock()).importFile(csv, ProductsListCommandTest.USD,
                    (done, total) -> {
                        // Inside the import's write transaction: start the order and hold on until it says it waits.
                        if (app.database().isWritingOnThisThread() && order.get() == null) {
                            order.set(ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                                    "orders", "create", "--channel", "phone", "--customer", "Kim Minji", "--line",
                                    "TS-RED-M:2", "--paid"));
                            waitingLine.set(order.get().awaitErr("that it waits", l -> l.startsWith(WAITING)));
                        }
                    }, () -> false);
        }
        try (ChildJvm child = order.get()) {
            assertThat(child).as("the import's apply ran inside its write transaction").isNotNull();
            assertThat(waitingLine.get()).isEqualTo(Messages.get("wait.writing.folder",
                    Messages.get("wait.holder.command", "products import", Long.toString(ProcessHandle.current().pid())),
                    dir.root()));
            assertThat(child.awaitExit()).as(child.transcript()).isZero();
            assertThat(child.awaitOut("the order", l -> l.startsWith("Order D-"))).contains("D-");
            assertThat(child.transcript()).contains("Kim Minji").doesNotContain("SQLITE").doesNotContain("Exception");
        }
        assertThat(imported.productsCreated()).isEqualTo(300);
        try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            assertThat(app.orders().search(OrderQuery.newest(10)).total()).isEqualTo(1);
            assertThat(app.catalog().findByScan("NEW-0299").orElseThrow().onHand()).isEqualTo(299);
            assertThat(app.catalog().findByScan("TS-RED-M").orElseThrow().onHand()).isEqualTo(8);
        }
    }

    /** The window (this process) saves while a command runs: the command waits and names the window. */
    @Test
    void aCommandWaitsForTheWindowsWriteAndSucceeds() throws Exception {
        try (AppContext app = AppContext.open(dir, Clock.systemUTC(), WriterInfo.window(), WriteWaitListener.NONE)) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            CompletableFuture<Void> windowSave = CompletableFuture.runAsync(() -> app.database().write(c -> {
                inside.countDown();
                await(letGo);
                return null;
            }));
            await(inside);
            try (ChildJvm adjust = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                    "stock", "adjust", "--sku", "TS-RED-M", "--delta", "5", "--reason", "found")) {
                String line = adjust.awaitErr("that it waits", l -> l.startsWith(WAITING));
                assertThat(line).contains(Messages.get("wait.holder.window", Long.toString(ProcessHandle.current().pid())));
                letGo.countDown();
                windowSave.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
                assertThat(adjust.awaitExit()).as(adjust.transcript()).isZero();
                assertThat(adjust.transcript()).doesNotContain("SQLITE").doesNotContain("Exception");
            } finally {
                letGo.countDown();
            }
            assertThat(app.catalog().findByScan("TS-RED-M").orElseThrow().onHand()).isEqualTo(15);
        }
    }

    /** Two commands: the second waits for the first one's write and both are kept. */
    @Test
    void twoCommandsTakeTurns() throws Exception {
        try (AppContext app = AppContext.open(dir, Clock.systemUTC(), WriterInfo.command("stock adjust"),
                WriteWaitListener.NONE)) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> app.database().write(c -> {
                inside.countDown();
                await(letGo);
                return null;
            })).thenApply(v -> app.stock().adjust(new StockAdjustment(
                    app.catalog().findByScan("TS-RED-M").orElseThrow().skuId(), MovementKind.ADJUSTED, -1, "first", "", "")));
            await(inside);
            try (ChildJvm second = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                    "stock", "adjust", "--sku", "TS-RED-M", "--delta", "3", "--reason", "second")) {
                assertThat(second.awaitErr("that it waits", l -> l.startsWith(WAITING)))
                        .contains(Messages.get("wait.holder.command", "stock adjust", Long.toString(ProcessHandle.current().pid())));
                letGo.countDown();
                first.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
                assertThat(second.awaitExit()).as(second.transcript()).isZero();
            } finally {
                letGo.countDown();
            }
            assertThat(app.catalog().findByScan("TS-RED-M").orElseThrow().onHand()).isEqualTo(12);
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherCommandOrTheWindowHasTheFolderOpen() throws Exception {
        Path backup = temp.resolve("backup.db");
        assertThat(CliRun.in(dir.root(), "backup", backup.toString()).exit()).isZero();
        try (AppContext command = AppContext.open(dir, Clock.systemUTC());
             ChildJvm restore = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                     "restore", backup.toString())) {
            assertThat(restore.awaitExit()).isEqualTo(1);
            assertThat(restore.awaitErr("why", l -> !l.isBlank()))
                    .isEqualTo(Messages.get("cli.restore.inUse", dir.root()));
            assertThat(command.catalog().findByScan("TS-RED-M")).isPresent();
        }
        try (InstanceLock window = InstanceLock.tryAcquire(dir.lockFile()).orElseThrow();
             AppContext app = AppContext.open(dir, Clock.systemUTC(), WriterInfo.window(), WriteWaitListener.NONE);
             ChildJvm restore = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                     "restore", backup.toString())) {
            assertThat(restore.awaitExit()).isEqualTo(1);
            assertThat(restore.awaitErr("why", l -> !l.isBlank())).isEqualTo(Messages.get("cli.restore.locked", dir.root()));
        }
        try (ChildJvm restore = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.root().toString(),
                "restore", backup.toString())) {
            assertThat(restore.awaitExit()).as(restore.transcript()).isZero();
        }
    }

    /** {@code count} new products NEW-0000… with on-hand equal to their number. */
    private static Path csvOfNewProducts(Path file, int count) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("handle,title,category,status,sku,price,currency,on_hand");
        for (int i = 0; i < count; i++) {
            String code = String.format("NEW-%04d", i);
            lines.add(code + ",New thing " + i + ",Imports,active," + code + ",9.90,USD," + i);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
