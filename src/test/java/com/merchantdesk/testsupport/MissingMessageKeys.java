package com.merchantdesk.testsupport;

import com.merchantdesk.i18n.Messages;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which any code looked up a message key the bundles lack. {@link Messages} answers a
 * missing key with the key itself, so a test comparing a text with {@code Messages.get(key)} would otherwise
 * pass comparing the key with itself. Registered for every test (META-INF/services, with extension
 * autodetection on in junit-platform.properties). Keys under {@code test.} are the test screens' own stand-ins.
 */
public final class MissingMessageKeys implements BeforeEachCallback, AfterEachCallback {

    /** Namespace of keys that exist only in tests and are expected to be missing. */
    public static final String TEST_ONLY_PREFIX = "test.";

    private static final Set<String> MISSING = new ConcurrentSkipListSet<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        MISSING.clear();
        Messages.onMissingKey(key -> {
            if (!key.startsWith(TEST_ONLY_PREFIX)) {
                MISSING.add(key);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.onMissingKey(null);
        if (!MISSING.isEmpty()) {
            String keys = String.join(", ", MISSING);
            MISSING.clear();
            throw new AssertionError("Message keys missing from the bundles were looked up: " + keys);
        }
    }
}
