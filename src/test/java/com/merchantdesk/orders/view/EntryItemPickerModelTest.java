package com.merchantdesk.orders.view;

import static com.merchantdesk.orders.view.OrderEntryViewModel.ITEM;
import static com.merchantdesk.orders.view.OrderEntryViewModel.LINES;
import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.view.EntryItemPickerModel.Typed;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.testsupport.ManualExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The add-item field's state on its own, against a real catalogue: the {@code 3*CODE} quantity, a scanned code and
 * Enter, suggestions as words are typed. The background work waits in a {@link ManualExecutor}, so the test
 * chooses when each answer arrives.
 */
@ExtendWith(EnglishMessages.class)
class EntryItemPickerModelTest {

    @TempDir Path temp;
    private AppContext app;
    private final ManualExecutor executor = new ManualExecutor();
    /** What the picker handed to the lines, as "CODE xQUANTITY". */
    private final List<String> picked = new CopyOnWriteArrayList<>();
    private EntryErrors errors;
    private EntryItemPickerModel picker;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), new SettableClock(OrdersHarness.START));
        OrderShop.seed(app);
        errors = onFx(() -> new EntryErrors(List.of()));
        picker = onFx(() -> new EntryItemPickerModel(app.catalog(), new BackgroundRunner(executor, new StatusBarModel()), errors,
                (sku, quantity) -> picked.add(sku.code() + " x" + quantity)));
    }

    @AfterEach
    void close() {
        runFx(picker::dispose);
        app.close();
    }

    @Test
    void aQuantityBeforeTheCodeIsReadOffIt() {
        assertThat(Typed.parse("3*TS-RED-M")).isEqualTo(new Typed(3, "TS-RED-M"));
        assertThat(Typed.parse(" 12 x 4006381333931 ")).isEqualTo(new Typed(12, "4006381333931"));
        assertThat(Typed.parse("2\u00d7tote bag")).isEqualTo(new Typed(2, "tote bag"));
        assertThat(Typed.parse("2X MUG-WHT")).isEqualTo(new Typed(2, "MUG-WHT"));
        assertThat(Typed.parse("0*MUG-WHT")).as("at least one").isEqualTo(new Typed(1, "MUG-WHT"));
        assertThat(Typed.parse("  TOTE-NAT ")).isEqualTo(new Typed(1, "TOTE-NAT"));
        assertThat(Typed.parse("4006381333931")).isEqualTo(new Typed(1, "4006381333931"));
        assertThat(Typed.parse("x-large linen")).isEqualTo(new Typed(1, "x-large linen"));
        assertThat(Typed.parse("3*")).as("nothing after the quantity: all of it is the code").isEqualTo(new Typed(1, "3*"));
        assertThat(Typed.parse("1234567*MUG-WHT")).as("seven digits are no quantity").isEqualTo(new Typed(1, "1234567*MUG-WHT"));
        assertThat(Typed.parse(null)).isEqualTo(new Typed(1, ""));
    }

    @Test
    void aCodeThatStartsWithDigitsAndAnXIsACode() {
        assertThat(Typed.parse("2XL-TEE")).isEqualTo(new Typed(1, "2XL-TEE"));
        assertThat(Typed.parse("3x4-BOARD")).as("an x without a space after it is part of the code")
                .isEqualTo(new Typed(1, "3x4-BOARD"));
        assertThat(Typed.parse("3*2XL-TEE")).isEqualTo(new Typed(3, "2XL-TEE"));
        assertThat(Typed.parse("3 * 2XL-TEE")).isEqualTo(new Typed(3, "2XL-TEE"));
        assertThat(Typed.parse("3\u00d72XL-TEE")).isEqualTo(new Typed(3, "2XL-TEE"));
        assertThat(Typed.parse("3 x 2XL-TEE")).isEqualTo(new Typed(3, "2XL-TEE"));
        assertThat(Typed.parse("3X 2XL-TEE")).isEqualTo(new Typed(3, "2XL-TEE"));
    }

    @Test
    void aScannedCodeAndEnterAddsItsSkuAndEmptiesTheField() {
        runFx(() -> {
            // A scanner types the code and Enter at once, long before the suggestions would be asked for.
            picker.textProperty().set(OrderShop.TEE_BARCODE);
            picker.enter(null);
        });
        assertThat(onFx(() -> picker.lookingProperty().get())).as("looking the code up").isTrue();
        assertThat(executor.queued()).as("the lookup alone").isEqualTo(1);
        executor.runOldest();
        assertThat(picked).containsExactly("TS-RED-M x1");
        assertThat(onFx(() -> picker.textProperty().get())).isEmpty();
        assertThat(onFx(() -> picker.lookingProperty().get())).isFalse();

        runFx(() -> {
            picker.textProperty().set("3*tote-nat");
            picker.enter(null);
        });
        executor.runAll();
        assertThat(picked).containsExactly("TS-RED-M x1", "TOTE-NAT x3");
        assertThat(onFx(() -> errors.property().get())).isEmpty();
    }

    @Test
    void aCodeThatNamesNothingStaysInTheFieldWithItsErrorUntilEdited() {
        runFx(() -> {
            picker.textProperty().set("NOPE-123");
            picker.enter(null);
        });
        executor.runAll();
        assertThat(picked).isEmpty();
        assertThat(onFx(() -> errors.property().get())).containsEntry(ITEM, Messages.get("orders.view.entry.item.unknown", "NOPE-123"));
        assertThat(onFx(picker::errorField)).isEqualTo(ITEM);
        assertThat(onFx(() -> picker.textProperty().get())).isEqualTo("NOPE-123");

        runFx(() -> picker.textProperty().set("NOPE-12"));
        assertThat(onFx(() -> errors.property().get())).doesNotContainKey(ITEM);
        assertThat(onFx(picker::errorField)).as("the lines' error, if any, shows on the field again").isEqualTo(LINES);
    }

    @Test
    void wordsAreSuggestedWithoutTheQuantityAndAChosenSuggestionIsAddedSoMany() {
        runFx(() -> picker.textProperty().set("2*tote"));
        await("the suggestions are asked for once typing pauses", () -> executor.queued() == 1);
        executor.runOldest();
        assertThat(onFx(() -> picker.suggestions().stream().map(SkuRow::code).toList())).containsExactly("TOTE-NAT");

        SkuRow tote = onFx(() -> picker.suggestions().get(0));
        runFx(() -> picker.enter(tote));
        assertThat(executor.queued()).as("a chosen suggestion needs no lookup").isZero();
        assertThat(picked).containsExactly("TOTE-NAT x2");
        assertThat(onFx(() -> picker.suggestions().isEmpty())).isTrue();
        assertThat(onFx(() -> picker.textProperty().get())).isEmpty();
    }

    @Test
    void suggestionsThatArriveAfterEnterAreNotShown() {
        runFx(() -> picker.textProperty().set("linen"));
        await("the suggestions are asked for", () -> executor.queued() == 1);
        runFx(() -> {
            picker.textProperty().set(OrderShop.MUG_BARCODE);
            picker.enter(null);
        });
        executor.runNewest();
        assertThat(picked).containsExactly("MUG-WHT x1");
        executor.runAll();
        assertThat(onFx(() -> picker.suggestions().isEmpty())).as("the older question's answer is dropped").isTrue();
    }
}
