package com.merchantdesk.sync.connection;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * Whether the Secret Service's default collection (where java-keyring keeps the token on Linux) is there and
 * unlocked, asked over D-Bus before java-keyring touches it. java-keyring 1.0.4 meets a locked collection with an
 * unlock prompt and waits for it, 120 s a prompt and several prompts a call, also where no prompt can be shown (no
 * display): the window's sync and the command line would hang for minutes. A missing one makes its save fail with a
 * NullPointerException. So the desk asks first and says what is wrong instead.
 */
final class DefaultCollection {

    /** What the Secret Service says of its default collection; {@code UNKNOWN} off Linux or when it did not say. */
    enum State { UNLOCKED, LOCKED, MISSING, UNKNOWN }

    private static final Logger LOG = Logger.getLogger(DefaultCollection.class.getName());
    private static final String SECRET_SERVICE = "org.freedesktop.secrets";
    private static final String COLLECTION = "org.freedesktop.Secret.Collection";

    private DefaultCollection() {}

    /** The one call of the Secret Service asked here (secret-service's own interface names it in lower case). */
    @DBusInterfaceName("org.freedesktop.Secret.Service")
    public interface SecretService extends DBusInterface {
        DBusPath ReadAlias(String name);
    }

    static State state() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return State.UNKNOWN;
        }
        try (DBusConnection connection = DBusConnectionBuilder.forSessionBus().withShared(false).build()) {
            DBusPath path = connection.getRemoteObject(SECRET_SERVICE, "/org/freedesktop/secrets", SecretService.class)
                    .ReadAlias("default");
            if (path == null || "/".equals(path.getPath())) {
                return State.MISSING;
            }
            Properties collection = connection.getRemoteObject(SECRET_SERVICE, path.getPath(), Properties.class);
            Boolean locked = collection.Get(COLLECTION, "Locked");
            return Boolean.TRUE.equals(locked) ? State.LOCKED : State.UNLOCKED;
        } catch (Exception | LinkageError e) {
            // Another Secret Service may not answer these questions: java-keyring then finds out by itself.
            LOG.log(Level.FINE, "The Secret Service did not say whether its default collection is unlocked", e);
            return State.UNKNOWN;
        }
    }
}
