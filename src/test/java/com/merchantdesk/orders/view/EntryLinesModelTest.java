package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.orders.view.OrderEntryViewModel.Oversell;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.testsupport.ManualExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The entry form's lines on their own, against a real database: adding, stock, oversold marks, removing. */
@ExtendWith(EnglishMessages.class)
class EntryLinesModelTest {

    @TempDir Path temp;
    private AppContext app;
    private final ManualExecutor executor = new ManualExecutor();
    private final AtomicInteger edits = new AtomicInteger();
    private EntryErrors errors;
    private EntryLinesModel lines;
    private SkuRow mug;
    private SkuRow tote;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), new SettableClock(OrdersHarness.START));
        OrderShop.seed(app);
        mug = app.catalog().findByScan(OrderShop.MUG_BARCODE).orElseThrow();
        tote = app.catalog().findByScan("TOTE-NAT").orElseThrow();
        lines = onFx(() -> {
            ObservableList<EntryLine> list = FXCollections.observableArrayList();
            errors = new EntryErrors(list);
            return new EntryLinesModel(list, app.orders(), new BackgroundRunner(executor, new StatusBarModel()), errors,
                    edits::incrementAndGet);
        });
    }

    @AfterEach
    void close() {
        runFx(lines::dispose);
        app.close();
    }

    private List<String> shown() {
        return onFx(() -> lines.lines().stream().map(l -> l.code() + " x" + l.quantityProperty().get()
                + (l.oversoldProperty().get() ? " oversold" : "")).toList());
    }

    @Test
    void aSkuAddedAgainAddsToItsLineAndLinesTakingMoreThanIsAvailableAreMarked() {
        runFx(() -> {
            lines.add(mug, 1);
            lines.add(mug, 2);
            lines.add(tote, 1);
        });
        assertThat(shown()).as("not marked before the stock is read").containsExactly("MUG-WHT x3", "TOTE-NAT x1");
        assertThat(edits.get()).as("a line added, a quantity typed, a line added").isEqualTo(3);

        executor.runAll();
        assertThat(shown()).containsExactly("MUG-WHT x3 oversold", "TOTE-NAT x1");
        assertThat(onFx(() -> lines.lines().get(0).availabilityProperty().get().available())).isEqualTo(2);
        assertThat(onFx(() -> lines.lines().get(1).availabilityProperty().get().available())).isEqualTo(20);
        assertThat(onFx(lines::oversells)).containsExactly(new Oversell("MUG-WHT", "Ceramic Mug", 3, 2));

        runFx(() -> lines.lines().get(0).quantityProperty().set("2"));
        assertThat(shown()).containsExactly("MUG-WHT x2", "TOTE-NAT x1");
        assertThat(onFx(lines::oversells)).isEmpty();
        assertThat(onFx(() -> lines.drafts().stream().map(d -> d.quantity()).toList())).containsExactly("2", "1");
    }

    @Test
    void removingALineRenamesTheOnesBelowAndForgetsTheirRefusals() {
        runFx(() -> {
            lines.add(tote, 1);
            lines.add(mug, 1);
        });
        EntryLine mugLine = onFx(() -> lines.lines().get(1));
        EntryLine toteLine = onFx(() -> lines.lines().get(0));
        assertThat(onFx(() -> lines.lineField(mugLine, EntryLine.QUANTITY))).isEqualTo("lines[1].quantity");
        runFx(() -> errors.showRefusal(List.of(FieldError.of("lines[1].quantity", "validation.required"))));
        assertThat(onFx(() -> errors.property().get())).containsEntry("lines[1].quantity", Messages.get("validation.required"));

        runFx(() -> lines.remove(toteLine));
        assertThat(onFx(() -> lines.lineField(mugLine, EntryLine.QUANTITY))).isEqualTo("lines[0].quantity");
        assertThat(onFx(() -> lines.lineField(toteLine, EntryLine.QUANTITY))).as("gone").isNull();
        assertThat(onFx(() -> errors.property().get())).as("named by their old places: the next save names them again").isEmpty();
        assertThat(onFx(() -> lines.skuIds())).containsExactly(mug.skuId());
    }

    @Test
    void editingAFieldOfALineTakesAwayItsRefusalAlone() {
        runFx(() -> lines.add(tote, 1));
        runFx(() -> errors.showRefusal(List.of(FieldError.of("lines[0].discount", "validation.money.format"),
                FieldError.of("lines[0].sku", "validation.required"))));
        assertThat(onFx(() -> errors.property().get())).as("a refusal of the SKU shows on the quantity")
                .containsOnlyKeys("lines[0].discount", "lines[0].quantity");
        int before = edits.get();

        runFx(() -> lines.lines().get(0).discountProperty().set("1.00"));
        assertThat(onFx(() -> errors.property().get())).containsOnlyKeys("lines[0].quantity");
        assertThat(edits.get()).isEqualTo(before + 1);
    }
}
