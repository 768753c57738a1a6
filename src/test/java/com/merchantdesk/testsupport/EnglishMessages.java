package com.merchantdesk.testsupport;

import com.merchantdesk.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Tests assert English messages whatever the machine's locale; the previous locale comes back afterwards. */
public final class EnglishMessages implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EnglishMessages.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("locale", Messages.locale());
        Messages.setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(context.getStore(NS).get("locale", Locale.class));
    }
}
