package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.WriterProbe;
import com.merchantdesk.testsupport.ChildJvm;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The product form's state and errors, against a real database, without the form's controls. */
@ExtendWith(EnglishMessages.class)
class ProductFormViewModelTest {

    @TempDir Path temp;
    private AppContext app;
    private ExecutorService executor;
    private ProductFormViewModel.Services services;
    private List<Product> shop;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
        shop = ShopFixture.seed(app);
        executor = Executors.newSingleThreadExecutor();
        BackgroundRunner runner = onFx(() -> new BackgroundRunner(executor, new StatusBarModel()));
        services = new ProductFormViewModel.Services(app.catalog(), app.stock(), app.images(), runner);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        app.close();
    }

    @Test
    void errorsAppearOnTouchedFieldsAndOnEveryFieldOnceSaveIsTried() {
        ProductFormViewModel vm = onFx(() -> ProductFormViewModel.forNew(services, ShopFixture.USD));
        assertThat(onFx(() -> vm.errorsProperty().get())).isEmpty();

        onFx(() -> { vm.skus().get(0).priceProperty().set("abc"); return null; });
        assertThat(onFx(() -> vm.errorsProperty().get())).containsOnlyKeys("skus[0].price");

        assertThat(onFx(() -> vm.save(saved -> { }))).isFalse();
        assertThat(onFx(() -> vm.errorsProperty().get())).containsKeys("title", "skus[0].code", "skus[0].price")
                .containsEntry("title", Messages.get("validation.required"));
        assertThat(app.catalog().search(com.merchantdesk.catalog.ProductQuery.firstPage(50)).total()).isEqualTo(4);
    }

    @Test
    void theServicesRefusalLandsOnItsFieldUntilThatFieldIsEdited() {
        ProductFormViewModel vm = onFx(() -> {
            ProductFormViewModel form = ProductFormViewModel.forNew(services, ShopFixture.USD);
            form.titleProperty().set("Copy");
            form.skus().get(0).codeProperty().set("ts-red-m");
            form.skus().get(0).priceProperty().set("1");
            form.skus().get(0).barcodeProperty().set(ShopFixture.MUG_BARCODE);
            return form;
        });
        assertThat(onFx(() -> vm.save(saved -> { }))).isTrue();
        await("the refusal arrived", () -> !vm.savingProperty().get() && !vm.errorsProperty().get().isEmpty());
        assertThat(onFx(() -> vm.errorsProperty().get()))
                .containsEntry("skus[0].code", Messages.get("validation.sku.codeTaken", "ts-red-m"))
                .containsEntry("skus[0].barcode", Messages.get("validation.barcode.taken", ShopFixture.MUG_BARCODE));

        onFx(() -> { vm.skus().get(0).codeProperty().set("COPY-1"); return null; });
        assertThat(onFx(() -> vm.errorsProperty().get())).containsOnlyKeys("skus[0].barcode");
    }

    @Test
    void aSavedSkuWithStockHistoryCannotBeRemoved() {
        Product tee = shop.get(0);
        app.stock().adjust(new StockAdjustment(tee.skus().get(0).id(), MovementKind.RECEIVED, 4, "", "", ""));
        ProductFormViewModel vm = onFx(() -> ProductFormViewModel.forEdit(services, tee));

        onFx(() -> { vm.removeSku(vm.skus().get(0)); return null; });
        await("the refusal is on the code", () -> vm.errorsProperty().get().containsKey("skus[0].code"));
        assertThat(onFx(() -> vm.errorsProperty().get().get("skus[0].code")))
                .isEqualTo(Messages.get("validation.sku.hasHistory", "TS-RED-M"));
        assertThat(onFx(() -> vm.skus().size())).isEqualTo(2);

        onFx(() -> { vm.removeSku(vm.skus().get(1)); return null; });
        await("the SKU without history is gone", () -> vm.skus().size() == 1);
        assertThat(onFx(() -> vm.dirtyProperty().get())).isTrue();
    }

    @Test
    void editingKeepsTheProductsOwnCurrencyAndOptionSlots() {
        Product tee = shop.get(0);
        ProductFormViewModel vm = onFx(() -> ProductFormViewModel.forEdit(services, tee));
        assertThat(vm.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(onFx(() -> vm.dirtyProperty().get())).isFalse();

        ProductInput input = onFx(() -> {
            vm.optionNameProperty(0).set("");
            vm.optionNameProperty(1).set("Size");
            vm.skus().forEach(r -> r.optionValueProperty(0).set("ignored"));
            return vm.toInput();
        });
        assertThat(input.optionNames()).containsExactly("Size");
        assertThat(input.skus()).extracting(ProductInput.SkuInput::optionValues)
                .containsExactly(List.of("M"), List.of("L"));
        assertThat(input.skus()).extracting(ProductInput.SkuInput::id)
                .containsExactly(tee.skus().get(0).id(), tee.skus().get(1).id());
    }

    @Test
    void imagesAreCopiedInTheBackgroundAndUnreadableFilesAreNamed() throws Exception {
        Path photo = ShopFixture.photo(temp.resolve("in"), "scarf", Color.GRAY, "WS");
        Path notAnImage = Files.writeString(temp.resolve("in").resolve("notes.png"), "not a picture");
        ProductFormViewModel vm = onFx(() -> ProductFormViewModel.forNew(services, ShopFixture.USD));

        onFx(() -> { vm.addImages(List.of(photo, notAnImage)); return null; });
        await("the import finished", () -> !vm.importingProperty().get());
        assertThat(onFx(() -> List.copyOf(vm.images()))).hasSize(1);
        assertThat(app.images().thumbnailPath(onFx(() -> vm.images().get(0).thumbnailFileName()))).exists();
        assertThat(onFx(() -> vm.errorsProperty().get()))
                .containsEntry("images", Messages.get("validation.image.unreadable", "notes.png"));
    }

    @Test
    void aSaveThatWaitsForAnotherProcessSaysForWhomAndThenSaves() throws Exception {
        ProductFormViewModel vm = onFx(() -> {
            ProductFormViewModel form = ProductFormViewModel.forNew(services, ShopFixture.USD);
            form.titleProperty().set("Saved while importing");
            form.skus().get(0).codeProperty().set("WAIT-1");
            form.skus().get(0).priceProperty().set("5");
            return form;
        });
        try (ChildJvm importing = ChildJvm.start(WriterProbe.class, "hold", app.dataDirectory().database().toString(),
                "products import")) {
            importing.awaitOut("that it holds the write lock", "HOLDING"::equals);
            List<Product> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
            assertThat(onFx(() -> vm.save(saved::add))).isTrue();
            String expected = Messages.get("wait.writing",
                    Messages.get("wait.holder.command", "products import", Long.toString(importing.pid())));
            WaitForAsyncUtils.waitFor(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS,
                    () -> onFx(() -> expected.equals(vm.waitingForWriterProperty().get())));
            assertThat(onFx(() -> vm.savingProperty().get())).as("still saving").isTrue();

            importing.closeInput();
            WaitForAsyncUtils.waitFor(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS, () -> !saved.isEmpty());
            assertThat(importing.awaitExit()).isZero();
        }
        assertThat(onFx(() -> vm.waitingForWriterProperty().get())).isEmpty();
        assertThat(app.catalog().findByScan("WAIT-1")).isPresent();
    }
}
