package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules {@link Sku}, {@link Product} and {@link ProductInput} enforce, each reported on its field. */
class ProductValidationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KRW = Currency.getInstance("KRW");
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789123Z");

    private static Money usd(long minor) { return Money.ofMinor(minor, "USD"); }

    private static Sku sku(String id, String code, List<String> values, Barcode barcode) {
        return new Sku(id, code, values, barcode, usd(1000), null, null, null, 0);
    }

    private static Product product(String title, List<String> options, List<Sku> skus) {
        return new Product("p", title, null, null, ProductStatus.ACTIVE, options, skus, List.of(), NOW, NOW);
    }

    private static List<FieldError> errors(ThrowingCallable call) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(call).isInstanceOf(ValidationException.class).satisfies(t -> caught[0] = t);
        return ((ValidationException) caught[0]).errors();
    }

    // --- Sku ---

    @Test
    void validSkuKeepsItsValuesAndStripsItsCode() {
        Sku s = new Sku("s", " TS-1 ", List.of("Red"), Barcode.parse("4006381333931"), usd(1990), usd(2500), usd(810), 180, 5);
        assertThat(s.code()).isEqualTo("TS-1");
        assertThat(s.optionLabel()).isEqualTo("Red");
        assertThat(new Sku("s", "A", List.of("Red", "M"), null, usd(0), null, null, null, 0).optionLabel()).isEqualTo("Red / M");
    }

    @Test
    void skuReportsEveryBadFieldAtOnce() {
        List<FieldError> errors = errors(() -> new Sku("s", "HAS SPACE", List.of(" "), null, usd(-1), null, usd(-5), -1, -2));
        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("code", "validation.sku.spaces"),
                tuple("price", "validation.money.negative"),
                tuple("cost", "validation.money.negative"),
                tuple("weight", "validation.notNegative"),
                tuple("reorderPoint", "validation.notNegative"),
                tuple("optionValues", "validation.option.valueMissing"));
    }

    @Test
    void skuCodeRules() {
        assertThat(errors(() -> sku("s", " ", List.of(), null))).extracting(FieldError::messageKey).containsExactly("validation.required");
        assertThat(errors(() -> sku("s", null, List.of(), null))).extracting(FieldError::messageKey).containsExactly("validation.required");
        assertThat(sku("s", "C".repeat(Sku.MAX_CODE_LENGTH), List.of(), null).code()).hasSize(64);
        assertThat(errors(() -> sku("s", "C".repeat(Sku.MAX_CODE_LENGTH + 1), List.of(), null)))
                .containsExactly(FieldError.of("code", "validation.tooLong", 64));
        assertThat(errors(() -> sku("s", "A\tB", List.of(), null))).extracting(FieldError::messageKey).containsExactly("validation.sku.spaces");
        assertThat(errors(() -> sku("s", "A\u0007B", List.of(), null))).extracting(FieldError::messageKey).containsExactly("validation.sku.spaces");
    }

    @Test
    void skuPriceRules() {
        assertThat(errors(() -> new Sku("s", "A", List.of(), null, null, null, null, null, 0)))
                .containsExactly(FieldError.of("price", "validation.required"));
        assertThat(errors(() -> new Sku("s", "A", List.of(), null, usd(1000), usd(999), null, null, 0)))
                .containsExactly(FieldError.of("compareAtPrice", "validation.compareAt.belowPrice"));
        assertThat(new Sku("s", "A", List.of(), null, usd(1000), usd(1000), null, null, 0).compareAtPrice()).isEqualTo(usd(1000));
        assertThat(errors(() -> new Sku("s", "A", List.of(), null, usd(1000), Money.ofMinor(2000, "KRW"), Money.ofMinor(1, "KRW"), null, 0)))
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        tuple("compareAtPrice", "validation.money.currencyMismatch"),
                        tuple("cost", "validation.money.currencyMismatch"));
        // A cost above the price is allowed: selling at a loss is the seller's call.
        assertThat(new Sku("s", "A", List.of(), null, usd(1000), null, usd(5000), 0, 0).cost()).isEqualTo(usd(5000));
    }

    // --- Product ---

    @Test
    void validProductIsNormalised() {
        Product p = new Product("p", "  Mug  ", null, "  Kitchen ", ProductStatus.DRAFT, List.of("Colour"),
                List.of(sku("s1", "M-1", List.of("White"), null)), List.of(), NOW, NOW);
        assertThat(p.title()).isEqualTo("Mug");
        assertThat(p.description()).isEmpty();
        assertThat(p.category()).isEqualTo("Kitchen");
        assertThat(p.createdAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.789Z"));
        assertThat(p.isArchived()).isFalse();
        assertThat(p.withStatus(ProductStatus.ARCHIVED, NOW.plusSeconds(1)).isArchived()).isTrue();
    }

    @Test
    void titleRules() {
        List<Sku> one = List.of(sku("s", "A", List.of(), null));
        assertThat(errors(() -> product(" ", List.of(), one))).containsExactly(FieldError.of("title", "validation.required"));
        assertThat(errors(() -> product(null, List.of(), one))).containsExactly(FieldError.of("title", "validation.required"));
        assertThat(product("T".repeat(255), List.of(), one).title()).hasSize(255);
        assertThat(errors(() -> product("T".repeat(256), List.of(), one))).containsExactly(FieldError.of("title", "validation.tooLong", 255));
    }

    @Test
    void optionRules() {
        List<Sku> none = List.of(sku("s", "A", List.of("1", "2", "3", "4"), null));
        assertThat(errors(() -> product("T", List.of("A", "B", "C", "D"), none))).extracting(FieldError::messageKey)
                .containsExactly("validation.option.tooMany");
        assertThat(errors(() -> product("T", List.of("Size", " "), List.of(sku("s", "A", List.of("M", "x"), null)))))
                .containsExactly(FieldError.of("options", "validation.option.nameMissing"));
        assertThat(errors(() -> product("T", List.of("Size", "size "), List.of(sku("s", "A", List.of("M", "x"), null)))))
                .containsExactly(FieldError.of("options", "validation.option.duplicateName", "size"));
    }

    @Test
    void skuListRules() {
        assertThat(errors(() -> product("T", List.of(), List.of()))).containsExactly(FieldError.of("skus", "validation.sku.atLeastOne"));
        assertThat(errors(() -> product("T", List.of("Size"), List.of(
                sku("s1", "A-1", List.of("M"), null),
                sku("s2", "a-1", List.of("L"), null),
                sku("s3", "B", List.of(), null),
                sku("s4", "C", List.of("m"), null)))))
                .containsExactlyInAnyOrder(
                        FieldError.of("skus[1].code", "validation.sku.duplicateCode", "a-1"),
                        FieldError.of("skus[2].optionValues", "validation.option.valueCount", 1),
                        FieldError.of("skus[3].optionValues", "validation.option.duplicateCombination", "m"));
    }

    @Test
    void twoSkusOfOneProductCannotShareABarcode() {
        Barcode same = Barcode.parse("4006381333931");
        assertThat(errors(() -> product("T", List.of("Size"), List.of(
                sku("s1", "A", List.of("M"), same),
                sku("s2", "B", List.of("L"), Barcode.parse("4006381333931"))))))
                .containsExactly(FieldError.of("skus[1].barcode", "validation.barcode.duplicate", "4006381333931"));
    }

    // --- ProductInput ---

    @Test
    void inputBecomesAProductWithNewIdsAndDefaults() {
        ProductInput in = new ProductInput(null, " Mug ", null, null, "", List.of(" Colour ", ""),
                List.of(new SkuInput(null, " MUG-1 ", List.of(" White "), " 4006381333931 ", "15,000", "", "", "", "")),
                null, null);
        Product p = in.toProduct(KRW, NOW);
        assertThat(p.id()).hasSize(36);
        assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(p.optionNames()).containsExactly("Colour");
        assertThat(p.createdAt()).isEqualTo(p.updatedAt());
        Sku s = p.skus().get(0);
        assertThat(s.id()).hasSize(36).isNotEqualTo(p.id());
        assertThat(s.code()).isEqualTo("MUG-1");
        assertThat(s.optionValues()).containsExactly("White");
        assertThat(s.barcode()).isEqualTo(new Barcode("4006381333931", Barcode.Symbology.EAN_13));
        assertThat(s.price()).isEqualTo(Money.ofMinor(15000, "KRW"));
        assertThat(s.compareAtPrice()).isNull();
        assertThat(s.weightGrams()).isNull();
        assertThat(s.reorderPoint()).isZero();
    }

    @Test
    void statusIsReadInAnyCase() {
        for (String status : new String[] {"active", "ACTIVE", " Archived "}) {
            ProductInput in = new ProductInput("p", "T", "", "", status, List.of(),
                    List.of(new SkuInput("s", "A", List.of(), "", "1", "", "", "", "")), List.of(), NOW);
            assertThat(in.toProduct(USD, NOW).status().name()).isEqualToIgnoringCase(status.strip());
        }
    }

    @Test
    void everyProblemIsReportedEvenWhenSkusAlsoClashWithEachOther() {
        ProductInput in = new ProductInput(null, "", "", "", "sold-out", List.of("Size", "size"),
                List.of(new SkuInput(null, "A-1", List.of("M", "x"), "ABC", "1.999", "", "", "heavy", "-1"),
                        new SkuInput(null, "a-1", List.of("L", "y"), "ABC", "2.00", "1.00", "", "", ""),
                        new SkuInput(null, "B", List.of("S"), "", "3", "", "", "", "")),
                List.of(), null);
        assertThat(errors(() -> in.toProduct(USD, NOW))).containsExactlyInAnyOrder(
                FieldError.of("title", "validation.required"),
                FieldError.of("options", "validation.option.duplicateName", "size"),
                FieldError.of("status", "validation.status.unknown", "sold-out"),
                FieldError.of("skus[0].price", "validation.money.precision", 2),
                FieldError.of("skus[0].weight", "validation.wholeNumber"),
                FieldError.of("skus[0].reorderPoint", "validation.notNegative"),
                FieldError.of("skus[1].compareAtPrice", "validation.compareAt.belowPrice"),
                FieldError.of("skus[1].code", "validation.sku.duplicateCode", "a-1"),
                FieldError.of("skus[1].barcode", "validation.barcode.duplicate", "ABC"),
                FieldError.of("skus[2].optionValues", "validation.option.valueCount", 2));
    }

    @Test
    void productLevelProblemsAreReportedWithABadStatus() {
        ProductInput in = new ProductInput(null, "T", "", "", "bogus", List.of(), List.of(), List.of(), null);
        assertThat(errors(() -> in.toProduct(USD, NOW))).containsExactlyInAnyOrder(
                FieldError.of("status", "validation.status.unknown", "bogus"),
                FieldError.of("skus", "validation.sku.atLeastOne"));
    }

    @Test
    void missingAndMalformedNumbersAreNamed() {
        ProductInput in = new ProductInput(null, "T", "", "", "", List.of(),
                List.of(new SkuInput(null, "A", List.of(), "4006381333932", "", "abc", "-1", "1.5", "99999999999")),
                List.of(), null);
        assertThat(errors(() -> in.toProduct(USD, NOW))).containsExactlyInAnyOrder(
                FieldError.of("skus[0].barcode", "validation.barcode.checkDigit"),
                FieldError.of("skus[0].price", "validation.required"),
                FieldError.of("skus[0].compareAtPrice", "validation.money.format", 2),
                FieldError.of("skus[0].cost", "validation.money.negative"),
                FieldError.of("skus[0].weight", "validation.wholeNumber"),
                FieldError.of("skus[0].reorderPoint", "validation.wholeNumber"));
    }

    @Test
    void precisionFollowsTheShopCurrency() {
        ProductInput in = new ProductInput(null, "T", "", "", "", List.of(),
                List.of(new SkuInput(null, "A", List.of(), "", "1000.5", "", "", "", "")), List.of(), null);
        assertThat(errors(() -> in.toProduct(KRW, NOW))).containsExactly(FieldError.of("skus[0].price", "validation.money.precision", 0));
        assertThat(in.toProduct(USD, NOW).skus().get(0).price()).isEqualTo(usd(100050));
    }

    @Test
    void validationMessagesAreReadableText() {
        ValidationException e = new ValidationException(List.of(FieldError.of("title", "validation.tooLong", 255)));
        assertThat(e.errors().get(0).message()).doesNotContain("validation.").contains("255");
        assertThat(e.getMessage()).startsWith("title: ");
        assertThat(FieldError.of("price", "validation.required").under("skus[2]").field()).isEqualTo("skus[2].price");
    }
}
