package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.testsupport.WireRequests;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SKU's bin location, HS code and country of origin: the record's rules, what the store keeps, and that none of
 * them travels to the platform (the API's SKU has no such fields).
 */
@ExtendWith(EnglishMessages.class)
class SkuFulfilmentFieldsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir Path temp;
    private final SettableClock clock = new SettableClock(START);
    private AppContext app;

    @BeforeEach
    void open() { app = AppContext.open(new DataDirectory(temp), clock); }

    @AfterEach
    void close() { app.close(); }

    private static Sku sku(String bin, String hs, String origin) {
        return new Sku("s", "MUG-1", List.of(), null, Money.ofMinor(900, "USD"), null, null, null, 0, bin, hs, origin);
    }

    private static List<FieldError> errors(Runnable r) {
        return catchThrowableOfType(r::run, ValidationException.class).errors();
    }

    // --- the record ---------------------------------------------------------------------------------------------

    @Test
    void valuesAreTidiedAsTheyAreKept() {
        Sku s = sku("  A-01-2 ", " 6109.10 ", " kr ");

        assertThat(s.binLocation()).isEqualTo("A-01-2");
        assertThat(s.hsCode()).as("digits only, as the customs page prints them").isEqualTo("610910");
        assertThat(s.originCountry()).isEqualTo("KR");
        assertThat(sku("", "0902 10 00 00", "cn").hsCode()).isEqualTo("0902100000");
    }

    @Test
    void blankOrMissingMeansNone() {
        assertThat(sku(" ", "", null)).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly("", "", "");
        Sku without = new Sku("s", "MUG-1", List.of(), null, Money.ofMinor(900, "USD"), null, null, null, 0);
        assertThat(without).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly("", "", "");
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        Sku s = sku("B".repeat(Sku.MAX_BIN_LOCATION_LENGTH), "1234567890", "US");
        assertThat(s.binLocation()).hasSize(32);
        assertThat(sku("", "123456", "GB").hsCode()).isEqualTo("123456");
    }

    @Test
    void eachBadValueIsNamedByItsField() {
        assertThat(errors(() -> sku("B".repeat(33), "6109.1", "XX"))).containsExactly(
                FieldError.of("binLocation", "validation.sku.binLocation.tooLong", 32),
                FieldError.of("hsCode", "validation.sku.hsCode.length", "6109.1", 5),
                FieldError.of("originCountry", "validation.sku.originCountry.unknown", "XX"));
        assertThat(errors(() -> sku("A-01\n2", "6109-10", "KOR"))).containsExactly(
                FieldError.of("binLocation", "validation.sku.binLocation.characters"),
                FieldError.of("hsCode", "validation.sku.hsCode.characters", "6109-10"),
                FieldError.of("originCountry", "validation.sku.originCountry.unknown", "KOR"));
        assertThat(errors(() -> sku("", "12345678901", "")))
                .containsExactly(FieldError.of("hsCode", "validation.sku.hsCode.length", "12345678901", 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "KR1", "K", "ZZ", "EU", "UK"})
    void originMustBeAnIsoCountryCode(String origin) {
        assertThat(errors(() -> sku("", "", origin))).extracting(FieldError::field).containsExactly("originCountry");
    }

    @Test
    void messagesNameTheFieldInEveryLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.SIMPLIFIED_CHINESE)) {
            String bin = Messages.format(locale, "products.form.sku.binLocation");
            String origin = Messages.format(locale, "products.form.sku.originCountry");
            assertThat(Messages.format(locale, "validation.sku.binLocation.tooLong", 32)).as(locale.toString())
                    .containsIgnoringCase(bin).contains("32");
            assertThat(Messages.format(locale, "validation.sku.binLocation.characters")).containsIgnoringCase(bin);
            assertThat(Messages.format(locale, "validation.sku.hsCode.length", "6109.1", 5)).contains("HS").contains("6109.1");
            assertThat(Messages.format(locale, "validation.sku.hsCode.characters", "61-09")).contains("HS").contains("61-09");
            assertThat(Messages.format(locale, "validation.sku.originCountry.unknown", "XX")).containsIgnoringCase(origin).contains("XX");
        }
    }

    @Test
    void theProductFormInputCarriesThemToTheRecord() {
        ProductInput input = product(List.of(new SkuInput(null, "MUG-1", List.of(), "", "9.00", "", "", "", "",
                "C-03", "6912.00", "kr")));

        Sku s = input.toProduct(USD, START).skus().get(0);

        assertThat(s).extracting(Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly("C-03", "691200", "KR");
        assertThatThrownBy(() -> product(List.of(new SkuInput(null, "MUG-1", List.of(), "", "9.00", "", "", "", "",
                "", "69", "Korea"))).toProduct(USD, START))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("skus[0].hsCode", "skus[0].originCountry"));
    }

    // --- saved and read back ------------------------------------------------------------------------------------

    @Test
    void saveKeepsThemAndFindReadsThemBack() {
        Product saved = app.catalog().save(mugs("A-01-1", "6912.00", "kr", "A-01-2"), USD);

        Product found = app.catalog().find(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.skus()).extracting(Sku::code, Sku::binLocation, Sku::hsCode, Sku::originCountry).containsExactly(
                tuple("MUG-WHT", "A-01-1", "691200", "KR"), tuple("MUG-BLU", "A-01-2", "691200", "KR"));
        assertThat(columns("MUG-WHT")).containsExactly("A-01-1", "691200", "KR");
    }

    @Test
    void clearingAFieldStoresNone() {
        Product saved = app.catalog().save(mugs("A-01-1", "6912.00", "KR", "A-01-2"), USD);

        app.catalog().save(retyped(saved, s -> s.code().equals("MUG-WHT") ? input(s, "", "", "") : input(s)), USD);

        assertThat(columns("MUG-WHT")).containsExactly("", "", "");
        assertThat(columns("MUG-BLU")).containsExactly("A-01-2", "691200", "KR");
    }

    @Test
    void aChangeOfOnlyTheseFieldsQueuesNothingForThePlatform() {
        Product saved = app.catalog().save(mugs("", "", "", ""), USD);
        long queued = outbox().size();
        clock.advance(Duration.ofMinutes(5));

        Product edited = app.catalog().save(retyped(saved, s -> input(s, "Z-09-" + s.code().length(), "6912.00", "CN")), USD);

        assertThat(edited.skus()).extracting(Sku::binLocation).containsExactly("Z-09-7", "Z-09-7");
        assertThat(app.catalog().find(saved.id())).contains(edited);
        assertThat(outbox()).as("desk-only fields: no patch, not even an empty one").hasSize((int) queued);
    }

    @Test
    void aChangeBesideThemSendsOnlyTheOtherFieldAndEveryPayloadFitsTheApi() {
        Product saved = app.catalog().save(mugs("A-01-1", "6912.00", "KR", "A-01-2"), USD);
        List<Outbox.Entry> created = outbox();
        clock.advance(Duration.ofMinutes(5));

        app.catalog().save(retyped(saved, s -> s.code().equals("MUG-WHT")
                ? new SkuInput(s.id(), s.code(), s.optionValues(), "", "12.00", "", "", "", "", "B-02-1", "6912.00.10", "CN")
                : input(s)), USD);

        List<Outbox.Entry> rows = outbox();
        assertThat(rows).hasSize(created.size() + 1);
        Outbox.Entry patch = rows.get(rows.size() - 1);
        assertThat(patch.entityType()).isEqualTo("sku");
        assertThat(patch.payload()).isEqualTo("{\"changes\":{\"price\":{\"currency\":\"USD\",\"amount_minor\":1200}}}");
        WireRequests.assertAccepted("PATCH", "/v1/skus/" + saved.skus().get(0).id(),
                patch.payload().replace("{\"changes\"", "{\"base_version\":1,\"changes\""));
        for (Outbox.Entry create : created.subList(1, created.size())) {
            assertThat(create.payload()).doesNotContain("bin").doesNotContain("hs_code").doesNotContain("origin")
                    .doesNotContain("A-01-1").doesNotContain("691200");
            WireRequests.assertAccepted("POST", "/v1/skus", create.payload());
        }
    }

    @Test
    void theApiDocumentRefusesTheseFieldsSoTheCheckAboveCanFail() {
        Product saved = app.catalog().save(mugs("", "", "", ""), USD);
        String body = "{\"base_version\":1,\"changes\":{\"bin_location\":\"A-01\"}}";
        assertThat(WireRequests.accepted("PATCH", "/v1/skus/" + saved.skus().get(0).id(), body)).isFalse();
        String create = outbox().get(1).payload();
        assertThat(WireRequests.accepted("POST", "/v1/skus", create.replaceFirst("\\{", "{\"hs_code\":\"691200\",")))
                .isFalse();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static ProductInput product(List<SkuInput> skus) {
        return new ProductInput(null, "Stoneware Mug", "", "Home", "active", List.of(), skus, List.of(), null);
    }

    private static ProductInput mugs(String whiteBin, String hs, String origin, String blueBin) {
        return new ProductInput(null, "Stoneware Mug", "", "Home", "active", List.of("Colour"), List.of(
                new SkuInput(null, "MUG-WHT", List.of("White"), "", "9.00", "", "", "", "", whiteBin, hs, origin),
                new SkuInput(null, "MUG-BLU", List.of("Blue"), "", "9.00", "", "", "", "", blueBin, hs, origin)),
                List.of(), null);
    }

    private static ProductInput retyped(Product p, java.util.function.Function<Sku, SkuInput> each) {
        return new ProductInput(p.id(), p.title(), p.description(), p.category(), p.status().name(), p.optionNames(),
                p.skus().stream().map(each).toList(), p.images(), p.createdAt());
    }

    /** The SKU as the form shows it again, unchanged. */
    private static SkuInput input(Sku s) { return input(s, s.binLocation(), s.hsCode(), s.originCountry()); }

    private static SkuInput input(Sku s, String bin, String hs, String origin) {
        return new SkuInput(s.id(), s.code(), s.optionValues(), "", s.price().toPlainString(), "", "", "", "", bin, hs,
                origin);
    }

    private List<Outbox.Entry> outbox() { return app.database().read(c -> Outbox.pending(c, 100)); }

    private List<String> columns(String code) {
        return app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT bin_location, hs_code, origin_country FROM sku WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= 3; i++) {
                        values.add(rs.getString(i));
                    }
                    return values;
                }
            }
        });
    }
}
