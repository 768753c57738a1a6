package com.merchantdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.testsupport.MissingMessageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English, Korean and Simplified Chinese bundles say the same things, and every key the code uses exists. */
class MessageBundlesTest {

    private static final Map<String, String> BUNDLES = Map.of(
            "en", "/i18n/messages.properties",
            "ko", "/i18n/messages_ko.properties",
            "zh_CN", "/i18n/messages_zh_CN.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
    private static final Set<String> FILE_EXTENSIONS = Set.of("md", "css", "csv", "json", "tmp", "db", "pdf", "png", "txt", "sql",
            // "sync.lock", the sync lock's file name, reads like a key of the sync family.
            "lock");

    static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
        return p;
    }

    @Test
    void allBundlesHaveExactlyTheSameKeys() {
        Set<String> english = load(BUNDLES.get("en")).stringPropertyNames();
        List<String> differences = new ArrayList<>();
        for (String language : List.of("ko", "zh_CN")) {
            Set<String> other = load(BUNDLES.get(language)).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(english);
            if (!missing.isEmpty()) {
                differences.add(language + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                differences.add(language + " has keys English lacks " + extra);
            }
        }
        assertThat(differences).as("bundle key differences").isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        BUNDLES.forEach((language, resource) -> load(resource).forEach((key, value) -> {
            if (value.toString().isBlank()) {
                empty.add(language + ": " + key);
            }
        }));
        assertThat(empty).as("empty values").isEmpty();
    }

    @Test
    void translationsUseTheSamePlaceholders() {
        Properties english = load(BUNDLES.get("en"));
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("ko", "zh_CN")) {
            Properties other = load(BUNDLES.get(language));
            for (String key : english.stringPropertyNames()) {
                String translated = other.getProperty(key);
                if (translated != null && !placeholders(translated).equals(placeholders(english.getProperty(key)))) {
                    wrong.add(language + ": " + key + " has " + placeholders(translated) + ", English has "
                            + placeholders(english.getProperty(key)));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPlaceholderIsFilledInWhenFormatted() {
        // A lone apostrophe makes MessageFormat swallow the placeholders after it.
        List<String> broken = new ArrayList<>();
        BUNDLES.forEach((language, resource) -> load(resource).forEach((k, v) -> {
            String pattern = v.toString();
            Set<Integer> indexes = placeholders(pattern);
            if (indexes.isEmpty()) {
                return;
            }
            Object[] args = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
            for (int i = 0; i < args.length; i++) {
                // Typed placeholders ({0,number}, {0,choice}) need a number; 7 plus i stays recognisable.
                boolean numeric = pattern.matches("(?s).*\\{" + i + ",\\s*(number|choice).*");
                args[i] = numeric ? (Object) (70 + i) : "ARG" + i;
            }
            try {
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(args);
                for (int i : indexes) {
                    if (!formatted.contains(args[i] instanceof Integer n ? String.valueOf(n) : "ARG" + i)) {
                        broken.add(language + ": " + k + " loses {" + i + "}");
                    }
                }
            } catch (IllegalArgumentException e) {
                broken.add(language + ": " + k + " " + e.getMessage());
            }
        }));
        assertThat(broken).isEmpty();
    }

    @Test
    void everyKeyWrittenInTheSourcesIsInAllThreeBundles() throws IOException {
        Set<String> english = load(BUNDLES.get("en")).stringPropertyNames();
        Set<String> used = keyLiterals(english);
        assertThat(used).as("key literals found in the sources").hasSizeGreaterThan(500)
                .contains("validation.money.precision", "validation.barcode.checkDigit", "validation.sku.hasHistory",
                        "orders.transition.skip", "customers.view.form.saveFailed", "nav.settings");
        assertThat(used.stream().filter(k -> k.startsWith("validation.")).count()).as("validation keys").isGreaterThan(30);
        for (String language : BUNDLES.keySet()) {
            Set<String> keys = load(BUNDLES.get(language)).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            for (String literal : used) {
                // "orders.status." + name(): the start of keys made in the code; "orders.transition": a test's
                // check that no key of that family shows. Either must begin at least one real key.
                boolean prefixOfKeys = keys.stream().anyMatch(k -> k.startsWith(literal.endsWith(".") ? literal : literal + "."));
                if (!keys.contains(literal) && !prefixOfKeys) {
                    missing.add(literal);
                }
            }
            assertThat(missing).as("keys written in src/main/java or src/test/java but missing from " + BUNDLES.get(language))
                    .isEmpty();
        }
    }

    @Test
    void everyEnumsLabelIsInAllThreeBundles() {
        List<String> keys = new ArrayList<>();
        Stream.of(OrderStatus.values()).map(OrderStatus::messageKey).forEach(keys::add);
        Stream.of(Channel.values()).map(Channel::messageKey).forEach(keys::add);
        Stream.of(PaymentMethod.values()).map(PaymentMethod::messageKey).forEach(keys::add);
        Stream.of(PaymentState.values()).map(PaymentState::messageKey).forEach(keys::add);
        Stream.of(MemoFlag.values()).map(MemoFlag::messageKey).forEach(keys::add);
        for (String language : BUNDLES.keySet()) {
            Set<String> bundle = load(BUNDLES.get(language)).stringPropertyNames();
            assertThat(keys.stream().filter(k -> !bundle.contains(k)).toList()).as("enum labels missing from " + language).isEmpty();
        }
    }

    @Test
    void aTestThatLooksUpAMissingKeyFails() {
        MissingMessageKeys guard = new MissingMessageKeys();
        guard.beforeEach(null);
        Messages.get("products.title");
        guard.afterEach(null);

        guard.beforeEach(null);
        assertThat(Messages.get("no.such.key")).as("a missing key still shows as itself").isEqualTo("no.such.key");
        Messages.get(MissingMessageKeys.TEST_ONLY_PREFIX + "screen");
        assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class)
                .hasMessageEndingWith(": no.such.key");
        // The guard that runs around this test starts clean again.
        new MissingMessageKeys().beforeEach(null);
    }

    /**
     * Every string literal in the sources that looks like a message key: dotted words whose first word starts a
     * key of the English bundle, leaving out file names such as "orders.css" or "settings.json".
     */
    private static Set<String> keyLiterals(Set<String> englishKeys) throws IOException {
        Set<String> families = new TreeSet<>();
        englishKeys.forEach(k -> families.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> used = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                    while (m.find()) {
                        String literal = m.group(1);
                        String last = literal.substring(literal.lastIndexOf('.') + 1);
                        if (families.contains(literal.substring(0, literal.indexOf('.') + 1)) && !FILE_EXTENSIONS.contains(last)) {
                            used.add(literal);
                        }
                    }
                }
            }
        }
        return used;
    }

    @Test
    void translationsAreReallyKoreanAndChinese() {
        assertThat(share(load(BUNDLES.get("ko")), Character.UnicodeScript.HANGUL)).as("Korean values with Hangul").isGreaterThan(0.8);
        assertThat(share(load(BUNDLES.get("zh_CN")), Character.UnicodeScript.HAN)).as("Chinese values with Han").isGreaterThan(0.8);
    }

    @Test
    void messagesAreReadInTheRequestedLanguage() {
        Properties ko = load(BUNDLES.get("ko"));
        Properties zh = load(BUNDLES.get("zh_CN"));
        Properties en = load(BUNDLES.get("en"));
        assertThat(Messages.format(Locale.KOREA, "validation.required")).isEqualTo(ko.getProperty("validation.required"));
        assertThat(Messages.format(Locale.KOREAN, "validation.required")).isEqualTo(ko.getProperty("validation.required"));
        assertThat(Messages.format(Locale.SIMPLIFIED_CHINESE, "validation.required")).isEqualTo(zh.getProperty("validation.required"));
        assertThat(Messages.format(Locale.forLanguageTag("zh-Hans-CN"), "validation.required"))
                .isEqualTo(zh.getProperty("validation.required"));
        assertThat(Messages.format(Locale.FRENCH, "validation.required")).isEqualTo(en.getProperty("validation.required"));
        assertThat(Messages.format(Locale.KOREAN, "validation.tooLong", 255)).contains("255").doesNotContain("{0}");
    }

    private static double share(Properties bundle, Character.UnicodeScript script) {
        long matching = bundle.values().stream()
                .filter(v -> v.toString().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script))
                .count();
        return (double) matching / bundle.size();
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> result = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            result.add(Integer.parseInt(m.group(1)));
        }
        return result;
    }
}
