package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English, Korean and Simplified Chinese bundles must offer the same keys, each a usable pattern. */
class UiBundleKeysTest {

    private static final String[] BUNDLES = {"messages.properties", "messages_ko.properties", "messages_zh_CN.properties"};

    @Test
    void allThreeBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = load(BUNDLES[0]).stringPropertyNames();
        for (String other : new String[] {BUNDLES[1], BUNDLES[2]}) {
            Set<String> keys = load(other).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertThat(missing).as("keys missing from " + other).isEmpty();
            assertThat(extra).as("keys only in " + other).isEmpty();
        }
    }

    @Test
    void everyTextIsFilledAndAValidPatternWithTheSameArguments() throws IOException {
        Properties english = load(BUNDLES[0]);
        for (String name : BUNDLES) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(name + " " + key).isNotBlank();
                MessageFormat format = new MessageFormat(text, Locale.ROOT);
                int expected = new MessageFormat(english.getProperty(key, text), Locale.ROOT).getFormatsByArgumentIndex().length;
                assertThat(format.getFormatsByArgumentIndex().length).as(name + " " + key + " arguments").isEqualTo(expected);
            }
        }
    }

    @Test
    void shellTextsAreReallyTranslated() throws IOException {
        Properties english = load(BUNDLES[0]);
        for (String name : new String[] {BUNDLES[1], BUNDLES[2]}) {
            Properties bundle = load(name);
            for (String key : new String[] {"nav.settings", "settings.backup.now", "startup.damaged.header",
                "status.offlineWaiting", "startup.alreadyOpen"}) {
                assertThat(bundle.getProperty(key)).as(name + " " + key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = UiBundleKeysTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
