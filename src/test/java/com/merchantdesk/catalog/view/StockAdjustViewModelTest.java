package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** What the quantity means for each kind, the live result, and refusals shown on the quantity. */
@ExtendWith(EnglishMessages.class)
class StockAdjustViewModelTest {

    @TempDir Path temp;
    private AppContext app;
    private ExecutorService executor;
    private StockAdjustViewModel vm;
    private SkuRow tee;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
        ShopFixture.seed(app);
        String skuId = app.catalog().findByScan("TS-RED-M").orElseThrow().skuId();
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 10, "", "", ""));
        tee = app.catalog().findSku(skuId).orElseThrow();
        executor = Executors.newSingleThreadExecutor();
        vm = onFx(() -> new StockAdjustViewModel(tee, app.stock(), new BackgroundRunner(executor, new StatusBarModel())));
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        app.close();
    }

    @Test
    void quantityMeansWhatTheKindSays() {
        assertThat(result(MovementKind.RECEIVED, "5")).isEqualTo("15");
        assertThat(result(MovementKind.COUNTED, "7")).isEqualTo("7");
        assertThat(result(MovementKind.DAMAGED, "3")).isEqualTo("7");
        assertThat(result(MovementKind.ADJUSTED, "-4")).isEqualTo("6");
        assertThat(result(MovementKind.ADJUSTED, "+4")).isEqualTo("14");
        assertThat(result(MovementKind.RECEIVED, "abc")).isEqualTo("\u2014");
        assertThat(onFx(() -> vm.quantityLabel().get())).isEqualTo(Messages.get("products.adjust.quantity.received"));
        assertThat(onFx(() -> vm.errorsProperty().get()))
                .containsEntry(StockAdjustViewModel.QUANTITY, Messages.get("validation.wholeNumber"));
    }

    @Test
    void aChangeBelowZeroIsRefusedOnTheQuantityWithoutSaving() {
        assertThat(result(MovementKind.DAMAGED, "11")).isEqualTo("\u2014");
        assertThat(onFx(() -> vm.save(m -> { }))).isFalse();
        assertThat(onFx(() -> vm.errorsProperty().get()))
                .containsEntry(StockAdjustViewModel.QUANTITY, Messages.get("validation.stock.belowZero", 10L));
        assertThat(app.stock().history(tee.skuId(), 10)).hasSize(1);
    }

    @Test
    void savingRecordsTheMovementInTheBackground() {
        AtomicReference<StockMovement> saved = new AtomicReference<>();
        onFx(() -> {
            vm.kindProperty().set(MovementKind.COUNTED);
            vm.quantityProperty().set("8");
            vm.reasonProperty().set("Stocktake");
            return vm.save(saved::set);
        });
        await("the movement was saved", () -> saved.get() != null);
        assertThat(saved.get().delta()).isEqualTo(-2);
        assertThat(saved.get().reason()).isEqualTo("Stocktake");
        assertThat(app.stock().onHand(tee.skuId())).isEqualTo(8);
    }

    private String result(MovementKind kind, String quantity) {
        return onFx(() -> {
            vm.kindProperty().set(kind);
            vm.quantityProperty().set(quantity);
            return vm.resultingOnHand().get();
        });
    }
}
